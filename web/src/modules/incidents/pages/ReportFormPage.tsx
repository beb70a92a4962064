import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { useSession } from '../../../app/session';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
} from '../../../ui';
import { incidentsApi } from '../api';
import { AboutYouFieldset } from '../components/report-form/AboutYouFieldset';
import { EmailIntake } from '../components/report-form/EmailIntake';
import { EvidenceFieldset } from '../components/report-form/EvidenceFieldset';
import { ImpactFieldset } from '../components/report-form/ImpactFieldset';
import { PerpetratorFieldset } from '../components/report-form/PerpetratorFieldset';
import { DraftUnavailable, ReportReceipt } from '../components/report-form/ReportReceipt';
import { reportFieldId } from '../components/report-form/report-form';
import { useReportForm } from '../components/report-form/useReportForm';
import { WhatHappenedFieldset } from '../components/report-form/WhatHappenedFieldset';
import { WhenWhereFieldset } from '../components/report-form/WhenWhereFieldset';

/**
 * The report form: one calm page in fieldsets, usable by keyboard and on a phone. At
 * /meldingen/concept/:draftId it completes a forwarded e-mail, pre-filled from it.
 */
export function ReportFormPage() {
  const { t } = useTranslation();
  const { draftId } = useParams();
  const title = draftId ? t('incidents.draftTitle') : t('incidents.newTitle');
  usePageTitle(title);
  const orgId = useOrgId();
  const report = useReportForm(orgId, draftId);
  const code = useSession().activeMembership?.code ?? '';
  // The organisation's norm, when it published one; no link (and no error) otherwise.
  const norm = useLoad(code ? () => incidentsApi.publicNorm(code) : null, [code]);

  if (report.receipt) {
    return <ReportReceipt receipt={report.receipt} headingRef={report.receiptHeading} />;
  }
  if (report.draftError) return <DraftUnavailable title={title} error={report.draftError} />;

  const section = { form: report.form, errors: report.errors, set: report.set };
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('incidents.newIntro')}</Paragraph>
      {norm.data ? (
        <Paragraph>
          <RouterLink to={`/norm/${encodeURIComponent(code)}`}>
            {t('incidents.normLink')}
          </RouterLink>
        </Paragraph>
      ) : null}
      <Alert type="info">
        <Paragraph>{t('common.emergency')}</Paragraph>
      </Alert>
      <ErrorSummary errors={report.summary} />
      <form className="weerbaar-form" noValidate onSubmit={(e) => void report.submit(e)}>
        <AboutYouFieldset {...section} />
        <WhatHappenedFieldset
          {...section}
          email={
            <EmailIntake
              orgId={orgId}
              draftId={draftId}
              draft={report.draft}
              eml={report.eml}
              error={report.errors.eml}
              onEml={(file) => void report.readEml(file)}
            />
          }
        />
        <WhenWhereFieldset {...section} />
        <PerpetratorFieldset {...section} />
        <ImpactFieldset {...section} />
        <EvidenceFieldset
          files={report.files}
          error={report.errors.attachments}
          onFiles={report.setFiles}
        />
        <PrimaryActionButton
          type="submit"
          id={reportFieldId('submit')}
          aria-disabled={report.busy || undefined}
        >
          {report.busy ? t('incidents.submitting') : t('incidents.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
