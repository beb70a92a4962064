import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  SecondaryActionButton,
  TableCell,
  TableRow,
} from '../../../ui';
import { platformApi, type QueueStatus } from '../api';
import { PlatformGate } from '../components/PlatformGate';

const MB = 1024 * 1024;

/** Status: version, uptime, database size, background jobs and the mail queue. */
export function PlatformStatusPage() {
  const { t } = useTranslation();
  usePageTitle(t('platform.status.title'));
  return (
    <>
      <Heading level={1}>{t('platform.status.title')}</Heading>
      <PlatformGate>
        <Status />
      </PlatformGate>
    </>
  );
}

function Status() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, reload } = useLoad(() => platformApi.status(), []);
  const started = data ? new Date(Date.parse(data.checkedAt) - data.uptimeSeconds * 1000) : null;
  const queueTable = (rows: QueueStatus[] | null, empty: string) => (
    <ListTable
      data={rows}
      error={error}
      empty={empty}
      caption={(count) => t('platform.status.jobsCaption', { count })}
      columns={[
        t('platform.status.queue'),
        t('platform.status.pending'),
        t('platform.status.running'),
        t('platform.status.retrying'),
        t('platform.status.dead'),
        t('platform.status.done'),
        t('platform.status.lastFailure'),
      ]}
      row={(q) => (
        <TableRow key={q.queue}>
          <TableCell>{q.queue}</TableCell>
          <TableCell>{format.number(q.pending)}</TableCell>
          <TableCell>{format.number(q.running)}</TableCell>
          <TableCell>{format.number(q.retrying)}</TableCell>
          <TableCell>{format.number(q.dead)}</TableCell>
          <TableCell>{format.number(q.doneLastDay)}</TableCell>
          <TableCell>
            {q.lastFailureAt
              ? `${format.dateTime(q.lastFailureAt)} (${q.lastErrorClass ?? '?'})`
              : t('platform.status.none')}
          </TableCell>
        </TableRow>
      )}
    />
  );
  return (
    <>
      <Paragraph>
        <SecondaryActionButton type="button" onClick={reload}>
          {t('platform.status.refresh')}
        </SecondaryActionButton>
      </Paragraph>
      <Heading level={2}>{t('platform.status.general')}</Heading>
      {data ? (
        <DataList>
          <DataListItem>
            <DataListKey>{t('platform.status.version')}</DataListKey>
            <DataListValue>
              {data.version}
              {data.commit ? ` (${t('platform.status.commit')} ${data.commit})` : ''}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('platform.status.uptime')}</DataListKey>
            <DataListValue>{format.dateTime(started)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('platform.status.database')}</DataListKey>
            <DataListValue>
              {data.databaseBytes === null
                ? t('platform.status.unknown')
                : `${format.number(data.databaseBytes / MB, { maximumFractionDigits: 1 })} MB`}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('platform.status.checkedAt')}</DataListKey>
            <DataListValue>{format.dateTime(data.checkedAt)}</DataListValue>
          </DataListItem>
        </DataList>
      ) : null}
      <Heading level={2}>{t('platform.status.jobsTitle')}</Heading>
      {queueTable(data?.queues ?? null, t('platform.status.noJobs'))}
      <Heading level={2}>{t('platform.status.mailTitle')}</Heading>
      {queueTable(data?.mailQueues ?? null, t('platform.status.noMail'))}
    </>
  );
}
