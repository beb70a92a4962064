import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import {
  Alert,
  CheckboxField,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  ErrorSummary,
  Fieldset,
  FieldsetLegend,
  FileField,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
  RadioGroup,
  ResponsiveTable,
  SelectField,
  SelectOption,
  StatusBadge,
  TableBody,
  TableCell,
  TableRow,
  TextareaField,
  TextField,
} from '../../../ui';
import { bibobApi, type CaseDetail, type CaseUpdate } from '../api';
import { useAction } from './useAction';

type Saved = (c: CaseDetail) => void;
interface SectionProps {
  orgId: string;
  c: CaseDetail;
  onSaved: Saved;
}

const CHECKS = ['kvk', 'kadaster', 'brp', 'open_sources', 'police_riec', 'finance'] as const;

/** A section of the case page: heading, intro, the summary of its form's errors, and a saved note. */
function Section({
  title,
  intro,
  action,
  children,
}: {
  title: string;
  intro?: string;
  action?: ReturnType<typeof useAction>;
  children: ReactNode;
}) {
  return (
    <section>
      <Heading level={2}>{title}</Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {action ? <ErrorSummary errors={action.summary} /> : null}
      {action?.done ? (
        <Alert type="ok">
          <Paragraph>{action.done}</Paragraph>
        </Alert>
      ) : null}
      {children}
    </section>
  );
}

