import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatDate } from '../../../app/format';
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
  TableRow,
} from '../../../ui';
import { integrityApi } from '../api';

/** The register of breaches of the legal clocks, for accountability (no content). */
export function BreachesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('integrity.breaches.title'));
  const orgId = useOrgId();
  const { data, error } = useLoad(() => integrityApi.breaches(orgId), [orgId]);
  return (
    <>
      <Heading level={1}>{t('integrity.breaches.title')}</Heading>
      <Paragraph>{t('integrity.breaches.intro')}</Paragraph>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data && data.length === 0 ? <Paragraph>{t('integrity.breaches.empty')}</Paragraph> : null}
      {data && data.length > 0 ? (
        <ResponsiveTable
          caption={t('integrity.breaches.caption', { count: data.length })}
          columns={[
            t('integrity.fields.reference'),
            t('integrity.breaches.clock'),
            t('integrity.breaches.dueOn'),
            t('integrity.breaches.metAt'),
          ]}
        >
          <TableBody>
            {data.map((b) => (
              <TableRow key={`${b.reportId}:${b.clock}`}>
                <TableCell>
                  <RouterLink to={`/integriteit/meldingen/${b.reportId}`}>{b.reference}</RouterLink>
                </TableCell>
                <TableCell>{t(`integrity.breaches.${b.clock}`)}</TableCell>
                <TableCell>{formatDate(b.dueOn, i18n.language)}</TableCell>
                <TableCell>
                  {b.metAt ? formatDate(b.metAt, i18n.language) : t('integrity.breaches.notYet')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ResponsiveTable>
      ) : null}
      <Paragraph>
        <RouterLink to="/integriteit/meldingen">{t('integrity.cases.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
