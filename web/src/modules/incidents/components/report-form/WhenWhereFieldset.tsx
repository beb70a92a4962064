import { ChoiceGroup, TextField } from '../../../../ui';
import { CHANNELS, LOCATIONS } from '../../vocabulary';
import { ReportSection } from './ReportSection';
import { today } from './report-form';
import { type ReportSectionProps, useReportFields } from './useReportFields';

/** When and where it happened, and how it reached the person. */
export function WhenWhereFieldset(props: ReportSectionProps) {
  const { t, required, optional, text, choice } = useReportFields(props);
  return (
    <ReportSection title={t('incidents.when')}>
      <TextField {...text('occurredOn')} type="date" max={today()} label={required('occurredOn')} />
      <TextField {...text('occurredTime')} type="time" label={optional('occurredTime')} />
      <ChoiceGroup {...choice('location')} legend={required('location')} options={LOCATIONS} />
      <TextField {...text('locationDetail')} label={optional('locationDetail')} />
      <ChoiceGroup {...choice('channel')} legend={required('channel')} options={CHANNELS} />
    </ReportSection>
  );
}
