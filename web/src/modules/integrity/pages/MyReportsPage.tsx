import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Alert, Heading, Link, Paragraph, RouterLink, TableCell, TableRow } from '../../../ui';
import { type Attachment, downloadUrl, integrityApi } from '../api';
import { ExternalRouteNotice } from '../components/ExternalRouteNotice';
import { ReporterReport } from '../components/ReporterReport';

/** "Mijn integriteitsmeldingen": the member's confidential and identified reports. */
export function MyReportsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('integrity.mine.title'));
  const orgId = useOrgId();
  const { data, error } = useLoad(() => integrityApi.myReports(orgId), [orgId]);
  return (
    <>
      <Heading level={1}>{t('integrity.mine.title')}</Heading>
      <Paragraph>{t('integrity.mine.intro')}</Paragraph>
      <ListTable
        data={data}
        error={error}
        empty={t('integrity.mine.empty')}
        caption={(count) => t('integrity.mine.caption', { count })}
        columns={[
          t('integrity.fields.reference'),
          t('integrity.fields.summary'),
          t('integrity.fields.status'),
          t('integrity.fields.receivedOn'),
        ]}
        row={(r) => (
          <TableRow key={r.id}>
            <TableCell>
              <RouterLink to={`/integriteit/mijn/${r.id}`}>{r.reference}</RouterLink>
            </TableCell>
            <TableCell>{r.summary}</TableCell>
            <TableCell>{t(`integrity.status.${r.status}`)}</TableCell>
            <TableCell>{formatDate(r.receivedOn, i18n.language)}</TableCell>
          </TableRow>
        )}
      />
      <Paragraph>
        <RouterLink to="/integriteit/melden">{t('integrity.mine.new')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** One of the member's reports: status, clocks, conversation and an answer form. */
export function MyReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const orgId = useOrgId();
  const { data, error, set } = useLoad(() => integrityApi.myReport(orgId, id), [orgId, id]);
  usePageTitle(
    data
      ? t('integrity.reporter.reportTitle', { reference: data.reference })
      : t('integrity.mine.title'),
  );
  if (error) {
    return (
      <>
        <Heading level={1}>{t('integrity.mine.title')}</Heading>
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      </>
    );
  }
  if (!data) return <Paragraph>{t('common.loading')}</Paragraph>;
  const file = (a: Attachment) => (
    <Link href={downloadUrl(orgId, `/my-reports/${id}/attachments/${a.id}`)}>{a.fileName}</Link>
  );
  return (
    <>
      <Heading level={1}>
        {t('integrity.reporter.reportTitle', { reference: data.reference })}
      </Heading>
      <ReporterReport
        report={data}
        file={file}
        onSend={async (body, files) => set(await integrityApi.answerMine(orgId, id, body, files))}
      />
      <ExternalRouteNotice />
    </>
  );
}
