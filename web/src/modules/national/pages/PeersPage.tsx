import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Heading, Paragraph, RouterLink, TableCell, TableHeaderCell, TableRow } from '../../../ui';
import { nationalApi } from '../api';

/**
 * /inzicht/vergelijking: the organisation's own number of reports per period beside the
 * median of organisations of its size class (withheld where too few organisations or reports).
 */
export function PeersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const orgId = useOrgId();
  usePageTitle(t('national.peers.title'));
  const { data, error } = useLoad(orgId ? () => nationalApi.peers(orgId) : null, [orgId]);
  return (
    <>
      <Heading level={1}>{t('national.peers.title')}</Heading>
      {data ? (
        <Paragraph>
          {t('national.peers.intro', {
            organisation: data.organisation.name,
            sizeClass: data.sizeClass.label,
            minimum: data.minimumPeers,
            k: data.k,
          })}
        </Paragraph>
      ) : null}
      <ListTable
        data={data?.figures ?? null}
        error={error}
        empty={t('national.peers.empty')}
        caption={() => t('national.peers.caption')}
        columns={[
          t('national.period'),
          t('national.peers.own'),
          t('national.peers.median'),
          t('national.peers.peers'),
        ]}
        row={(figure) => (
          <TableRow key={figure.period}>
            <TableHeaderCell scope="row">{figure.period}</TableHeaderCell>
            <TableCell>{format.number(figure.own)}</TableCell>
            <TableCell>
              {figure.suppressed
                ? t('national.peers.withheld')
                : format.number(figure.median, { maximumFractionDigits: 1 })}
            </TableCell>
            <TableCell>{format.number(figure.peers)}</TableCell>
          </TableRow>
        )}
      />
      <Paragraph>
        <RouterLink to="/inzicht">{t('national.peers.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
