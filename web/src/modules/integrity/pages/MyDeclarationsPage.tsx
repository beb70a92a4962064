import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatDate, formatMoney } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RadioGroup,
  SecondaryActionButton,
  StatusBadge,
  TextareaField,
  TextField,
} from '../../../ui';
import { type DeclarationInput, integrityApi, type MyConflict } from '../api';
import { todayIso, useFormErrors } from '../components/hooks';
import { DECLARATION_KINDS } from '../vocabulary';

const EMPTY = {
  kind: 'side_position',
  organisationName: '',
  role: '',
  paid: '',
  description: '',
  value: '',
  startOn: '',
  endOn: '',
};

/** An office holder's own side positions, interests and gifts, and the agenda items flagged for them. */
export function MyDeclarationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('integrity.mine.declarationsTitle'));
  const orgId = useOrgId();
  const { data, error, set } = useLoad(() => integrityApi.myDeclarations(orgId), [orgId]);
  const conflicts = useLoad(() => integrityApi.myConflicts(orgId), [orgId]);
  const [form, setForm] = useState(EMPTY);
  const [actionError, setActionError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { errors, summary, show, fail } = useFormErrors('declaration');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (form.organisationName.trim().length < 2)
      e.organisationName = t('integrity.errors.organisationName');
    if (!form.startOn) e.startOn = t('integrity.errors.required');
    if (form.endOn && form.startOn && form.endOn < form.startOn)
      e.endOn = t('integrity.errors.endBeforeStart');
    if (Object.keys(e).length > 0) return show(e);
    const input: DeclarationInput = {
      kind: form.kind,
      organisationName: form.organisationName.trim(),
      startOn: form.startOn,
      ...(form.kind === 'side_position'
        ? { role: form.role || null, paid: form.paid === '' ? null : form.paid === 'yes' }
        : {}),
      ...(form.description.trim() ? { description: form.description.trim() } : {}),
      ...(form.kind === 'gift' && form.value
        ? { valueCents: Math.round(Number(form.value.replace(',', '.')) * 100) }
        : {}),
      ...(form.kind !== 'gift' && form.endOn ? { endOn: form.endOn } : {}),
    };
    try {
      set(await integrityApi.declare(orgId, input));
      setForm(EMPTY);
      show({});
      setSaved(t('integrity.mine.declared'));
    } catch (err) {
      fail(err);
    }
  };

  if (error) {
    return (
      <>
        <Heading level={1}>{t('integrity.mine.declarationsTitle')}</Heading>
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      </>
    );
  }
  if (!data) return <Paragraph>{t('common.loading')}</Paragraph>;
  return (
    <>
      <Heading level={1}>{t('integrity.mine.declarationsTitle')}</Heading>
      {!data.officeHolder ? (
        <Paragraph>{t('integrity.mine.notHolder')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('integrity.mine.declarationsIntro', {
              threshold: formatMoney(data.giftThresholdCents, i18n.language),
            })}
          </Paragraph>
          {actionError ? (
            <Alert type="error">
              <Paragraph>{actionError}</Paragraph>
            </Alert>
          ) : null}
          <section aria-labelledby="conflicts-heading">
            <Heading level={2} id="conflicts-heading">
              {t('integrity.conflicts.title')}
            </Heading>
            {conflicts.data && conflicts.data.length === 0 ? (
              <Paragraph>{t('integrity.conflicts.none')}</Paragraph>
            ) : null}
            {(conflicts.data ?? []).map((c) => (
              <ConflictForm key={c.id} orgId={orgId} conflict={c} onSaved={conflicts.set} />
            ))}
          </section>
          <section aria-labelledby="declarations-heading">
            <Heading level={2} id="declarations-heading">
              {t('integrity.mine.current')}
            </Heading>
            {data.declarations.length === 0 ? (
              <Paragraph>{t('integrity.mine.none')}</Paragraph>
            ) : null}
            {data.declarations.map((d) => (
              <div key={d.id} className="weerbaar-integrity-card">
                <Paragraph>
                  <strong>{d.organisationName}</strong> – {t(`integrity.kind.${d.kind}`)}
                  {d.role ? `, ${d.role}` : ''} ({formatDate(d.startOn, i18n.language)}
                  {d.endOn ? ` – ${formatDate(d.endOn, i18n.language)}` : ''}){' '}
                  <StatusBadge
                    status={
                      d.status === 'validated'
                        ? 'safe'
                        : d.status === 'rejected'
                          ? 'danger'
                          : 'neutral'
                    }
                  >
                    {t(`integrity.declarationStatus.${d.status}`)}
                  </StatusBadge>
                </Paragraph>
                {d.reviewNote ? (
                  <Paragraph>{t('integrity.mine.note', { note: d.reviewNote })}</Paragraph>
                ) : null}
                {d.status !== 'withdrawn' ? (
                  <SecondaryActionButton
                    type="button"
                    onClick={() =>
                      integrityApi
                        .withdraw(orgId, d.id)
                        .then(set, (e) => setActionError(errorMessage(e)))
                    }
                  >
                    {t('integrity.mine.withdraw', { name: d.organisationName })}
                  </SecondaryActionButton>
                ) : null}
              </div>
            ))}
            <SecondaryActionButton
              type="button"
              id="confirm-complete"
              onClick={() =>
                integrityApi.confirm(orgId).then(set, (e) => setActionError(errorMessage(e)))
              }
            >
              {t('integrity.mine.confirm')}
            </SecondaryActionButton>
            {data.officeHolder.lastConfirmedOn ? (
              <Paragraph>
                {t('integrity.mine.confirmedOn', {
                  date: formatDate(data.officeHolder.lastConfirmedOn, i18n.language),
                })}
              </Paragraph>
            ) : null}
          </section>
          <section aria-labelledby="declare-heading">
            <Heading level={2} id="declare-heading">
              {t('integrity.mine.add')}
            </Heading>
            <ErrorSummary errors={summary} headingLevel={3} />
            {saved ? (
              <Alert type="ok" role="status">
                <Paragraph>{saved}</Paragraph>
              </Alert>
            ) : null}
            <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
              <RadioGroup
                id="declaration-kind"
                legend={t('integrity.declarations.kind')}
                options={DECLARATION_KINDS}
                labelOf={(x) => t(`integrity.kind.${x}`)}
                value={form.kind}
                error={errors.kind}
                onChange={(x) => setForm({ ...form, kind: x })}
              />
              <TextField
                id="declaration-organisationName"
                label={
                  form.kind === 'gift'
                    ? t('integrity.declarations.giver')
                    : t('integrity.declarations.organisation')
                }
                value={form.organisationName}
                error={errors.organisationName}
                onChange={(e) => setForm({ ...form, organisationName: e.target.value })}
              />
              {form.kind === 'side_position' ? (
                <>
                  <TextField
                    id="declaration-role"
                    label={t('integrity.declarations.role')}
                    value={form.role}
                    error={errors.role}
                    onChange={(e) => setForm({ ...form, role: e.target.value })}
                  />
                  <RadioGroup
                    id="declaration-paid"
                    legend={t('integrity.declarations.paid')}
                    options={['yes', 'no']}
                    labelOf={(x) => t(`integrity.${x}`)}
                    value={form.paid}
                    error={errors.paid}
                    onChange={(x) => setForm({ ...form, paid: x })}
                  />
                </>
              ) : null}
              <TextareaField
                id="declaration-description"
                rows={2}
                label={`${t('integrity.declarations.description')}${form.kind === 'side_position' ? ` ${t('integrity.form.optional')}` : ''}`}
                value={form.description}
                error={errors.description}
                onChange={(e) => setForm({ ...form, description: e.target.value })}
              />
              {form.kind === 'gift' ? (
                <TextField
                  id="declaration-valueCents"
                  inputMode="decimal"
                  label={t('integrity.declarations.value')}
                  value={form.value}
                  error={errors.valueCents}
                  onChange={(e) => setForm({ ...form, value: e.target.value })}
                />
              ) : null}
              <TextField
                id="declaration-startOn"
                type="date"
                label={
                  form.kind === 'gift'
                    ? t('integrity.declarations.receivedOn')
                    : t('integrity.declarations.startOn')
                }
                max={form.kind === 'gift' ? todayIso() : undefined}
                value={form.startOn}
                error={errors.startOn}
                onChange={(e) => setForm({ ...form, startOn: e.target.value })}
              />
              {form.kind !== 'gift' ? (
                <TextField
                  id="declaration-endOn"
                  type="date"
                  label={`${t('integrity.declarations.endOn')} ${t('integrity.form.optional')}`}
                  value={form.endOn}
                  error={errors.endOn}
                  onChange={(e) => setForm({ ...form, endOn: e.target.value })}
                />
              ) : null}
              <div>
                <PrimaryActionButton type="submit" id="declaration-submit">
                  {t('integrity.mine.declare')}
                </PrimaryActionButton>
              </div>
            </form>
          </section>
        </>
      )}
    </>
  );
}

