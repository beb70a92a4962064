import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../app/format';
import type { IncidentDetail } from '../../api';
import { CaseSection } from './CaseSection';

/** What happened to the case: status changes and other events, each with its moment. */
export function CaseTimeline({ timeline }: { timeline: IncidentDetail['timeline'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const v = (x: string) => t(`incidents.value.${x}`);
  return (
    <CaseSection headingId="case-timeline" title={t('incidents.timeline')}>
      <ol className="weerbaar-timeline">
        {timeline.map((e) => (
          <li key={`${e.at}-${e.type}-${e.toStatus ?? ''}`}>
            {format.dateTime(e.at)} –{' '}
            {e.toStatus && e.fromStatus
              ? `${v(e.fromStatus)} → ${v(e.toStatus)}`
              : t(`incidents.event.${e.type}`, { defaultValue: e.type })}
            {/* A measure event's note is the measure's type code, not words for people. */}
            {e.note && e.type !== 'measure_added' && e.type !== 'measure_updated'
              ? ` (${e.note})`
              : ''}
          </li>
        ))}
      </ol>
    </CaseSection>
  );
}