function DateField(props: {
  id: string;
  label: string;
  value: string;
  required?: boolean;
  error?: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      id={props.id}
      type="date"
      label={props.required ? props.label : `${props.label} ${t('bibob.optional')}`}
      required={props.required}
      value={props.value}
      error={props.error}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

/** Save a part of the case; the answer is the whole case again. */
function useSave(orgId: string, c: CaseDetail, onSaved: Saved, ids: Record<string, string>) {
  const { t } = useTranslation();
  const action = useAction(ids);
  const save = (local: Record<string, string>, body: CaseUpdate) =>
    action.run(local, async () => {
      onSaved(await bibobApi.updateCase(orgId, c.id, body));
      return t('bibob.saved');
    });
  return { action, save };
}

/** Every deadline with its date, state and legal basis. */
export function DeadlinesTable({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t('bibob.case.deadlines')}>
      <ResponsiveTable
        caption={t('bibob.case.deadlinesCaption', { count: c.deadlines.length })}
        columns={[
          t('bibob.case.deadline'),
          t('bibob.case.due'),
          t('bibob.case.state'),
          t('bibob.case.basis'),
        ]}
      >
        <TableBody>
          {c.deadlines.map((d) => (
            <TableRow key={d.kind}>
              <TableCell>{t(`bibob.case.kinds.${d.kind}`)}</TableCell>
              <TableCell>
                {format.date(d.due)}
                {d.suspendedDays > 0 ? (
                  <> ({t('bibob.case.suspended', { count: d.suspendedDays })})</>
                ) : null}
              </TableCell>
              <TableCell>
                {d.met ? (
                  <StatusBadge status="safe">{t('bibob.case.met')}</StatusBadge>
                ) : d.overdue ? (
                  <StatusBadge status="danger">{t('bibob.case.overdue')}</StatusBadge>
                ) : (
                  t('bibob.case.running')
                )}
              </TableCell>
              <TableCell>{d.basis}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ResponsiveTable>
    </Section>
  );
}

/** The applicant's questionnaire: make the link, see the answers. */
export function QuestionnaireSection({ orgId, c, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [email, setEmail] = useState('');
  const [made, setMade] = useState<{ url: string; mailed: boolean } | null>(null);
  const action = useAction({ email: 'link-email' });
  const q = c.questionnaire;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run({}, async () => {
      const link = await bibobApi.link(orgId, c.id, email.trim() || undefined);
      setMade(link);
      setEmail('');
      onSaved(await bibobApi.case(orgId, c.id));
      return null;
    });
  };
  return (
    <Section
      title={t('bibob.case.questionnaire')}
      intro={t('bibob.case.questionnaireIntro')}
      action={action}
    >
      <Paragraph>
        {q.submittedOn
          ? t('bibob.case.submittedOn', { date: format.date(q.submittedOn) })
          : q.sentOn && q.expiresAt
            ? t('bibob.case.sentOn', {
                date: format.date(q.sentOn),
                until: format.dateTime(q.expiresAt),
              })
            : t('bibob.case.notSent')}
      </Paragraph>
      {made ? (
        <Alert type="info">
          <Paragraph>
            {made.mailed ? t('bibob.case.linkMailed') : t('bibob.case.linkMade')}
          </Paragraph>
          <Paragraph>
            <code data-testid="applicant-link">{made.url}</code>
          </Paragraph>
        </Alert>
      ) : null}
      {!q.submittedOn && c.status === 'open' ? (
        <form noValidate onSubmit={submit}>
          <TextField
            id="link-email"
            type="email"
            label={`${t('bibob.case.linkEmail')} ${t('bibob.optional')}`}
            description={t('bibob.case.linkEmailHint')}
            autoComplete="off"
            value={email}
            error={action.errors.email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <PrimaryActionButton type="submit" busy={action.busy}>
            {t('bibob.case.makeLink')}
          </PrimaryActionButton>
        </form>
      ) : null}
      {q.answers.length > 0 ? (
        <>
          <Heading level={3}>{t('bibob.case.answers')}</Heading>
          <DataList>
            {q.answers.map((a) => (
              <DataListItem key={a.id}>
                <DataListKey>{a.question}</DataListKey>
                <DataListValue>{a.answer}</DataListValue>
              </DataListItem>
            ))}
          </DataList>
        </>
      ) : null}
    </Section>
  );
}

/** Documents: list with downloads, and an upload. */
export function DocumentsSection({ orgId, c, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [files, setFiles] = useState<File[]>([]);
  const [key, setKey] = useState(0);
  const action = useAction({ documents: 'case-documents' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      files.length === 0 ? { documents: t('bibob.case.chooseFile') } : {},
      async () => {
        await bibobApi.upload(orgId, c.id, files);
        setFiles([]);
        setKey(key + 1);
        onSaved(await bibobApi.case(orgId, c.id));
        return t('bibob.case.uploaded');
      },
    );
  };
  return (
    <Section title={t('bibob.case.documents')} action={action}>
      {c.documents.length === 0 ? (
        <Paragraph>{t('bibob.case.noDocuments')}</Paragraph>
      ) : (
        <ResponsiveTable
          caption={t('bibob.case.documentsCaption', { count: c.documents.length })}
          columns={[
            t('bibob.case.file'),
            t('bibob.case.from'),
            t('bibob.case.size'),
            t('bibob.case.added'),
          ]}
        >
          <TableBody>
            {c.documents.map((d) => (
              <TableRow key={d.id}>
                <TableCell>
                  <Link href={bibobApi.documentUrl(orgId, c.id, d.id)} download>
                    {d.fileName}
                  </Link>
                </TableCell>
                <TableCell>
                  {d.fromApplicant
                    ? t('bibob.case.fromApplicant')
                    : t('bibob.case.fromOrganisation')}
                </TableCell>
                <TableCell>{format.number(Math.ceil(d.sizeBytes / 1024))} kB</TableCell>
                <TableCell>{format.date(d.createdAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ResponsiveTable>
      )}
      {c.status === 'open' ? (
        <form noValidate onSubmit={submit}>
          <FileField
            key={key}
            id="case-documents"
            label={t('bibob.case.upload')}
            description={t('bibob.case.uploadHint')}
            error={action.errors.documents}
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.txt"
            multiple
            onFiles={setFiles}
          />
          <PrimaryActionButton type="submit" busy={action.busy}>
            {t('bibob.case.uploadButton')}
          </PrimaryActionButton>
        </form>
      ) : null}
    </Section>
  );
}

/** The checklist of the own investigation. */
type Check = { status: 'open' | 'done' | 'not_applicable'; on: string | null; note: string | null };
type CheckKey = (typeof CHECKS)[number];

export function ChecklistForm({ orgId, c, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const [list, setList] = useState<Record<CheckKey, Check>>(
    () =>
      Object.fromEntries(
        CHECKS.map((k) => [k, c.checklist[k] ?? { status: 'open', on: null, note: null }]),
      ) as Record<CheckKey, Check>,
  );
  const { action, save } = useSave(orgId, c, onSaved, { checklist: 'check-kvk-status' });
  const set = (k: CheckKey, patch: Partial<Check>) =>
    setList({ ...list, [k]: { ...list[k], ...patch } });
  return (
    <Section
      title={t('bibob.case.checklist')}
      intro={t('bibob.case.checklistIntro')}
      action={action}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(
            {},
            {
              checklist: Object.fromEntries(
                CHECKS.map((k) => [
                  k,
                  { ...list[k], on: list[k].on || null, note: list[k].note?.trim() || null },
                ]),
              ),
            },
          );
        }}
      >
        {CHECKS.map((k) => (
          <Fieldset key={k}>
            <FieldsetLegend>{t(`bibob.case.checks.${k}`)}</FieldsetLegend>
            <SelectField
              id={`check-${k}-status`}
              label={t('bibob.case.state')}
              value={list[k].status}
              onChange={(e) => set(k, { status: e.target.value as 'open' })}
            >
              {(['open', 'done', 'not_applicable'] as const).map((s) => (
                <SelectOption key={s} value={s}>
                  {t(`bibob.case.checkStatus.${s}`)}
                </SelectOption>
              ))}
            </SelectField>
            <DateField
              id={`check-${k}-on`}
              label={t('bibob.case.checkOn', { label: t(`bibob.case.checks.${k}`) })}
              value={list[k].on ?? ''}
              onChange={(v) => set(k, { on: v })}
            />
            <TextField
              id={`check-${k}-note`}
              label={`${t('bibob.case.checkNote', { label: t(`bibob.case.checks.${k}`) })} ${t('bibob.optional')}`}
              value={list[k].note ?? ''}
              onChange={(e) => set(k, { note: e.target.value })}
            />
          </Fieldset>
        ))}
        <PrimaryActionButton type="submit" busy={action.busy}>
          {t('bibob.save')}
        </PrimaryActionButton>
      </form>
    </Section>
  );
}

/** The risk assessment: degree of danger with reasoning. */
export function RiskForm({ orgId, c, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<string>(c.risk?.level ?? '');
  const [reasoning, setReasoning] = useState(c.risk?.reasoning ?? '');
  const [on, setOn] = useState(c.risk?.assessedOn ?? '');
  const ids = {
    'risk.level': 'risk-level',
    'risk.reasoning': 'risk-reasoning',
    'risk.assessedOn': 'risk-on',
  };
  const { action, save } = useSave(orgId, c, onSaved, ids);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!level) local['risk.level'] = t('bibob.case.chooseOne');
    if (!reasoning.trim()) local['risk.reasoning'] = t('bibob.case.required');
    if (!on) local['risk.assessedOn'] = t('bibob.case.dateRequired');
    void save(local, {
      risk: { level: level as 'none', reasoning: reasoning.trim(), assessedOn: on },
    });
  };
  return (
    <Section title={t('bibob.case.risk')} action={action}>
      <form noValidate onSubmit={submit}>
        <RadioGroup
          id="risk-level"
          legend={t('bibob.case.riskLevel')}
          options={['none', 'minor', 'serious']}
          labelOf={(v) => t(`bibob.case.levels.${v}`)}
          value={level}
          error={action.errors['risk.level']}
          onChange={setLevel}
        />
        <TextareaField
          id="risk-reasoning"
          label={t('bibob.case.reasoning')}
          required
          value={reasoning}
          error={action.errors['risk.reasoning']}
          onChange={(e) => setReasoning(e.target.value)}
        />
        <DateField
          id="risk-on"
          label={t('bibob.case.assessedOn')}
          required
          value={on}
          error={action.errors['risk.assessedOn']}
          onChange={setOn}
        />
        <PrimaryActionButton type="submit" busy={action.busy}>
          {t('bibob.save')}
        </PrimaryActionButton>
      </form>
    </Section>
  );
}

/** The optional advice request to the national Bibob bureau. */
export function AdviceForm({ orgId, c, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const [requested, setRequested] = useState(c.advice?.requestedOn ?? '');
  const [extended, setExtended] = useState(c.advice?.extendedOn ?? '');
  const [received, setReceived] = useState(c.advice?.receivedOn ?? '');
  const ids = {
    'advice.requestedOn': 'advice-requested',
    'advice.extendedOn': 'advice-extended',
    'advice.receivedOn': 'advice-received',
  };
  const { action, save } = useSave(orgId, c, onSaved, ids);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(requested ? {} : { 'advice.requestedOn': t('bibob.case.dateRequired') }, {
      advice: {
        requestedOn: requested,
        extendedOn: extended || null,
        receivedOn: received || null,
      },
    });
  };
  return (
    <Section title={t('bibob.case.advice')} intro={t('bibob.case.adviceIntro')} action={action}>
      <form noValidate onSubmit={submit}>
        <DateField
          id="advice-requested"
          label={t('bibob.case.requestedOn')}
          required
          value={requested}
          error={action.errors['advice.requestedOn']}
          onChange={setRequested}
        />
        <DateField
          id="advice-extended"
          label={t('bibob.case.extendedOn')}
          value={extended}
          error={action.errors['advice.extendedOn']}
          onChange={setExtended}
        />
        <DateField
          id="advice-received"
          label={t('bibob.case.receivedOn')}
          value={received}
          error={action.errors['advice.receivedOn']}
          onChange={setReceived}
        />
        <PrimaryActionButton type="submit" busy={action.busy}>
          {t('bibob.save')}
        </PrimaryActionButton>
      </form>
    </Section>
  );
}

/** The notice of intent to refuse, and the applicant's response. */
export function IntentForm({ orgId, c, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(c.intent?.sentOn ?? '');
  const [response, setResponse] = useState(c.intent?.responseOn ?? '');
  const ids = { 'intent.sentOn': 'intent-sent', 'intent.responseOn': 'intent-response' };
  const { action, save } = useSave(orgId, c, onSaved, ids);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(sent ? {} : { 'intent.sentOn': t('bibob.case.dateRequired') }, {
      intent: { sentOn: sent, responseOn: response || null },
    });
  };
  return (
    <Section title={t('bibob.case.intent')} intro={t('bibob.case.intentIntro')} action={action}>
      <form noValidate onSubmit={submit}>
        <DateField
          id="intent-sent"
          label={t('bibob.case.intentSentOn')}
          required
          value={sent}
          error={action.errors['intent.sentOn']}
          onChange={setSent}
        />
        <DateField
          id="intent-response"
          label={t('bibob.case.responseOn')}
          value={response}
          error={action.errors['intent.responseOn']}
          onChange={setResponse}
        />
        <PrimaryActionButton type="submit" busy={action.busy}>
          {t('bibob.save')}
        </PrimaryActionButton>
      </form>
    </Section>
  );
}

/** The decision; it closes the case. */
export function DecisionForm({ orgId, c, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const [on, setOn] = useState('');
  const [grounds, setGrounds] = useState(false);
  const [reasoning, setReasoning] = useState('');
  const ids = {
    'decision.outcome': 'decision-outcome',
    'decision.decidedOn': 'decision-on',
    'decision.bibobGrounds': 'decision-grounds',
    'decision.reasoning': 'decision-reasoning',
    decision: 'decision-outcome',
  };
  const { action, save } = useSave(orgId, c, onSaved, ids);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!outcome) local['decision.outcome'] = t('bibob.case.chooseOne');
    if (!on) local['decision.decidedOn'] = t('bibob.case.dateRequired');
    void save(local, {
      decision: {
        outcome: outcome as 'granted',
        decidedOn: on,
        bibobGrounds: grounds,
        reasoning: reasoning.trim() || null,
      },
    });
  };
  return (
    <Section title={t('bibob.case.decision')} intro={t('bibob.case.decisionIntro')} action={action}>
      <form noValidate onSubmit={submit}>
        <RadioGroup
          id="decision-outcome"
          legend={t('bibob.case.outcome')}
          options={['granted', 'granted_with_conditions', 'refused', 'withdrawn']}
          labelOf={(v) => t(`bibob.case.outcomes.${v}`)}
          value={outcome}
          error={action.errors['decision.outcome']}
          onChange={setOutcome}
        />
        <DateField
          id="decision-on"
          label={t('bibob.case.decidedOn')}
          required
          value={on}
          error={action.errors['decision.decidedOn']}
          onChange={setOn}
        />
        <CheckboxField
          id="decision-grounds"
          label={t('bibob.case.bibobGrounds')}
          checked={grounds}
          onChange={setGrounds}
        />
        {action.errors['decision.bibobGrounds'] ? (
          <Paragraph>{action.errors['decision.bibobGrounds']}</Paragraph>
        ) : null}
        <TextareaField
          id="decision-reasoning"
          label={`${t('bibob.case.reasoning')} ${t('bibob.optional')}`}
          value={reasoning}
          onChange={(e) => setReasoning(e.target.value)}
        />
        <PrimaryActionButton type="submit" busy={action.busy}>
          {t('bibob.case.decide')}
        </PrimaryActionButton>
      </form>
    </Section>
  );
}

/** A closed case: the assessment and decision, read only. */
export function ClosedSummary({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: [string, string][] = [];
  if (c.risk) {
    rows.push([t('bibob.case.riskLevel'), t(`bibob.case.levels.${c.risk.level}`)]);
    rows.push([t('bibob.case.reasoning'), c.risk.reasoning]);
  }
  if (c.decision) {
    rows.push([t('bibob.case.outcome'), t(`bibob.case.outcomes.${c.decision.outcome}`)]);
    rows.push([t('bibob.case.decidedOn'), format.date(c.decision.decidedOn)]);
    rows.push([
      t('bibob.case.bibobGrounds'),
      c.decision.bibobGrounds ? t('bibob.yes') : t('bibob.no'),
    ]);
    if (c.decision.reasoning) rows.push([t('bibob.case.reasoning'), c.decision.reasoning]);
  }
  return (
    <Section title={t('bibob.case.decision')}>
      <DataList>
        {rows.map(([k, v], i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, built in this order every time
          <DataListItem key={i}>
            <DataListKey>{k}</DataListKey>
            <DataListValue>{v}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </Section>
  );
}
