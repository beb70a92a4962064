import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  RouterLink,
} from '../../../ui';
import { bibobApi, type CaseDetail } from '../api';
import {
  AdviceForm,
  ChecklistForm,
  ClosedSummary,
  DeadlinesTable,
  DecisionForm,
  DocumentsSection,
  IntentForm,
  QuestionnaireSection,
  RiskForm,
} from '../components/CaseSections';

/** One screening case from application to decision. */
export function CasePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const orgId = useOrgId();
  const { caseId = '' } = useParams();
  const kase = useLoad(orgId ? () => bibobApi.case(orgId, caseId) : null, [orgId, caseId]);
  const c = kase.data;
  usePageTitle(c ? `${c.reference} – ${t('bibob.cases.title')}` : t('bibob.cases.title'));
  const back = (
    <Paragraph>
      <RouterLink to="/bibob/dossiers">{t('bibob.backToCases')}</RouterLink>
    </Paragraph>
  );

  if (!c) {
    return (
      <>
        <Heading level={1}>{t('bibob.cases.title')}</Heading>
        {kase.error ? (
          <Alert type="error">
            <Paragraph>
              {isApiError(kase.error, 'not_found')
                ? t('bibob.case.notFound')
                : errorMessage(kase.error)}
            </Paragraph>
          </Alert>
        ) : (
          <Paragraph>{t('bibob.loading')}</Paragraph>
        )}
        {back}
      </>
    );
  }
  const onSaved = (next: CaseDetail) => kase.set(next);
  const props = { orgId, c, onSaved };
  const open = c.status === 'open';
  const facts: [string, string][] = [
    [
      t('bibob.case.status'),
      open ? t('bibob.case.open') : t('bibob.case.closed', { date: format.date(c.closedOn) }),
    ],
    [t('bibob.cases.stage'), t(`bibob.stage.${c.stage}`)],
    [t('bibob.cases.applicant'), c.applicantName],
    [t('bibob.cases.kind'), t(`bibob.areas.${c.kind}`)],
    [t('bibob.cases.received'), format.date(c.receivedOn)],
  ];
  if (c.subject) facts.push([t('bibob.case.subject'), c.subject]);

  return (
    <>
      <Heading level={1}>
        {t('bibob.case.application')} {c.reference}
      </Heading>
      <DataList>
        {facts.map(([k, v]) => (
          <DataListItem key={k}>
            <DataListKey>{k}</DataListKey>
            <DataListValue>{v}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      <DeadlinesTable c={c} />
      <QuestionnaireSection {...props} />
      <DocumentsSection {...props} />
      {open ? (
        <>
          <ChecklistForm key={`check-${c.id}`} {...props} />
          <RiskForm key={`risk-${c.id}`} {...props} />
          <AdviceForm key={`advice-${c.id}`} {...props} />
          <IntentForm key={`intent-${c.id}`} {...props} />
          <DecisionForm key={`decision-${c.id}`} {...props} />
        </>
      ) : (
        <ClosedSummary c={c} />
      )}
      {back}
    </>
  );
}
