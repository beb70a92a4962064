import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../app/format';
import { StatusBadge } from '../../../ui';
import type { Clock, Clocks } from '../api';

const BADGE: Record<Clock['state'], string> = {
  open: 'neutral',
  due_soon: 'warning',
  overdue: 'danger',
  met: 'safe',
  met_late: 'warning',
  not_started: 'neutral',
};

/** One legal clock: what is due, by when, and how it stands ("nog 7 dagen", "2 dagen te laat"). */
export function ClockLine({ name, clock }: { name: 'acknowledgement' | 'feedback'; clock: Clock }) {
  const { t, i18n } = useTranslation();
  const due = formatDate(clock.dueOn, i18n.language);
  let state: string;
  if (clock.state === 'not_started') state = t('integrity.clock.notStarted');
  else if (clock.state === 'met' || clock.state === 'met_late')
    state = t(`integrity.clock.${clock.state}`, { date: formatDate(clock.metOn, i18n.language) });
  else if ((clock.daysLeft ?? 0) < 0)
    state = t('integrity.clock.overdueBy', { count: -(clock.daysLeft ?? 0) });
  else state = t('integrity.clock.daysLeft', { count: clock.daysLeft ?? 0 });
  return (
    <span className="weerbaar-integrity-clock" data-testid={`clock-${name}`}>
      {t(`integrity.clock.${name}`, { date: due })}{' '}
      <StatusBadge status={BADGE[clock.state]}>{state}</StatusBadge>
    </span>
  );
}

/** Both clocks, as a short list. */
export function ClockList({ clocks }: { clocks: Clocks }) {
  return (
    <ul className="weerbaar-integrity-clocks">
      <li>
        <ClockLine name="acknowledgement" clock={clocks.acknowledgement} />
      </li>
      <li>
        <ClockLine name="feedback" clock={clocks.feedback} />
      </li>
    </ul>
  );
}
