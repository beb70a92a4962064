import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
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
import { questionnairesApi } from '../../questionnaires/api';
import { scansApi } from '../api';

/** Risk analyses you commissioned, were designated for, or are the candidate in. */
export function RiskAnalysesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('scans.riskTitle'));
  const orgId = useOrgId();
  const { data, error } = useLoad(
    async () => ({
      analyses: await scansApi.riskAnalyses(orgId),
      may: (await questionnairesApi.list(orgId, i18n.language)).some((q) => q.may.commission),
    }),
    [orgId],
  );
  return (
    <>
      <Heading level={1} id="risk-analyses">
        {t('scans.riskTitle')}
      </Heading>
      <Paragraph>{t('scans.riskConfidential')}</Paragraph>
      {data?.may ? (
        <Paragraph>
          <RouterLink to="/zelfscans/risicoanalyses/nieuw">{t('scans.commissionLink')}</RouterLink>
        </Paragraph>
      ) : null}
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data && data.analyses.length === 0 ? <Paragraph>{t('scans.riskEmpty')}</Paragraph> : null}
      {data && data.analyses.length > 0 ? (
        <ResponsiveTable
          labelledBy="risk-analyses"
          columns={[
            t('scans.candidate'),
            t('scans.office'),
            t('scans.questionnaire'),
            t('scans.stage'),
          ]}
        >
          <TableBody>
            {data.analyses.map((a) => (
              <TableRow key={a.responseId}>
                <TableHeaderCell scope="row">
                  <RouterLink to={`/zelfscans/risicoanalyses/${a.responseId}`}>
                    {a.candidate.displayName}
                  </RouterLink>
                </TableHeaderCell>
                <TableCell>{t(`scans.offices.${a.office}`)}</TableCell>
                <TableCell>{t(`scans.responseStatus.${a.questionnaireStatus}`)}</TableCell>
                <TableCell>{t(`scans.stages.${a.stage}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ResponsiveTable>
      ) : null}
      <Paragraph>
        <RouterLink to="/zelfscans">{t('scans.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
