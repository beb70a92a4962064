import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Heading,
  Paragraph,
  RouterLink,
  Table,
  TableBody,
  TableCell,
  TableHeader,
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
      <Heading level={1}>{t('scans.riskTitle')}</Heading>
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
        <div className="weerbaar-q-table">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('scans.candidate')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('scans.office')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('scans.questionnaire')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('scans.stage')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
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
          </Table>
        </div>
      ) : null}
      <Paragraph>
        <RouterLink to="/zelfscans">{t('scans.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
