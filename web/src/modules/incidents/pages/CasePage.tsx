import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { usePageTitle } from '../../../app/page';
import { useSession } from '../../../app/session';
import {
  Alert,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  LinkList,
  LinkListLink,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  SelectOption,
  TextareaField,
  TextField,
} from '../../../ui';
import { downloadUrl, type IncidentDetail, incidentsApi } from '../api';
import { CheckboxField, ChoiceGroup } from '../components/ChoiceGroup';
import { Facts, MessageList } from '../components/Facts';
import { AttachmentTable } from '../components/Hashes';
import { StepPlan } from '../components/StepPlan';
import { useLoad } from '../components/useLoad';
import { fieldKey, useOrgId } from '../components/useOrg';
import { MEASURE_TYPES, PRIORITIES } from '../vocabulary';

type Risks = IncidentDetail['risks'];
const RISKS: (keyof Risks)[] = ['repeat', 'weapon', 'homeAddressKnown', 'threatToRelatives'];

/** A case for handlers: triage, status, measures, aftercare, messages, documents. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const orgId = useOrgId();
  const { me } = useSession();
  const { data, error, set } = useLoad(() => incidentsApi.incident(orgId, id), [orgId, id]);
  usePageTitle(
    data ? t('incidents.caseTitle', { reference: data.reference }) : t('incidents.registerTitle'),
  );
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [status, setStatus] = useState('');
  const v = (x: string) => t(`incidents.value.${x}`);

  /** Run one change; the API answers the case as it is afterwards. */
  const act = async (prefix: string, change: () => Promise<IncidentDetail>) => {
    setStatus('');
    try {
      set(await change());
      setSummary([]);
      setStatus(t('incidents.saved'));
      return true;
    } catch (e) {
      const items =
        isApiError(e) && e.errors.length > 0
          ? e.errors.map((x) => ({ fieldId: `${prefix}-${fieldKey(x.field)}`, message: x.message }))
          : [{ message: errorMessage(e) }];
      setSummary(items);
      return false;
    }
  };

  if (error) {
    return (
      <>
        <Heading level={1}>{t('incidents.registerTitle')}</Heading>
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      </>
    );
  }
  if (!data) return <Paragraph>{t('common.loading')}</Paragraph>;
  const c = data;
  return (
    <>
      <Heading level={1}>{t('incidents.caseTitle', { reference: c.reference })}</Heading>
      <div role="status" className="weerbaar-visually-hidden">
        {status}
      </div>
      <ErrorSummary errors={summary} />
      {c.anonymised ? (
        <Alert type="info">
          <Paragraph>{t('incidents.anonymised')}</Paragraph>
        </Alert>
      ) : null}
      {c.overdue ? (
        <Alert type="warning">
          <Paragraph>{t('incidents.overdue')}</Paragraph>
        </Alert>
      ) : null}

      <section aria-labelledby="case-facts">
        <Heading level={2} id="case-facts">
          {t('incidents.facts')}
        </Heading>
        <Paragraph>
          {t('incidents.reporter')}:{' '}
          {c.reporter?.type === 'api_token'
            ? t('incidents.viaApi')
            : [c.reporter?.displayName, c.reporter?.email, c.contactPhone]
                .filter(Boolean)
                .join(', ') || '–'}
        </Paragraph>
        <Facts incident={c} />
      </section>

      <StepPlan steps={c.steps} headingId="case-steps" />
      <section aria-labelledby="case-handling">
        <Heading level={2} id="case-handling">
          {t('incidents.handling')}
        </Heading>
        <Paragraph>
          {t('incidents.handler')}: {c.handler?.displayName ?? t('incidents.notAssigned')}{' '}
          {me && c.handler?.id !== me.id ? (
            <SecondaryActionButton
              type="button"
              onClick={() => void act('assign', () => incidentsApi.assign(orgId, id, me.id))}
            >
              {t('incidents.assignToMe')}
            </SecondaryActionButton>
          ) : null}
        </Paragraph>
        <Paragraph>
          {c.firstContactAt ? (
            t('incidents.firstContactMade', {
              date: new Date(c.firstContactAt).toLocaleString('nl-NL'),
            })
          ) : (
            <>
              {t('incidents.firstContactDue')}: {c.firstContactDueOn}{' '}
              <SecondaryActionButton
                type="button"
                onClick={() => void act('contact', () => incidentsApi.firstContact(orgId, id))}
              >
                {t('incidents.recordFirstContact')}
              </SecondaryActionButton>
            </>
          )}
        </Paragraph>
        <TransitionForm
          incident={c}
          onSubmit={(to, note) =>
            act('transition', () => incidentsApi.transition(orgId, id, to, note))
          }
        />
      </section>

      <section aria-labelledby="case-triage">
        <Heading level={2} id="case-triage">
          {t('incidents.triage')}
        </Heading>
        <Paragraph>
          {t('incidents.priority')}: <strong>{v(c.priority)}</strong>
        </Paragraph>
        <TriageForm
          incident={c}
          onSubmit={(body) => act('triage', () => incidentsApi.triage(orgId, id, body))}
        />
      </section>

      <section aria-labelledby="case-measures">
        <Heading level={2} id="case-measures">
          {t('incidents.measures')}
        </Heading>
        {c.measures.length === 0 ? <Paragraph>{t('incidents.noMeasures')}</Paragraph> : null}
        <ul className="weerbaar-plain-list">
          {c.measures.map((m) => (
            <li key={m.id}>
              <Paragraph>
                <strong>{v(m.type)}</strong> – {v(m.status)}
                {m.filedBy ? ` – ${v(m.filedBy)}` : ''}
                {m.plannedOn ? ` – ${t('incidents.plannedOn')} ${m.plannedOn}` : ''}{' '}
                {m.status === 'planned' ? (
                  <SecondaryActionButton
                    type="button"
                    onClick={() =>
                      void act('measure', () =>
                        incidentsApi.updateMeasure(orgId, id, m.id, {
                          status: 'done',
                          doneOn: new Date().toLocaleDateString('en-CA'),
                        }),
                      )
                    }
                  >
                    {t('incidents.markDone')}
                  </SecondaryActionButton>
                ) : null}
              </Paragraph>
            </li>
          ))}
        </ul>
        <MeasureForm
          onSubmit={(body) => act('measure', () => incidentsApi.addMeasure(orgId, id, body))}
        />
      </section>

      <section aria-labelledby="case-aftercare">
        <Heading level={2} id="case-aftercare">
          {t('incidents.aftercare')}
        </Heading>
        {c.aftercare.length === 0 ? (
          <>
            <Paragraph>{t('incidents.noAftercare')}</Paragraph>
            <PrimaryActionButton
              type="button"
              id="plan-aftercare"
              onClick={() => void act('aftercare', () => incidentsApi.planAftercare(orgId, id))}
            >
              {t('incidents.planAftercare')}
            </PrimaryActionButton>
          </>
        ) : (
          <ul className="weerbaar-plain-list" aria-label={t('incidents.aftercare')}>
            {c.aftercare.map((task) => (
              <li key={task.id}>
                <Paragraph>
                  <strong>{task.label}</strong> – {t('incidents.due', { date: task.dueOn })} –{' '}
                  {v(task.status)}
                  {task.outcome ? `: ${task.outcome}` : ''}
                </Paragraph>
                {task.status === 'planned' ? (
                  <OutcomeForm
                    id={task.id}
                    onSubmit={(outcome) =>
                      act(`outcome-${task.id}`, () =>
                        incidentsApi.updateTask(orgId, id, task.id, { status: 'done', outcome }),
                      )
                    }
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="case-messages">
        <Heading level={2} id="case-messages">
          {t('incidents.messages')}
        </Heading>
        <MessageList messages={c.messages} />
        <MessageForm
          onSubmit={(body) => act('message', () => incidentsApi.message(orgId, id, body))}
        />
      </section>

      <section aria-labelledby="case-evidence">
        <Heading level={2} id="case-evidence">
          {t('incidents.attachments')}
        </Heading>
        <AttachmentTable
          files={c.attachments}
          hrefOf={(a) => downloadUrl(orgId, `/incidents/${id}/attachments/${a}`)}
        />
        <Heading level={3}>{t('incidents.policeDocs')}</Heading>
        <LinkList>
          <LinkListLink
            id="download-police-pdf"
            href={downloadUrl(orgId, `/incidents/${id}/police-report.pdf`)}
            download
          >
            {t('incidents.policePdf')}
          </LinkListLink>
          <LinkListLink href={downloadUrl(orgId, `/incidents/${id}/evidence.zip`)} download>
            {t('incidents.evidenceZip')}
          </LinkListLink>
        </LinkList>
      </section>

      <section aria-labelledby="case-timeline">
        <Heading level={2} id="case-timeline">
          {t('incidents.timeline')}
        </Heading>
        <ol className="weerbaar-timeline">
          {c.timeline.map((e) => (
            <li key={`${e.at}-${e.type}-${e.toStatus ?? ''}`}>
              {new Date(e.at).toLocaleString('nl-NL')} –{' '}
              {e.toStatus && e.fromStatus
                ? `${v(e.fromStatus)} → ${v(e.toStatus)}`
                : t(`incidents.event.${e.type}`, { defaultValue: e.type })}
              {e.note && e.type !== 'measure_added' && e.type !== 'measure_updated'
                ? ` (${e.note})`
                : ''}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function TransitionForm({
  incident,
  onSubmit,
}: {
  incident: IncidentDetail;
  onSubmit: (to: IncidentDetail['status'], note?: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  if (incident.allowedTransitions.length === 0) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!to) return;
    if (await onSubmit(to as IncidentDetail['status'], note || undefined)) {
      setTo('');
      setNote('');
    }
  };
  return (
    <form
      className="weerbaar-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="transition-title"
    >
      <Heading level={3} id="transition-title">
        {t('incidents.transition')}
      </Heading>
      <SelectField
        id="transition-to"
        label={t('incidents.newStatus')}
        value={to}
        onChange={(e) => setTo(e.target.value)}
      >
        <SelectOption value="">{t('incidents.chooseOne')}</SelectOption>
        {incident.allowedTransitions.map((s) => (
          <SelectOption key={s} value={s}>
            {t(`incidents.value.${s}`)}
          </SelectOption>
        ))}
      </SelectField>
      <TextareaField
        id="transition-note"
        rows={2}
        label={`${t('incidents.note')} ${t('incidents.optional')}`}
        description={t('incidents.noteHint')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <PrimaryActionButton type="submit">{t('incidents.change')}</PrimaryActionButton>
    </form>
  );
}

function TriageForm({
  incident,
  onSubmit,
}: {
  incident: IncidentDetail;
  onSubmit: (body: { priority: string; risks: Risks; note?: string }) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [priority, setPriority] = useState(incident.triagedAt ? incident.priority : 'normal');
  const [risks, setRisks] = useState<Risks>(incident.risks);
  const [note, setNote] = useState(incident.riskNote ?? '');
  return (
    <form
      className="weerbaar-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit({ priority, risks, note: note || undefined });
      }}
    >
      <SelectField
        id="triage-priority"
        label={t('incidents.priority')}
        description={t('incidents.triageHint')}
        value={priority}
        onChange={(e) => setPriority(e.target.value)}
      >
        {PRIORITIES.map((p) => (
          <SelectOption key={p} value={p}>
            {t(`incidents.value.${p}`)}
          </SelectOption>
        ))}
      </SelectField>
      <ChoiceGroup
        id="triage-risks"
        multiple
        legend={t('incidents.risks')}
        options={RISKS}
        labelOf={(r) => t(`incidents.risk.${r}`)}
        value={RISKS.filter((r) => risks[r])}
        onChange={(x) =>
          setRisks(
            Object.fromEntries(
              RISKS.map((r) => [r, (x as string[]).includes(r)]),
            ) as unknown as Risks,
          )
        }
      />
      <TextareaField
        id="triage-note"
        rows={3}
        label={`${t('incidents.riskNote')} ${t('incidents.optional')}`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <PrimaryActionButton type="submit" id="triage-submit">
        {t('incidents.saveTriage')}
      </PrimaryActionButton>
    </form>
  );
}

function MeasureForm({
  onSubmit,
}: {
  onSubmit: (body: Record<string, unknown>) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [type, setType] = useState('police_report');
  const [filedBy, setFiledBy] = useState('employee');
  const [useOrg, setUseOrg] = useState(false);
  const [plannedOn, setPlannedOn] = useState('');
  const police = type === 'police_report';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSubmit({
      type,
      ...(police ? { filedBy, useOrganisationAddress: useOrg } : {}),
      ...(plannedOn ? { plannedOn } : {}),
    });
  };
  return (
    <form className="weerbaar-form" onSubmit={submit} aria-labelledby="measure-title">
      <Heading level={3} id="measure-title">
        {t('incidents.addMeasure')}
      </Heading>
      <SelectField
        id="measure-type"
        label={t('incidents.measureType')}
        value={type}
        onChange={(e) => setType(e.target.value)}
      >
        {MEASURE_TYPES.map((m) => (
          <SelectOption key={m} value={m}>
            {t(`incidents.value.${m}`)}
          </SelectOption>
        ))}
      </SelectField>
      {police ? (
        <>
          <ChoiceGroup
            id="measure-filedBy"
            legend={t('incidents.filedBy')}
            options={['employee', 'employer']}
            labelOf={(x) => t(`incidents.value.${x}`)}
            value={filedBy}
            onChange={(x) => setFiledBy(x as string)}
          />
          <CheckboxField
            id="measure-useOrganisationAddress"
            label={t('incidents.useOrganisationAddress')}
            checked={useOrg}
            onChange={setUseOrg}
          />
        </>
      ) : null}
      <TextField
        id="measure-plannedOn"
        type="date"
        label={`${t('incidents.plannedOn')} ${t('incidents.optional')}`}
        value={plannedOn}
        onChange={(e) => setPlannedOn(e.target.value)}
      />
      <PrimaryActionButton type="submit" id="measure-submit">
        {t('incidents.addMeasure')}
      </PrimaryActionButton>
    </form>
  );
}

function OutcomeForm({
  id,
  onSubmit,
}: {
  id: string;
  onSubmit: (outcome: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  return (
    <form
      className="weerbaar-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(outcome);
      }}
    >
      <TextareaField
        id={`outcome-${id}-outcome`}
        rows={2}
        label={t('incidents.outcome')}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
      />
      <SecondaryActionButton type="submit">{t('incidents.recordOutcome')}</SecondaryActionButton>
    </form>
  );
}

function MessageForm({ onSubmit }: { onSubmit: (body: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  return (
    <form
      className="weerbaar-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(body).then((ok) => ok && setBody(''));
      }}
    >
      <TextareaField
        id="message-body"
        rows={3}
        label={t('incidents.writeToReporter')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <PrimaryActionButton type="submit">{t('incidents.send')}</PrimaryActionButton>
    </form>
  );
}
