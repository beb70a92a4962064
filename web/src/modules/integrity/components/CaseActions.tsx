import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RadioGroup,
  SelectField,
  SelectOption,
  TextareaField,
  TextField,
} from '../../../ui';
import { type CaseDetail, integrityApi } from '../api';
import { ReplyForm } from './Conversation';
import { todayIso, useFormErrors } from './hooks';

/** One step as a small form: fields, an error summary, one button. */
function StepForm({
  id,
  title,
  submit,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  submit: string;
  onSubmit: (
    fail: (e: unknown) => void,
    show: (e: Record<string, string>) => void,
  ) => Promise<void>;
  children: (errors: Record<string, string>) => ReactNode;
}) {
  const { errors, summary, show, fail } = useFormErrors(id);
  const [busy, setBusy] = useState(false);
  const handle = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await onSubmit(fail, show);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={3} id={`${id}-heading`}>
        {title}
      </Heading>
      <form className="weerbaar-form" noValidate onSubmit={(e) => void handle(e)}>
        <ErrorSummary errors={summary} headingLevel={4} />
        {children(errors)}
        <div>
          <PrimaryActionButton type="submit" id={`${id}-submit`} disabled={busy}>
            {submit}
          </PrimaryActionButton>
        </div>
      </form>
    </section>
  );
}

