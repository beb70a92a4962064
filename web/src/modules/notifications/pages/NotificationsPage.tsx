import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ButtonGroup,
  Heading,
  Paragraph,
  RouterLink,
  SecondaryActionButton,
  StatusBadge,
  SubtleButton,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '../../../ui';
import { NOTIFICATIONS_CHANGED, type NotificationItem, notificationsApi, pathOf } from '../api';

/** Your notifications: newest first, unread marked, each a link into the app. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const orgId = useOrgId();
  const format = useFormat();
  const navigate = useNavigate();
  const { data, error, set } = useLoad(orgId ? () => notificationsApi.list(orgId) : null, [orgId]);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const changed = (unread: number, read: (item: NotificationItem) => boolean, said: string) => {
    if (data) set({ unread, items: data.items.map((i) => ({ ...i, read: i.read || read(i) })) });
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    setStatus(said);
  };

  const markOne = async (item: NotificationItem) => {
    setFailure(null);
    try {
      const { unread } = await notificationsApi.markRead(orgId, item.id);
      changed(unread, (i) => i.id === item.id, t('notifications.oneRead'));
      heading.current?.focus();
    } catch (e) {
      setFailure(e);
    }
  };

  const open = async (item: NotificationItem) => {
    if (!item.read) await notificationsApi.markRead(orgId, item.id).catch(() => undefined);
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    navigate(pathOf(item));
  };

  const markAll = async () => {
    setFailure(null);
    try {
      const { unread } = await notificationsApi.markAllRead(orgId);
      changed(unread, () => true, t('notifications.allRead'));
    } catch (e) {
      setFailure(e);
    }
  };

  return (
    <>
      <Heading level={1} ref={heading} tabIndex={-1}>
        {t('notifications.title')}
      </Heading>
      <Paragraph>{t('notifications.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/account/notificaties">{t('notifications.preferencesLink')}</RouterLink>
      </Paragraph>
      <div role="status" className="weerbaar-visually-hidden">
        {status}
      </div>
      {failure ? (
        <Alert type="error">
          <Paragraph>{errorMessage(failure)}</Paragraph>
        </Alert>
      ) : null}
      {data && data.unread > 0 ? (
        <ButtonGroup>
          <SecondaryActionButton type="button" onClick={() => void markAll()}>
            {t('notifications.markAll')}
          </SecondaryActionButton>
        </ButtonGroup>
      ) : null}
      <ListTable
        data={data?.items ?? null}
        error={error}
        empty={t('notifications.empty')}
        caption={(count) => t('notifications.caption', { count })}
        columns={[
          t('notifications.columnWhat'),
          t('notifications.columnWhen'),
          t('notifications.columnStatus'),
          t('notifications.columnAction'),
        ]}
        row={(item) => (
          <TableRow key={item.id}>
            <TableHeaderCell scope="row">
              {item.urgent ? (
                <>
                  <StatusBadge status="danger">{t('notifications.urgent')}</StatusBadge>{' '}
                </>
              ) : null}
              <RouterLink
                to={pathOf(item)}
                onClick={(e) => {
                  e.preventDefault();
                  void open(item);
                }}
              >
                {t(`notifications.events.${item.eventType}`)}
              </RouterLink>
            </TableHeaderCell>
            <TableCell>{format.dateTime(item.occurredAt)}</TableCell>
            <TableCell>
              {item.read ? t('notifications.read') : <strong>{t('notifications.unread')}</strong>}
            </TableCell>
            <TableCell>
              {item.read ? null : (
                <SubtleButton type="button" onClick={() => void markOne(item)}>
                  {t('notifications.markRead')}
                </SubtleButton>
              )}
            </TableCell>
          </TableRow>
        )}
      />
    </>
  );
}
