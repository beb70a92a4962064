import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { hasAnyRole } from '../../../app/roles';
import { useSession } from '../../../app/session';
import {
  Alert,
  Heading,
  Paragraph,
  RouterLink,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '../../../ui';
import { supportApi } from '../api';

/** Steun: ask for support, follow your own requests (status only); the team's way to its queue. */
export function SupportPage() {
  const { t } = useTranslation();
  usePageTitle(t('support.title'));
  const orgId = useOrgId();
  const { roles } = useSession();
  const format = useFormat();
  const sent = (useLocation().state as { sent?: string } | null)?.sent;
  const mayRequest = hasAnyRole(roles, ['reporter', 'handler']);
  const { data, error } = useLoad(mayRequest && orgId ? () => supportApi.mine(orgId) : null, [
    orgId,
    mayRequest,
  ]);
  return (
    <>
      <Heading level={1}>{t('support.title')}</Heading>
      {sent ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('support.sentNotice', { reference: sent })}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('support.intro')}</Paragraph>
      {hasAnyRole(roles, ['support_worker']) ? (
        <Paragraph>
          <RouterLink to="/steun/wachtrij">{t('support.queueLink')}</RouterLink>
        </Paragraph>
      ) : null}
      {mayRequest ? (
        <>
          <Paragraph>
            <RouterLink to="/steun/nieuw">{t('support.requestLink')}</RouterLink>
          </Paragraph>
          <Heading level={2}>{t('support.mine')}</Heading>
          <Paragraph>{t('support.statusOnly')}</Paragraph>
          <ListTable
            data={data}
            error={error}
            empty={t('support.mineEmpty')}
            caption={(count) => t('support.mineCaption', { count })}
            columns={[
              t('support.reference'),
              t('support.kind'),
              t('support.urgency'),
              t('support.status'),
              t('support.since'),
            ]}
            row={(r) => (
              <TableRow key={r.id}>
                <TableHeaderCell scope="row">
                  {r.reference}
                  {r.onBehalf ? ` (${t('support.onBehalfMark')})` : ''}
                </TableHeaderCell>
                <TableCell>{t(`support.kinds.${r.kind}`)}</TableCell>
                <TableCell>{t(`support.urgencies.${r.urgency}`)}</TableCell>
                <TableCell>{t(`support.statuses.${r.status}`)}</TableCell>
                <TableCell>{format.date(r.statusOn)}</TableCell>
              </TableRow>
            )}
          />
        </>
      ) : null}
    </>
  );
}
