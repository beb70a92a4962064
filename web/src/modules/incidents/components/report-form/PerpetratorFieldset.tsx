import {
  CheckboxField,
  ChoiceGroup,
  SelectField,
  SelectOption,
  TextareaField,
} from '../../../../ui';
import { PERPETRATOR_TYPES } from '../../vocabulary';
import { ReportSection } from './ReportSection';
import { type ReportSectionProps, useReportFields } from './useReportFields';

/** The people involved on the other side: known or not, what kind, and a description. */
export function PerpetratorFieldset(props: ReportSectionProps) {
  const { t, v, required, optional, text, choice, check } = useReportFields(props);
  return (
    <ReportSection title={t('incidents.perpetrator')}>
      <ChoiceGroup
        {...choice('perpetratorKnown')}
        legend={required('perpetratorKnown')}
        options={['yes', 'no']}
        labelOf={(x) => t(`incidents.${x}`)}
      />
      <SelectField {...text('perpetratorType')} label={optional('perpetratorType')}>
        <SelectOption value="">{t('incidents.chooseOne')}</SelectOption>
        {PERPETRATOR_TYPES.map((p) => (
          <SelectOption key={p} value={p}>
            {v(p)}
          </SelectOption>
        ))}
      </SelectField>
      <CheckboxField {...check('perpetratorRepeat')} label={t('incidents.perpetratorRepeat')} />
      <TextareaField
        {...text('perpetratorDescription')}
        rows={3}
        label={optional('perpetratorDescription')}
      />
    </ReportSection>
  );
}
