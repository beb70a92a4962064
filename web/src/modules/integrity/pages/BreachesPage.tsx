import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Heading, Paragraph, RouterLink, TableCell, TableRow } from '../../../ui';
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
      <ListTable
        data={data}
        error={error}
        empty={t('integrity.breaches.empty')}
        caption={(count) => t('integrity.breaches.caption', { count })}
        columns={[
          t('integrity.fields.reference'),
          t('integrity.breaches.clock'),
          t('integrity.breaches.dueOn'),
          t('integrity.breaches.metAt'),
        ]}
        row={(b) => (
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
        )}
      />
      <Paragraph>
        <RouterLink to="/integriteit/meldingen">{t('integrity.cases.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
