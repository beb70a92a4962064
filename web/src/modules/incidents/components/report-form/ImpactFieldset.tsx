import { CheckboxField, ChoiceGroup, TextareaField } from '../../../../ui';
import { IMPACTS } from '../../vocabulary';
import { ReportSection } from './ReportSection';
import { reportFieldId } from './report-form';
import { type ReportSectionProps, useReportFields } from './useReportFields';

/** What it did to the person, who saw it, and whether the police were called. */
export function ImpactFieldset(props: ReportSectionProps) {
  const { form, set } = props;
  const { t, v, optional, check } = useReportFields(props);
  // No error message under impacts or witness details: nothing checks them here, and a
  // message from the server still shows in the error summary.
  return (
    <ReportSection title={t('incidents.impact')}>
      <ChoiceGroup
        id={reportFieldId('impacts')}
        multiple
        legend={optional('impacts')}
        options={IMPACTS}
        labelOf={v}
        value={form.impacts}
        onChange={(x) => set('impacts', x as string[])}
      />
      <CheckboxField {...check('witnesses')} label={t('incidents.witnesses')} />
      {form.witnesses ? (
        <TextareaField
          id={reportFieldId('witnessDetails')}
          rows={2}
          label={optional('witnessDetails')}
          value={form.witnessDetails}
          onChange={(e) => set('witnessDetails', e.target.value)}
        />
      ) : null}
      <CheckboxField {...check('policeCalled')} label={t('incidents.policeCalled')} />
    </ReportSection>
  );
}
