import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
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

/** A published Monitor report for anyone, without login: key figures, HTML and PDF. */
export function PublicReportPage() {
  const { t } = useTranslation();
  const { reportId = '' } = useParams();
  const { data, error } = useLoad(() => monitorApi.publicReport(reportId), [reportId]);
  const pub = data?.publication;
  const population = pub
    ? pub.population === 'office_holders'
      ? t('monitor.officeHolders')
      : t('monitor.civilServants')
    : '';
  const title = pub
    ? `${t('monitor.report')}: ${pub.title}, ${population.toLowerCase()}`
    : t('monitor.report');
  usePageTitle(title);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data && pub ? (
        <>
          <Paragraph>{t('monitor.publishedBy', { organisation: data.organisationName })}</Paragraph>
          {pub.synthetic ? <SyntheticNotice /> : null}
          <UnorderedList>
            <UnorderedListItem>
              <Link href={monitorApi.reportUrl(pub.id, 'html')}>{t('monitor.openHtml')}</Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link href={monitorApi.reportUrl(pub.id, 'pdf')}>{t('monitor.downloadPdf')}</Link>
            </UnorderedListItem>
          </UnorderedList>
          <Heading level={2}>{t('monitor.keyFigures')}</Heading>
          <CellTable
            caption={`${t('monitor.keyFigures')} ${pub.year}`}
            firstColumn={t('monitor.indicator')}
            rows={data.content.keyFigures.map((k) => ({ label: k.name, cell: k.cell }))}
          />
        </>
      ) : null}
      <Paragraph>
        <RouterLink to={monitorPaths.publicReports}>{t('monitor.allPublicReports')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** Every published Monitor report, for anyone. */
export function PublicReportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('monitor.publicReportsTitle'));
  const { data, error } = useLoad(() => monitorApi.publicReports(), []);
  return (
    <>
      <Heading level={1}>{t('monitor.publicReportsTitle')}</Heading>
      <Paragraph>{t('monitor.publicReportsIntro')}</Paragraph>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data && data.length === 0 ? <Paragraph>{t('monitor.publicReportsEmpty')}</Paragraph> : null}
      {data && data.length > 0 ? (
        <UnorderedList>
          {data.map((r) => (
            <UnorderedListItem key={r.id}>
              <RouterLink to={monitorPaths.publicReport(r.id)}>
                {r.title} (
                {r.population === 'office_holders'
                  ? t('monitor.officeHolders')
                  : t('monitor.civilServants')}
                , {r.year})
              </RouterLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </>
  );
}
