import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  SecondaryActionButton,
  SelectField,
  SelectOption,
  TextField,
} from '../../../ui';
import { displayDate, parseDate } from '../../questionnaires/components/QuestionField';
import { type PlanItem, type ProcessPlan, processPlanApi } from '../api';
import { RiskMatrix } from '../components/RiskMatrix';

const STATUSES = ['open', 'in_progress', 'done'] as const;
type Status = (typeof STATUSES)[number];

/** One plan item: what, for which process, and a form for owner, due date and status. */
function ItemForm({
  plan,
  item,
  onSaved,
}: {
  plan: ProcessPlan;
  item: PlanItem;
  onSaved: (p: ProcessPlan) => void;
}) {
  const { t, i18n } = useTranslation();
  const orgId = useOrgId();
  const prefix = `item-${item.id}`;
  const [status, setStatus] = useState<Status>(item.status);
  const [ownerEmail, setOwnerEmail] = useState('');
  const [ownerRole, setOwnerRole] = useState(item.ownerRole ?? '');
  const [due, setDue] = useState(item.dueDate ? displayDate(item.dueDate) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const process = plan.processes.find((p) => p.id === item.processId)?.title ?? item.processId;

  const show = (e: Record<string, string>, extra: ErrorSummaryItem[] = []) => {
    setErrors(e);
    setSummary([
      ...extra,
      ...Object.entries(e).map(([f, m]) => ({ fieldId: `${prefix}-${f}`, message: m })),
    ]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const dueDate = due.trim() ? parseDate(due.trim()) : null;
    if (due.trim() && !dueDate) return show({ dueDate: t('questionnaires.dateInvalid') });
    setBusy(true);
    try {
      const updated = await processPlanApi.change(orgId, plan.responseId, item.id, {
        status,
        dueDate,
        ownerRole: ownerRole.trim() || null,
        ...(ownerEmail.trim() ? { ownerEmail: ownerEmail.trim() } : {}),
      });
      show({});
      setOwnerEmail('');
      setSaved(true);
      onSaved(updated);
    } catch (error) {
      if (isApiError(error, 'validation_failed')) show(error.fieldErrors());
      else show({}, [{ message: errorMessage(error) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${prefix}-title`} className="weerbaar-plan-item">
      <Heading level={3} id={`${prefix}-title`}>
        {item.title}
      </Heading>
      <Paragraph>
        {t('scans.plan.process', { process })}
        {item.carriedOver ? ` · ${t('scans.plan.carriedOver')}` : ''}
        {' · '}
        {t('scans.plan.owner', {
          owner: item.owner?.displayName ?? item.ownerRole ?? t('scans.plan.noOwner'),
        })}
        {' · '}
        {t('scans.plan.due', {
          date: item.dueDate ? formatDate(item.dueDate, i18n.language) : t('scans.plan.noDate'),
        })}
        {' · '}
        {t(`scans.plan.status.${item.status}`)}
      </Paragraph>
      {plan.mayEdit ? (
        <>
          {saved ? (
            <Alert type="ok" role="status">
              <Paragraph>{t('scans.plan.saved')}</Paragraph>
            </Alert>
          ) : null}
          <ErrorSummary errors={summary} />
          <form className="weerbaar-q-form" noValidate onSubmit={(e) => void submit(e)}>
            <SelectField
              id={`${prefix}-status`}
              label={t('scans.plan.statusLabel')}
              value={status}
              error={errors.status}
              onChange={(e) => setStatus(e.target.value as Status)}
            >
              {STATUSES.map((s) => (
                <SelectOption key={s} value={s}>
                  {t(`scans.plan.status.${s}`)}
                </SelectOption>
              ))}
            </SelectField>
            <TextField
              id={`${prefix}-ownerEmail`}
              type="email"
              autoComplete="off"
              label={`${t('scans.plan.ownerEmail')} ${t('questionnaires.optional')}`}
              description={t('scans.plan.ownerEmailHint')}
              value={ownerEmail}
              error={errors.ownerEmail}
              onChange={(e) => setOwnerEmail(e.target.value)}
            />
            <TextField
              id={`${prefix}-ownerRole`}
              autoComplete="off"
              label={`${t('scans.plan.ownerRole')} ${t('questionnaires.optional')}`}
              description={t('scans.plan.ownerRoleHint')}
              value={ownerRole}
              error={errors.ownerRole}
              onChange={(e) => setOwnerRole(e.target.value)}
            />
            <TextField
              id={`${prefix}-dueDate`}
              autoComplete="off"
              label={`${t('scans.plan.dueDate')} ${t('questionnaires.optional')}`}
              description={t('questionnaires.dateHint')}
              value={due}
              error={errors.dueDate}
              onChange={(e) => setDue(e.target.value)}
            />
            <div>
              <SecondaryActionButton type="submit" busy={busy}>
                {t('scans.plan.save', { title: item.title })}
              </SecondaryActionButton>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}

/** Add an item to the plan: the process, what, and optionally an owner role and a date. */
function AddItemForm({ plan, onSaved }: { plan: ProcessPlan; onSaved: (p: ProcessPlan) => void }) {
  const { t } = useTranslation();
  const orgId = useOrgId();
  const [processId, setProcessId] = useState(plan.processes[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [ownerRole, setOwnerRole] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);

  const show = (e: Record<string, string>, extra: ErrorSummaryItem[] = []) => {
    setErrors(e);
    setSummary([
      ...extra,
      ...Object.entries(e).map(([f, m]) => ({ fieldId: `new-item-${f}`, message: m })),
    ]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = t('scans.plan.titleRequired');
    const dueDate = due.trim() ? parseDate(due.trim()) : null;
    if (due.trim() && !dueDate) local.dueDate = t('questionnaires.dateInvalid');
    if (Object.keys(local).length > 0) return show(local);
    setBusy(true);
    try {
      const updated = await processPlanApi.add(orgId, plan.responseId, {
        processId,
        title: title.trim(),
        ownerRole: ownerRole.trim() || null,
        dueDate,
      });
      show({});
      setTitle('');
      setOwnerRole('');
      setDue('');
      onSaved(updated);
    } catch (error) {
      if (isApiError(error, 'validation_failed')) show(error.fieldErrors());
      else show({}, [{ message: errorMessage(error) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={3}>{t('scans.plan.addHeading')}</Heading>
      <ErrorSummary errors={summary} />
      <form className="weerbaar-q-form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          id="new-item-processId"
          label={t('scans.plan.processLabel')}
          value={processId}
          error={errors.processId}
          onChange={(e) => setProcessId(e.target.value)}
        >
          {plan.processes.map((p) => (
            <SelectOption key={p.id} value={p.id}>
              {p.title}
            </SelectOption>
          ))}
        </SelectField>
        <TextField
          id="new-item-title"
          label={t('scans.plan.titleLabel')}
          autoComplete="off"
          maxLength={300}
          value={title}
          error={errors.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextField
          id="new-item-ownerRole"
          autoComplete="off"
          label={`${t('scans.plan.ownerRole')} ${t('questionnaires.optional')}`}
          description={t('scans.plan.ownerRoleHint')}
          value={ownerRole}
          error={errors.ownerRole}
          onChange={(e) => setOwnerRole(e.target.value)}
        />
        <TextField
          id="new-item-dueDate"
          autoComplete="off"
          label={`${t('scans.plan.dueDate')} ${t('questionnaires.optional')}`}
          description={t('questionnaires.dateHint')}
          value={due}
          error={errors.dueDate}
          onChange={(e) => setDue(e.target.value)}
        />
        <div>
          <SecondaryActionButton type="submit" busy={busy}>
            {t('scans.plan.add')}
          </SecondaryActionButton>
        </div>
      </form>
    </>
  );
}

/** The risk matrix of a scan of vulnerable processes and its improvement plan. */
export function ProcessPlanPage() {
  const { t } = useTranslation();
  const { responseId = '' } = useParams();
  const orgId = useOrgId();
  const { data, error, set } = useLoad(
    () => processPlanApi.get(orgId, responseId),
    [orgId, responseId],
  );
  const [busy, setBusy] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  usePageTitle(t('scans.plan.title'));

  const create = async () => {
    setBusy(true);
    setCreateError(null);
    try {
      set(await processPlanApi.create(orgId, responseId));
    } catch (e) {
      setCreateError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1}>{t('scans.plan.title')}</Heading>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data ? (
        <>
          <Paragraph>{t('scans.plan.intro')}</Paragraph>
          <Heading level={2}>{t('scans.matrix.heading')}</Heading>
          <RiskMatrix processes={data.processes} />
          <Heading level={2}>{t('scans.plan.heading')}</Heading>
          {createError ? (
            <Alert type="error">
              <Paragraph>{createError}</Paragraph>
            </Alert>
          ) : null}
          {!data.planCreated ? (
            data.mayEdit ? (
              <>
                <Paragraph>{t('scans.plan.notYet')}</Paragraph>
                <PrimaryActionButton type="button" busy={busy} onClick={() => void create()}>
                  {t('scans.plan.create')}
                </PrimaryActionButton>
              </>
            ) : (
              <Paragraph>{t('scans.plan.notYetReadOnly')}</Paragraph>
            )
          ) : (
            <>
              {data.items.length === 0 ? <Paragraph>{t('scans.plan.empty')}</Paragraph> : null}
              {data.items.map((item) => (
                <ItemForm key={item.id} plan={data} item={item} onSaved={set} />
              ))}
              {data.mayEdit ? <AddItemForm plan={data} onSaved={set} /> : null}
            </>
          )}
        </>
      ) : null}
      <Paragraph>
        <RouterLink to={`/vragenlijsten/${responseId}/resultaat`}>
          {t('scans.plan.backToResult')}
        </RouterLink>
      </Paragraph>
    </>
  );
}
