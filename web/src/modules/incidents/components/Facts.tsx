import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '../../../ui';
import type { MyIncident } from '../api';

/** The facts of a report as a definition list, and the narrative. */
export function Facts({ incident }: { incident: Omit<MyIncident, 'policeReport'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const v = (x: string) => t(`incidents.value.${x}`);
  const rows: [string, string][] = [
    [t('incidents.statusLabel'), v(incident.status)],
    [
      t('incidents.occurred'),
      `${format.date(incident.occurredOn)}${incident.occurredTime ? ` ${incident.occurredTime}` : ''}`,
    ],
    [t('incidents.kind'), incident.kinds.map(v).join(', ')],
    [
      t('incidents.location'),
      [v(incident.location), incident.locationDetail].filter(Boolean).join(' – '),
    ],
    [t('incidents.channel'), v(incident.channel)],
    [t('incidents.target'), [v(incident.target), incident.victimName].filter(Boolean).join(': ')],
    [t('incidents.impacts'), incident.impacts.map(v).join(', ') || '–'],
  ];
  if (incident.email) {
    rows.push([
      'E-mail',
      [incident.email.senderAddress, incident.email.subject].filter(Boolean).join(' – '),
    ]);
  }
  return (
    <>
      <DataList className="weerbaar-facts">
        {rows.map(([k, value]) => (
          <DataListItem key={k}>
            <DataListKey>{k}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      <Heading level={3}>{t('incidents.narrative')}</Heading>
      <Paragraph className="weerbaar-prewrap">
        {incident.narrative ?? t('incidents.anonymised')}
      </Paragraph>
    </>
  );
}

/** The conversation between reporter and handler. */
export function MessageList({ messages }: { messages: MyIncident['messages'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (messages.length === 0) return <Paragraph>{t('incidents.noMessages')}</Paragraph>;
  return (
    <ol className="weerbaar-messages">
      {messages.map((m) => (
        <li key={m.id}>
          <Paragraph>
            <strong>
              {m.authorRole === 'handler'
                ? t('incidents.fromHandler')
                : t('incidents.fromReporter')}
            </strong>{' '}
            ({format.dateTime(m.createdAt)})
          </Paragraph>
          <Paragraph className="weerbaar-prewrap">{m.body}</Paragraph>
        </li>
      ))}
    </ol>
  );
}
