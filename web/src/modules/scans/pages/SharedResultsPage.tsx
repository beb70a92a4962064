import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { client, unwrap } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Heading,
  Paragraph,
  ResponsiveTable,
  RouterLink,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '../../../ui';

/**
 * The organisation's overview of a personal scan: averages per section over the anonymous
 * copies respondents chose to share, shown only from the instrument's minimum (10) on, so no
 * single person's scores can be read from it.
 */
export function SharedResultsPage() {
  const { t, i18n } = useTranslation();
  const { questionnaireId = '' } = useParams();
  const orgId = useOrgId();
  const format = useFormat();
  const lang = i18n.language === 'en' ? ('en' as const) : ('nl' as const);
  const { data, error } = useLoad(
    () =>
      unwrap(
        client.GET('/api/v1/orgs/{orgId}/questionnaires/{questionnaireId}/aggregates', {
          params: { path: { orgId, questionnaireId }, query: { lang } },
        }),
      ),
    [orgId, questionnaireId, lang],
  );
  usePageTitle(t('scans.sharedTitle'));
  const score = (s: number | null) => (s === null ? '–' : format.number(s));
  return (
    <>
      <Heading level={1}>{t('scans.sharedTitle')}</Heading>
      <Paragraph>{t('scans.sharedIntro')}</Paragraph>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data?.suppressed ? (
        <Alert type="info">
          <Paragraph>{t('scans.sharedTooFew', { min: data.minResponses })}</Paragraph>
        </Alert>
      ) : null}
      {data && !data.suppressed ? (
        <>
          <Paragraph>
            {t('scans.sharedCount', { count: data.responses ?? 0 })}{' '}
            {t('scans.sharedTotal', { score: score(data.total) })}
          </Paragraph>
          <ResponsiveTable
            caption={t('scans.sharedCaption')}
            columns={[t('scans.sharedSection'), t('scans.sharedAverage')]}
          >
            <TableBody>
              {data.sections.map((s) => (
                <TableRow key={s.id}>
                  <TableHeaderCell scope="row">{s.title}</TableHeaderCell>
                  <TableCell>{score(s.average)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ResponsiveTable>
        </>
      ) : null}
      <Paragraph>
        <RouterLink to="/zelfscans">{t('scans.backToScans')}</RouterLink>
      </Paragraph>
    </>
  );
}
