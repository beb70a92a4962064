import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  SelectField,
  SelectOption,
  TextareaField,
  TextField,
} from '../../../ui';
import { displayDate, parseDate } from '../../questionnaires/components/QuestionField';
import { NEXT_STAGES, type RiskAnalysis, type Stage, scansApi, type Tracking } from '../api';

const DATES = [
  'vogRequestedOn',
  'vogReceivedOn',
  'discussionOn',
  'adviceOn',
  'decisionOn',
] as const;
type DateField = (typeof DATES)[number];

function TrackingForm({
  analysis,
  onSaved,
}: {
  analysis: RiskAnalysis;
  onSaved: (a: RiskAnalysis) => void;
}) {
  const { t } = useTranslation();
  const orgId = useOrgId();
  const tracking = analysis.tracking;
  const [stage, setStage] = useState<Stage>(analysis.stage);
  const [dates, setDates] = useState<Record<DateField, string>>(
    () =>
      Object.fromEntries(
        DATES.map((d) => [d, tracking?.[d] ? displayDate(tracking[d]!) : '']),
      ) as Record<DateField, string>,
  );
  const [notes, setNotes] = useState(tracking?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => setStage(analysis.stage), [analysis.stage]);

  const show = (e: Record<string, string>, extra: ErrorSummaryItem[] = []) => {
    setErrors(e);
    setSummary([
      ...extra,
      ...Object.entries(e).map(([f, m]) => ({ fieldId: `tracking-${f}`, message: m })),
    ]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body: Partial<Tracking> & { stage?: Stage } = { notes: notes.trim() || null };
    const local: Record<string, string> = {};
    for (const d of DATES) {
      const text = dates[d].trim();
      if (!text) body[d] = null;
      else {
        const iso = parseDate(text);
        if (iso) body[d] = iso;
        else local[d] = t('questionnaires.dateInvalid');
      }
    }
    if (stage !== analysis.stage) body.stage = stage;
    if (Object.keys(local).length > 0) return show(local);
    setBusy(true);
    try {
      const updated = await scansApi.track(orgId, analysis.responseId, body);
      show({});
      setSaved(true);
      onSaved(updated);
    } catch (error) {
      if (isApiError(error, 'validation_failed')) show(error.fieldErrors());
      else show({}, [{ message: errorMessage(error) }]);
    } finally {
      setBusy(false);
    }
  };

  const options = [analysis.stage, ...NEXT_STAGES[analysis.stage]];
  return (
    <>
      <Heading level={2}>{t('scans.trackingHeading')}</Heading>
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('scans.trackingSaved')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />
      <form className="weerbaar-q-form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          id="tracking-stage"
          label={t('scans.stage')}
          description={t('scans.stageHint')}
          error={errors.stage}
          value={stage}
          onChange={(e) => setStage(e.target.value as Stage)}
        >
          {options.map((s) => (
            <SelectOption key={s} value={s}>
              {t(`scans.stages.${s}`)}
            </SelectOption>
          ))}
        </SelectField>
        {DATES.map((d) => (
          <TextField
            key={d}
            id={`tracking-${d}`}
            label={t(`scans.dates.${d}`)}
            description={t('questionnaires.dateHint')}
            autoComplete="off"
            value={dates[d]}
            error={errors[d]}
            onChange={(e) => setDates((prev) => ({ ...prev, [d]: e.target.value }))}
          />
        ))}
        <TextareaField
          id="tracking-notes"
          label={`${t('scans.notes')} ${t('questionnaires.optional')}`}
          description={t('scans.notesHint')}
          rows={4}
          maxLength={4000}
          value={notes}
          error={errors.notes}
          onChange={(e) => setNotes(e.target.value)}
        />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t('scans.saveTracking')}
          </PrimaryActionButton>
        </div>
      </form>
    </>
  );
}

/** One risk analysis: who, where it stands, the result, and the way to appointment. */
export function RiskAnalysisPage() {
  const { t, i18n } = useTranslation();
  const { responseId = '' } = useParams();
  const orgId = useOrgId();
  const { data, error, set } = useLoad(
    () => scansApi.riskAnalysis(orgId, responseId),
    [orgId, responseId],
  );
  usePageTitle(
    data ? t('scans.analysisOf', { name: data.candidate.displayName }) : t('scans.riskTitle'),
  );
  const date = (iso: string | null | undefined) => formatDate(iso, i18n.language);
  return (
    <>
      <Heading level={1}>
        {data ? t('scans.analysisOf', { name: data.candidate.displayName }) : t('scans.riskTitle')}
      </Heading>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data ? (
        <>
          <DataList>
            <DataListItem>
              <DataListKey>{t('scans.office')}</DataListKey>
              <DataListValue>{t(`scans.offices.${data.office}`)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('scans.commissioner')}</DataListKey>
              <DataListValue>{data.commissioner?.displayName ?? '–'}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('scans.designated')}</DataListKey>
              <DataListValue>{data.designatedOfficer?.displayName ?? '–'}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('scans.questionnaire')}</DataListKey>
              <DataListValue>
                {t(`scans.responseStatus.${data.questionnaireStatus}`)}
                {data.submittedAt ? ` (${date(data.submittedAt)})` : ''}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('scans.stage')}</DataListKey>
              <DataListValue>{t(`scans.stages.${data.stage}`)}</DataListValue>
            </DataListItem>
            {data.tracking
              ? DATES.map((d) => (
                  <DataListItem key={d}>
                    <DataListKey>{t(`scans.dates.${d}`)}</DataListKey>
                    <DataListValue>{date(data.tracking?.[d])}</DataListValue>
                  </DataListItem>
                ))
              : null}
          </DataList>
          {data.compliance && !data.compliance.compliant ? (
            <Alert type="warning">
              <Paragraph>{t('scans.vogMissing')}</Paragraph>
            </Alert>
          ) : null}
          {data.questionnaireStatus === 'submitted' ? (
            <Paragraph>
              <RouterLink to={`/vragenlijsten/${data.responseId}/resultaat`}>
                {t('scans.openResult')}
              </RouterLink>
            </Paragraph>
          ) : data.myRole === 'subject' ? (
            <Paragraph>
              <RouterLink to={`/vragenlijsten/${data.responseId}`}>{t('scans.fillIn')}</RouterLink>
            </Paragraph>
          ) : (
            <Paragraph>{t('scans.waiting')}</Paragraph>
          )}
          {data.mayUpdate ? <TrackingForm analysis={data} onSaved={set} /> : null}
        </>
      ) : null}
      <Paragraph>
        <RouterLink to="/zelfscans/risicoanalyses">{t('scans.backToRisk')}</RouterLink>
      </Paragraph>
    </>
  );
}
