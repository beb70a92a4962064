import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  RouterLink,
  SelectField,
  SelectOption,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
  TextareaField,
  TextField,
} from '../../../ui';
import { displayDate, parseDate } from '../../questionnaires/components/QuestionField';
import { type QueueRequest, type SupportStatus, supportApi } from '../api';
import { Facts } from '../components/Facts';

const today = () =>
  displayDate(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }));

/** The team records the next step with its date and an optional note. */
function StepForm({
  request,
  onSaved,
}: {
  request: QueueRequest;
  onSaved: (r: QueueRequest) => void;
}) {
  const { t } = useTranslation();
  const orgId = useOrgId();
  const [status, setStatus] = useState<SupportStatus>(request.nextStatuses[0]!);
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => setStatus(request.nextStatuses[0]!), [request.nextStatuses]);

  const show = (e: Record<string, string>, extra: ErrorSummaryItem[] = []) => {
    setErrors(e);
    setSummary([
      ...extra,
      ...Object.entries(e).map(([f, m]) => ({ fieldId: `step-${f}`, message: m })),
    ]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    const iso = parseDate(on);
    if (!iso) return show({ on: t('support.errors.stepOn') });
    setBusy(true);
    try {
      const updated = await supportApi.step(orgId, request.id, {
        status,
        on: iso,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      show({});
      setNote('');
      setSaved(true);
      onSaved(updated);
    } catch (error) {
      if (isApiError(error, 'validation_failed', 'invalid_transition')) {
        const fields = error.fieldErrors();
        show(fields, Object.keys(fields).length ? [] : [{ message: errorMessage(error) }]);
      } else show({}, [{ message: errorMessage(error) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={2}>{t('support.nextStep')}</Heading>
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('support.recorded')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />
      <form className="weerbaar-q-form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          id="step-status"
          label={t('support.step')}
          error={errors.status}
          value={status}
          onChange={(e) => setStatus(e.target.value as SupportStatus)}
        >
          {request.nextStatuses.map((s) => (
            <SelectOption key={s} value={s}>
              {t(`support.statuses.${s}`)}
            </SelectOption>
          ))}
        </SelectField>
        <TextField
          id="step-on"
          label={t('support.stepOn')}
          description={t('support.dateHint')}
          required
          autoComplete="off"
          value={on}
          error={errors.on}
          onChange={(e) => setOn(e.target.value)}
        />
        <TextareaField
          id="step-note"
          label={`${t('support.stepNote')} ${t('support.optional')}`}
          rows={4}
          maxLength={4000}
          value={note}
          error={errors.note}
          onChange={(e) => setNote(e.target.value)}
        />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t('support.record')}
          </PrimaryActionButton>
        </div>
      </form>
    </>
  );
}

/** One request in the team's queue: what was shared, the consent, the steps and the next one. */
export function QueueRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const orgId = useOrgId();
  const format = useFormat();
  const { data, error, set } = useLoad(() => supportApi.queued(orgId, id), [orgId, id]);
  const title = data
    ? t('support.requestTitle', { reference: data.reference })
    : t('support.queueTitle');
  usePageTitle(title);
  const orNot = (value: string | null) => value ?? t('support.nothingShared');
  return (
    <>
      <Heading level={1}>{title}</Heading>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data ? (
        <>
          <Facts
            items={[
              [t('support.kind'), t(`support.kinds.${data.kind}`)],
              [t('support.urgency'), t(`support.urgencies.${data.urgency}`)],
              [
                t('support.status'),
                `${t(`support.statuses.${data.status}`)} (${format.date(data.statusOn)})`,
              ],
              [t('support.organisation'), data.organisationName],
              [t('support.requestedBy'), data.requestedBy ?? '–'],
              [
                t('support.consent'),
                data.consent &&
                  t('support.consentSummary', {
                    name: data.consent.personName,
                    method: t(`support.consentMethods.${data.consent.method}`).toLowerCase(),
                    date: format.date(data.consent.givenOn),
                    by: data.consent.recordedBy,
                  }),
              ],
            ]}
          />
          <Heading level={2}>{t('support.shared')}</Heading>
          <Facts
            items={[
              [
                t('support.contactPreference'),
                t(`support.contactPreferences.${data.contactPreference}`),
              ],
              [t('support.contactDetail'), orNot(data.contactDetail)],
              [t('support.contactName'), orNot(data.contactName)],
              [t('support.message'), orNot(data.message)],
              [
                t('support.referralFacts'),
                data.incident &&
                  `${data.incident.reference}: ${data.incident.kinds
                    .map((k) => t(`incidents.value.${k}`, { defaultValue: k }))
                    .join(', ')} (${format.date(data.incident.occurredOn)})`,
              ],
            ]}
          />
          <Heading level={2} id="support-steps">
            {t('support.steps')}
          </Heading>
          <ResponsiveTable
            labelledBy="support-steps"
            columns={[t('support.step'), t('support.date'), t('support.by'), t('support.note')]}
          >
            <TableBody>
              {data.steps.map((s, i) => (
                // Steps have no id of their own; their order never changes.
                // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
                <TableRow key={i}>
                  <TableHeaderCell scope="row">{t(`support.statuses.${s.status}`)}</TableHeaderCell>
                  <TableCell>{format.date(s.on)}</TableCell>
                  <TableCell>{s.by ?? '–'}</TableCell>
                  <TableCell>{s.note ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ResponsiveTable>
          {data.nextStatuses.length > 0 ? (
            <StepForm request={data} onSaved={set} />
          ) : (
            <Paragraph>{t('support.finished')}</Paragraph>
          )}
        </>
      ) : null}
      <Paragraph>
        <RouterLink to="/steun/wachtrij">{t('support.backToQueue')}</RouterLink>
      </Paragraph>
    </>
  );
}
