import { ChoiceGroup, TextField } from '../../../../ui';
import { REPORTER_GROUPS, TARGETS } from '../../vocabulary';
import { ReportSection } from './ReportSection';
import { type ReportSectionProps, useReportFields } from './useReportFields';

/** Who reports, about whom, and a phone number to reach them. */
export function AboutYouFieldset(props: ReportSectionProps) {
  const { t, required, optional, text, choice } = useReportFields(props);
  return (
    <ReportSection title={t('incidents.aboutYou')}>
      <ChoiceGroup
        {...choice('reporterGroup')}
        legend={required('reporterGroup')}
        options={REPORTER_GROUPS}
      />
      <ChoiceGroup {...choice('target')} legend={t('incidents.target')} options={TARGETS} />
      {props.form.target !== 'self' ? (
        <TextField {...text('victimName')} label={optional('victimName')} />
      ) : null}
      <TextField
        {...text('contactPhone')}
        type="tel"
        autoComplete="tel"
        label={optional('contactPhone')}
      />
    </ReportSection>
  );
}
