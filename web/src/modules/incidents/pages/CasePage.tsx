import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Alert, ErrorSummary, Heading, Paragraph, RouterLink } from '../../../ui';
import { incidentsApi } from '../api';
import { CaseAftercare } from '../components/case/CaseAftercare';
import { CaseDistrict } from '../components/case/CaseDistrict';
import { CaseDocuments } from '../components/case/CaseDocuments';
import { CaseFacts } from '../components/case/CaseFacts';
import { CaseHandling } from '../components/case/CaseHandling';
import { CaseMeasures } from '../components/case/CaseMeasures';
import { CaseMessages } from '../components/case/CaseMessages';
import { CaseTimeline } from '../components/case/CaseTimeline';
import { CaseTriage } from '../components/case/CaseTriage';
import { useCaseActions } from '../components/case/useCaseActions';
import { StepPlan } from '../components/StepPlan';

/** A case for handlers: triage, status, measures, aftercare, messages, documents. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const orgId = useOrgId();
  const { data, error, set } = useLoad(() => incidentsApi.incident(orgId, id), [orgId, id]);
  usePageTitle(
    data ? t('incidents.caseTitle', { reference: data.reference }) : t('incidents.registerTitle'),
  );
  const { summary, status, actions } = useCaseActions(orgId, id, set);

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
  const incident = data;
  return (
    <>
      <Heading level={1}>{t('incidents.caseTitle', { reference: incident.reference })}</Heading>
      <div role="status" className="weerbaar-visually-hidden">
        {status}
      </div>
      <ErrorSummary errors={summary} />
      {incident.anonymised ? (
        <Alert type="info">
          <Paragraph>{t('incidents.anonymised')}</Paragraph>
        </Alert>
      ) : null}
      {incident.overdue ? (
        <Alert type="warning">
          <Paragraph>{t('incidents.overdue')}</Paragraph>
        </Alert>
      ) : null}
      <CaseFacts incident={incident} />
      <Paragraph>
        <RouterLink to={`/steun/nieuw?melding=${id}`}>{t('incidents.referToSupport')}</RouterLink>
      </Paragraph>
      <StepPlan steps={incident.steps} headingId="case-steps" />
      <CaseHandling incident={incident} actions={actions} />
      <CaseTriage incident={incident} onSubmit={actions.triage} />
      {incident.location === 'public' ? (
        <CaseDistrict orgId={orgId} incident={incident} onSave={actions.setDistrict} />
      ) : null}
      <CaseMeasures incident={incident} actions={actions} />
      <CaseAftercare incident={incident} actions={actions} />
      <CaseMessages messages={incident.messages} onSend={actions.sendMessage} />
      <CaseDocuments orgId={orgId} id={id} attachments={incident.attachments} />
      <CaseTimeline timeline={incident.timeline} />
    </>
  );
}
