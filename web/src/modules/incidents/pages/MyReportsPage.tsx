import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Heading, Paragraph, RouterLink, TableCell, TableRow } from '../../../ui';
import { incidentsApi } from '../api';
import { ForwardedDrafts } from '../components/ForwardedDrafts';

/** "Mijn meldingen": the reports I filed, their status and open questions. */
export function MyReportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('incidents.myTitle'));
  const orgId = useOrgId();
  const { data, error } = useLoad(() => incidentsApi.mine(orgId), [orgId]);
  const v = (x: string) => t(`incidents.value.${x}`);
  return (
    <>
      <Heading level={1}>{t('incidents.myTitle')}</Heading>
      <Paragraph>
        <RouterLink to="/meldingen/nieuw">{t('incidents.newReport')}</RouterLink>
      </Paragraph>
      <ForwardedDrafts orgId={orgId} />
      <ListTable
        data={data}
        error={error}
        empty={t('incidents.myEmpty')}
        caption={(count) => t('incidents.results', { count })}
        columns={[
          t('incidents.reference'),
          t('incidents.kind'),
          t('incidents.occurred'),
          t('incidents.statusLabel'),
          t('incidents.openQuestions'),
        ]}
        row={(r) => (
          <TableRow key={r.id}>
            <TableCell>
              <RouterLink to={`/meldingen/mijn/${r.id}`}>{r.reference}</RouterLink>
            </TableCell>
            <TableCell>{r.kinds.map(v).join(', ')}</TableCell>
            <TableCell>{format.date(r.occurredOn)}</TableCell>
            <TableCell>{v(r.status)}</TableCell>
            <TableCell>
              {r.openQuestions > 0
                ? t('incidents.openQuestionsCount', { count: r.openQuestions })
                : '–'}
            </TableCell>
          </TableRow>
        )}
      />
    </>
  );
}