/** The handling steps open in the case's status, each as its own form. */
export function CaseActions({
  orgId,
  c,
  onChange,
}: {
  orgId: string;
  c: CaseDetail;
  onChange: (next: CaseDetail) => void;
}) {
  const { t } = useTranslation();
  const can = (a: string) => c.allowedActions.includes(a);
  const [ack, setAck] = useState('');
  const [assessment, setAssessment] = useState({ assessment: '', decision: '', reason: '' });
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState({ outcome: '', summary: '', measures: '' });
  const [feedback, setFeedback] = useState('');
  const [consent, setConsent] = useState({
    consentOn: todayIso(),
    consentHow: '',
    consentNote: '',
  });

  /** Run a step; on success the page shows the case as the API answered it. */
  const run = (fail: (e: unknown) => void, change: () => Promise<CaseDetail>): Promise<boolean> =>
    change().then(
      (next) => {
        onChange(next);
        return true;
      },
      (error) => {
        fail(error);
        return false;
      },
    );

  return (
    <section aria-labelledby="actions-heading">
      <Heading level={2} id="actions-heading">
        {t('integrity.case.actions')}
      </Heading>
      {c.allowedActions.length === 0 ? (
        <Paragraph>{t('integrity.case.noActions')}</Paragraph>
      ) : null}
      {can('forward') ? (
        <StepForm
          id="forward"
          title={t('integrity.case.forwardTitle')}
          submit={t('integrity.case.forwardSubmit')}
          onSubmit={async (fail, show) => {
            if (!consent.consentHow) return show({ consentHow: t('integrity.errors.consentHow') });
            await integrityApi
              .forward(orgId, c.id, { ...consent, consentNote: consent.consentNote || undefined })
              .then(() => integrityApi.case(orgId, c.id))
              .then(onChange, fail);
          }}
        >
          {(errors) => (
            <>
              <TextField
                id="forward-consentOn"
                type="date"
                max={todayIso()}
                label={t('integrity.case.consentOn')}
                value={consent.consentOn}
                error={errors.consentOn}
                onChange={(e) => setConsent({ ...consent, consentOn: e.target.value })}
              />
              <SelectField
                id="forward-consentHow"
                label={t('integrity.case.consentHow')}
                value={consent.consentHow}
                error={errors.consentHow}
                onChange={(e) => setConsent({ ...consent, consentHow: e.target.value })}
              >
                <SelectOption value="">{t('integrity.form.choose')}</SelectOption>
                {['in_person', 'phone', 'written', 'email'].map((h) => (
                  <SelectOption key={h} value={h}>
                    {t(`integrity.case.consentHowOption.${h}`)}
                  </SelectOption>
                ))}
              </SelectField>
              <TextareaField
                id="forward-consentNote"
                rows={3}
                label={`${t('integrity.case.consentNote')} ${t('integrity.form.optional')}`}
                value={consent.consentNote}
                error={errors.consentNote}
                onChange={(e) => setConsent({ ...consent, consentNote: e.target.value })}
              />
            </>
          )}
        </StepForm>
      ) : null}
      {can('acknowledge') ? (
        <StepForm
          id="ack"
          title={t('integrity.case.ackTitle')}
          submit={t('integrity.case.ackSubmit')}
          onSubmit={async (fail) => {
            await run(fail, () =>
              integrityApi.step(orgId, c.id, 'acknowledgement', ack ? { message: ack } : {}),
            );
          }}
        >
          {(errors) => (
            <TextareaField
              id="ack-message"
              rows={3}
              label={`${t('integrity.case.ackMessage')} ${t('integrity.form.optional')}`}
              description={t('integrity.case.ackHint')}
              value={ack}
              error={errors.message}
              onChange={(e) => setAck(e.target.value)}
            />
          )}
        </StepForm>
      ) : null}
      {can('decide') ? (
        <StepForm
          id="assessment"
          title={t('integrity.case.assessTitle')}
          submit={t('integrity.case.assessSubmit')}
          onSubmit={async (fail, show) => {
            const e: Record<string, string> = {};
            if (!assessment.assessment.trim()) e.assessment = t('integrity.errors.required');
            if (!assessment.decision) e.decision = t('integrity.errors.decision');
            if (!assessment.reason.trim()) e.reason = t('integrity.errors.required');
            if (Object.keys(e).length > 0) return show(e);
            await run(fail, () => integrityApi.step(orgId, c.id, 'assessment', assessment));
          }}
        >
          {(errors) => (
            <>
              <TextareaField
                id="assessment-assessment"
                rows={5}
                label={t('integrity.case.assessment')}
                value={assessment.assessment}
                error={errors.assessment}
                onChange={(e) => setAssessment({ ...assessment, assessment: e.target.value })}
              />
              <RadioGroup
                id="assessment-decision"
                legend={t('integrity.case.decision')}
                options={['investigate', 'no_investigation']}
                labelOf={(x) => t(`integrity.decision.${x}`)}
                value={assessment.decision}
                error={errors.decision}
                onChange={(x) => setAssessment({ ...assessment, decision: x })}
              />
              <TextareaField
                id="assessment-reason"
                rows={3}
                label={t('integrity.case.reason')}
                value={assessment.reason}
                error={errors.reason}
                onChange={(e) => setAssessment({ ...assessment, reason: e.target.value })}
              />
            </>
          )}
        </StepForm>
      ) : null}
      {can('note') ? (
        <StepForm
          id="note"
          title={t('integrity.case.noteTitle')}
          submit={t('integrity.case.noteSubmit')}
          onSubmit={async (fail, show) => {
            if (!note.trim()) return show({ note: t('integrity.errors.required') });
            if (await run(fail, () => integrityApi.step(orgId, c.id, 'notes', { note })))
              setNote('');
          }}
        >
          {(errors) => (
            <TextareaField
              id="note-note"
              rows={4}
              label={t('integrity.case.note')}
              description={t('integrity.case.noteHint')}
              value={note}
              error={errors.note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </StepForm>
      ) : null}
      {can('conclude') ? (
        <StepForm
          id="outcome"
          title={t('integrity.case.outcomeTitle')}
          submit={t('integrity.case.outcomeSubmit')}
          onSubmit={async (fail, show) => {
            const e: Record<string, string> = {};
            if (!outcome.outcome) e.outcome = t('integrity.errors.outcome');
            if (!outcome.summary.trim()) e.summary = t('integrity.errors.required');
            if (Object.keys(e).length > 0) return show(e);
            await run(fail, () =>
              integrityApi.step(orgId, c.id, 'outcome', {
                outcome: outcome.outcome,
                summary: outcome.summary,
                ...(outcome.measures ? { measures: outcome.measures } : {}),
              }),
            );
          }}
        >
          {(errors) => (
            <>
              <RadioGroup
                id="outcome-outcome"
                legend={t('integrity.case.outcome')}
                options={['unfounded', 'founded']}
                labelOf={(x) => t(`integrity.outcome.${x}`)}
                value={outcome.outcome}
                error={errors.outcome}
                onChange={(x) => setOutcome({ ...outcome, outcome: x })}
              />
              <TextareaField
                id="outcome-summary"
                rows={4}
                label={t('integrity.case.findings')}
                value={outcome.summary}
                error={errors.summary}
                onChange={(e) => setOutcome({ ...outcome, summary: e.target.value })}
              />
              {outcome.outcome === 'founded' ? (
                <TextareaField
                  id="outcome-measures"
                  rows={3}
                  label={`${t('integrity.case.measures')} ${t('integrity.form.optional')}`}
                  value={outcome.measures}
                  error={errors.measures}
                  onChange={(e) => setOutcome({ ...outcome, measures: e.target.value })}
                />
              ) : null}
            </>
          )}
        </StepForm>
      ) : null}
      {can('feedback') ? (
        <StepForm
          id="feedback"
          title={t('integrity.case.feedbackTitle')}
          submit={t('integrity.case.feedbackSubmit')}
          onSubmit={async (fail, show) => {
            if (!feedback.trim()) return show({ body: t('integrity.errors.required') });
            if (
              await run(fail, () => integrityApi.step(orgId, c.id, 'feedback', { body: feedback }))
            )
              setFeedback('');
          }}
        >
          {(errors) => (
            <TextareaField
              id="feedback-body"
              rows={4}
              label={t('integrity.case.feedback')}
              description={t('integrity.case.feedbackHint')}
              value={feedback}
              error={errors.body}
              onChange={(e) => setFeedback(e.target.value)}
            />
          )}
        </StepForm>
      ) : null}
      {can('close') ? (
        <StepForm
          id="close"
          title={t('integrity.case.closeTitle')}
          submit={t('integrity.case.closeSubmit')}
          onSubmit={async (fail) => {
            await run(fail, () => integrityApi.step(orgId, c.id, 'close'));
          }}
        >
          {() => <Paragraph>{t('integrity.case.closeHint')}</Paragraph>}
        </StepForm>
      ) : null}
      {can('message') ? (
        <section aria-labelledby="write-heading">
          <Heading level={3} id="write-heading">
            {t('integrity.case.writeTitle')}
          </Heading>
          <ReplyForm
            id="write"
            label={t('integrity.case.writeLabel')}
            submitLabel={t('integrity.case.writeSubmit')}
            onSend={async (body, files) =>
              onChange(await integrityApi.writeToReporter(orgId, c.id, body, files))
            }
          />
        </section>
      ) : null}
    </section>
  );
}
