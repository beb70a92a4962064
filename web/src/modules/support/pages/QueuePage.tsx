import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Heading, Paragraph, RouterLink, TableCell, TableHeaderCell, TableRow } from '../../../ui';
import { supportApi } from '../api';

/** The support team's queue: open and urgent requests first. */
export function QueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('support.queueTitle'));
  const orgId = useOrgId();
  const format = useFormat();
  const { data, error } = useLoad(orgId ? () => supportApi.queue(orgId) : null, [orgId]);
  return (
    <>
      <Heading level={1}>{t('support.queueTitle')}</Heading>
      <Paragraph>{t('support.queueIntro')}</Paragraph>
      <ListTable
        data={data}
        error={error}
        empty={t('support.queueEmpty')}
        caption={(count) => t('support.queueCaption', { count })}
        columns={[
          t('support.reference'),
          t('support.kind'),
          t('support.urgency'),
          t('support.organisation'),
          t('support.status'),
          t('support.since'),
        ]}
        row={(r) => (
          <TableRow key={r.id}>
            <TableHeaderCell scope="row">
              <RouterLink to={`/steun/wachtrij/${r.id}`}>{r.reference}</RouterLink>
            </TableHeaderCell>
            <TableCell>{t(`support.kinds.${r.kind}`)}</TableCell>
            <TableCell>{t(`support.urgencies.${r.urgency}`)}</TableCell>
            <TableCell>{r.organisationName}</TableCell>
            <TableCell>{t(`support.statuses.${r.status}`)}</TableCell>
            <TableCell>{format.date(r.statusOn)}</TableCell>
          </TableRow>
        )}
      />
      <Paragraph>
        <RouterLink to="/steun">{t('support.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