function ConflictForm({
  orgId,
  conflict,
  onSaved,
}: {
  orgId: string;
  conflict: MyConflict;
  onSaved: (c: MyConflict[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const [decision, setDecision] = useState<string>(conflict.decision ?? '');
  const [motivation, setMotivation] = useState(conflict.motivation ?? '');
  const prefix = `conflict-${conflict.id}`;
  const { errors, summary, show, fail } = useFormErrors(prefix);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return show({ decision: t('integrity.errors.conflictDecision') });
    if (decision === 'participate' && motivation.trim().length < 10)
      return show({ motivation: t('integrity.errors.motivation') });
    try {
      onSaved(
        await integrityApi.decideConflict(
          orgId,
          conflict.id,
          decision,
          motivation.trim() || undefined,
        ),
      );
      show({});
    } catch (e) {
      fail(e);
    }
  };
  return (
    <div className="weerbaar-integrity-card">
      <Heading level={3}>
        {t('integrity.conflicts.item', {
          meeting: conflict.meetingTitle,
          date: formatDate(conflict.meetsOn, i18n.language),
          item: conflict.itemNo,
          title: conflict.itemTitle,
        })}
      </Heading>
      <Paragraph>{conflict.explanation}</Paragraph>
      {conflict.decision ? (
        <Paragraph>
          {t('integrity.conflicts.recorded', {
            decision: t(`integrity.conflicts.decision.${conflict.decision}`),
          })}
        </Paragraph>
      ) : null}
      <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary errors={summary} headingLevel={4} />
        <RadioGroup
          id={`${prefix}-decision`}
          legend={t('integrity.conflicts.question')}
          options={['abstain', 'participate']}
          labelOf={(x) => t(`integrity.conflicts.decision.${x}`)}
          value={decision}
          error={errors.decision}
          onChange={setDecision}
        />
        {decision === 'participate' ? (
          <TextareaField
            id={`${prefix}-motivation`}
            rows={3}
            label={t('integrity.conflicts.motivation')}
            value={motivation}
            error={errors.motivation}
            onChange={(e) => setMotivation(e.target.value)}
          />
        ) : null}
        <div>
          <PrimaryActionButton type="submit">{t('integrity.conflicts.save')}</PrimaryActionButton>
        </div>
      </form>
    </div>
  );
}
