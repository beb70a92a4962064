import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Alert, Heading, Link, Paragraph, RouterLink } from '../../../ui';
import { questionnairesApi } from '../api';
import { ResultView } from '../components/ResultView';
import { SCANS_HOME } from './FillPage';

/** The scan of vulnerable processes has a risk matrix and plan page (scans module). */
const PROCESS_SCAN_KEY = 'scan-kwetsbare-processen';

/** The result of a submitted response, with advice and a PDF to download. */
export function ResultPage() {
  const { t, i18n } = useTranslation();
  const { responseId = '' } = useParams();
  const orgId = useOrgId();
  const { data, error } = useLoad(
    () => questionnairesApi.result(orgId, responseId, i18n.language),
    [orgId, responseId, i18n.language],
  );
  const title = data
    ? t('questionnaires.resultTitle', { title: data.title })
    : t('questionnaires.resultHeading');
  usePageTitle(title);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data ? (
        <>
          <Paragraph>
            {t('questionnaires.submittedOn', {
              date: data.submittedAt ? formatDate(data.submittedAt, i18n.language) : '',
              version: data.version,
            })}
          </Paragraph>
          {data.result.previous ? (
            <Paragraph>
              {t('questionnaires.comparedWith', {
                date: formatDate(data.result.previous.submittedAt, i18n.language),
              })}
            </Paragraph>
          ) : null}
          <Paragraph>
            <Link href={questionnairesApi.pdfUrl(orgId, responseId, i18n.language)} download>
              {t('questionnaires.downloadPdf')}
            </Link>
          </Paragraph>
          {data.key === PROCESS_SCAN_KEY ? (
            <Paragraph>
              <RouterLink to={`/zelfscans/${responseId}/plan`}>
                {t('questionnaires.processPlanLink')}
              </RouterLink>
            </Paragraph>
          ) : null}
          <ResultView result={data.result} />
        </>
      ) : null}
      <Paragraph>
        <RouterLink to={SCANS_HOME}>{t('questionnaires.backToScans')}</RouterLink>
      </Paragraph>
    </>
  );
}
