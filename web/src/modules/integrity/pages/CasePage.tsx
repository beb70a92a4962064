import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { formatDate, formatDateTime } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { useSession } from '../../../app/session';
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Link,
  Paragraph,
  RouterLink,
  SecondaryActionButton,
} from '../../../ui';
import { type Attachment, downloadUrl, integrityApi } from '../api';
import { CaseActions } from '../components/CaseActions';
import { ClockList } from '../components/ClockView';
import { Conversation, FileList } from '../components/Conversation';
import { IdentityPanel } from '../components/IdentityPanel';

/** A case for the integrity officer or counsellor: clocks, the report, identity, steps, conversation, case file. */
export function CasePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const orgId = useOrgId();
  const { me } = useSession();
  const { data: c, error, set, reload } = useLoad(() => integrityApi.case(orgId, id), [orgId, id]);
  usePageTitle(
    c ? t('integrity.case.title', { reference: c.reference }) : t('integrity.cases.title'),
  );
  if (error) {
    return (
      <>
        <Heading level={1}>{t('integrity.cases.title')}</Heading>
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      </>
    );
  }
  if (!c) return <Paragraph>{t('common.loading')}</Paragraph>;
  const file = (a: Attachment) => (
    <Link href={downloadUrl(orgId, `/cases/${c.id}/attachments/${a.id}`)}>{a.fileName}</Link>
  );
  const facts: [string, string][] = [
    [t('integrity.fields.status'), t(`integrity.status.${c.status}`)],
    [t('integrity.fields.channel'), t(`integrity.channel.${c.channel}`)],
    [t('integrity.fields.intake'), t(`integrity.intakeKind.${c.intake}`)],
    [t('integrity.fields.category'), t(`integrity.category.${c.category}`)],
    [t('integrity.fields.subjectType'), t(`integrity.subjectType.${c.subjectType}`)],
    [t('integrity.fields.receivedOn'), formatDate(c.receivedOn, i18n.language)],
    [t('integrity.fields.handler'), c.handler?.displayName ?? t('integrity.cases.unassigned')],
  ];
  if (c.recipient) facts.push([t('integrity.fields.recipient'), c.recipient.displayName]);
  if (c.counsellor) facts.push([t('integrity.fields.counsellor'), c.counsellor.displayName]);
  const record: [string, string | null][] = [
    [t('integrity.case.assessment'), c.assessment],
    [t('integrity.case.decision'), c.decision ? t(`integrity.decision.${c.decision}`) : null],
    [t('integrity.case.reason'), c.decisionReason],
    [t('integrity.case.outcome'), c.outcome ? t(`integrity.outcome.${c.outcome}`) : null],
    [t('integrity.case.findings'), c.outcomeSummary],
    [t('integrity.case.measures'), c.measures],
  ];

  return (
    <>
      <Heading level={1}>{t('integrity.case.title', { reference: c.reference })}</Heading>
      <Paragraph>
        <RouterLink to="/integriteit/meldingen">{t('integrity.cases.back')}</RouterLink>
      </Paragraph>
      {c.overdue ? (
        <Alert type="warning">
          <Paragraph>{t('integrity.case.overdue')}</Paragraph>
        </Alert>
      ) : null}
      <section aria-labelledby="clocks-heading">
        <Heading level={2} id="clocks-heading">
          {t('integrity.case.clocks')}
        </Heading>
        <ClockList clocks={c.clocks} />
      </section>
      <section aria-labelledby="facts-heading">
        <Heading level={2} id="facts-heading">
          {t('integrity.case.report')}
        </Heading>
        <DataList className="weerbaar-integrity-facts">
          {facts.map(([k, v]) => (
            <DataListItem key={k}>
              <DataListKey>{k}</DataListKey>
              <DataListValue>{v}</DataListValue>
            </DataListItem>
          ))}
        </DataList>
        {me &&
        c.handler?.id !== me.id &&
        c.status !== 'closed' &&
        c.status !== 'with_counsellor' ? (
          <SecondaryActionButton
            type="button"
            id="take-case"
            onClick={() => void integrityApi.assign(orgId, c.id, me.id).then(set)}
          >
            {t('integrity.case.takeCase')}
          </SecondaryActionButton>
        ) : null}
        <Heading level={3}>{c.summary}</Heading>
        <Paragraph className="weerbaar-integrity-prewrap">{c.description}</Paragraph>
        {c.subject ? (
          <Paragraph>
            {t('integrity.form.subject')}: {c.subject}
          </Paragraph>
        ) : null}
        {c.occurred ? (
          <Paragraph>
            {t('integrity.form.occurred')}: {c.occurred}
          </Paragraph>
        ) : null}
        <FileList files={c.attachments.filter((a) => !a.messageId)} file={file} />
      </section>
      <IdentityPanel orgId={orgId} c={c} onChange={reload} />
      {record.some(([, v]) => v) ? (
        <section aria-labelledby="record-heading">
          <Heading level={2} id="record-heading">
            {t('integrity.case.record')}
          </Heading>
          <DataList className="weerbaar-integrity-facts">
            {record
              .filter(([, v]) => v)
              .map(([k, v]) => (
                <DataListItem key={k}>
                  <DataListKey>{k}</DataListKey>
                  <DataListValue className="weerbaar-integrity-prewrap">{v}</DataListValue>
                </DataListItem>
              ))}
          </DataList>
        </section>
      ) : null}
      <CaseActions orgId={orgId} c={c} onChange={set} />
      <Conversation messages={c.messages} attachments={c.attachments} file={file} />
      <section aria-labelledby="timeline-heading">
        <Heading level={2} id="timeline-heading">
          {t('integrity.case.timeline')}
        </Heading>
        <ol className="weerbaar-integrity-timeline">
          {c.timeline.map((e) => (
            <li key={`${e.at}:${e.type}`}>
              {formatDateTime(e.at, i18n.language)} –{' '}
              {t(`integrity.event.${e.type}`, { defaultValue: e.type })}
              {e.actor ? ` (${e.actor})` : ''}
              {e.note ? (
                <Paragraph className="weerbaar-integrity-prewrap">{e.note}</Paragraph>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
