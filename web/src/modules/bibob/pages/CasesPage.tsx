import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Heading, Paragraph, RouterLink, StatusBadge, TableCell, TableRow } from '../../../ui';
import { bibobApi } from '../api';

/** The organisation's screening cases with their stage and the deadline to watch. */
export function CasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('bibob.cases.title'));
  const orgId = useOrgId();
  const format = useFormat();
  const cases = useLoad(orgId ? () => bibobApi.cases(orgId) : null, [orgId]);
  return (
    <>
      <Heading level={1}>{t('bibob.cases.title')}</Heading>
      <Paragraph>
        <RouterLink to="/bibob/dossiers/nieuw">{t('bibob.cases.new')}</RouterLink>
      </Paragraph>
      <ListTable
        data={cases.data}
        error={cases.error}
        empty={t('bibob.cases.empty')}
        caption={(count) => t('bibob.cases.caption', { count })}
        columns={[
          t('bibob.cases.reference'),
          t('bibob.cases.applicant'),
          t('bibob.cases.kind'),
          t('bibob.cases.received'),
          t('bibob.cases.stage'),
          t('bibob.cases.next'),
        ]}
        row={(c) => (
          <TableRow key={c.id}>
            <TableCell>
              <RouterLink to={`/bibob/dossiers/${c.id}`}>{c.reference}</RouterLink>
            </TableCell>
            <TableCell>{c.applicantName}</TableCell>
            <TableCell>{t(`bibob.areas.${c.kind}`)}</TableCell>
            <TableCell>{format.date(c.receivedOn)}</TableCell>
            <TableCell>{t(`bibob.stage.${c.stage}`)}</TableCell>
            <TableCell>
              {c.nextDeadline ? (
                <>
                  {t(`bibob.case.kinds.${c.nextDeadline.kind}`)}: {format.date(c.nextDeadline.due)}{' '}
                  {c.overdue > 0 ? (
                    <StatusBadge status="danger">{t('bibob.cases.overdue')}</StatusBadge>
                  ) : null}
                </>
              ) : null}
            </TableCell>
          </TableRow>
        )}
      />
      <Paragraph>
        <RouterLink to="/bibob">{t('bibob.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
