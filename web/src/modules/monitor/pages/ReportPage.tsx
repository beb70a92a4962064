import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Heading,
  Link,
  Paragraph,
  RouterLink,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { monitorApi, monitorPaths } from '../api';
import { CellTable } from '../components/CellTable';
import { SyntheticNotice } from '../components/SyntheticNotice';

/** A published report: key figures, and the full report as HTML and tagged PDF. */
export function ReportPage() {
  const { t } = useTranslation();
  const { reportId = '' } = useParams();
  const orgId = useOrgId();
  const report = useLoad(orgId ? () => monitorApi.report(orgId, reportId) : null, [
    orgId,
    reportId,
  ]);
  const pub = report.data?.publication;
  const population = pub
    ? pub.population === 'office_holders'
      ? t('monitor.officeHolders')
      : t('monitor.civilServants')
    : '';
  const title = pub
    ? `${t('monitor.report')}: ${pub.title}, ${population.toLowerCase()}`
    : t('monitor.report');
  usePageTitle(title);
  if (!report.data || !pub || !orgId) {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Paragraph>{report.error ? report.error.message : t('monitor.loading')}</Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading level={1}>{title}</Heading>
      {pub.synthetic ? <SyntheticNotice /> : null}
      <UnorderedList>
        <UnorderedListItem>
          <Link href={monitorApi.reportUrl(pub.id, 'html')}>{t('monitor.openHtml')}</Link>
        </UnorderedListItem>
        <UnorderedListItem>
          <Link href={monitorApi.reportUrl(pub.id, 'pdf')}>{t('monitor.downloadPdf')}</Link>
        </UnorderedListItem>
        <UnorderedListItem>
          <RouterLink to={monitorPaths.publicReport(pub.id)}>{t('monitor.publicLink')}</RouterLink>
        </UnorderedListItem>
      </UnorderedList>
      <Heading level={2}>{t('monitor.keyFigures')}</Heading>
      <CellTable
        caption={`${t('monitor.keyFigures')} ${pub.year}`}
        firstColumn={t('monitor.indicator')}
        rows={report.data.content.keyFigures.map((k) => ({ label: k.name, cell: k.cell }))}
      />
      <Paragraph>
        <RouterLink to={monitorPaths.home}>{t('monitor.backToMonitor')}</RouterLink>
      </Paragraph>
    </>
  );
}
