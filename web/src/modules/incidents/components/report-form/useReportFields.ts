import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type ReportFormState, reportFieldId } from './report-form';
import type { SetReportField } from './useReportForm';

/** What every section of the report form gets: the values, their errors and a setter. */
export interface ReportSectionProps {
  form: ReportFormState;
  errors: Record<string, string>;
  set: SetReportField;
}

/** The fields of the form whose value is of type V. */
type FieldsOf<V> = {
  [K in keyof ReportFormState]: ReportFormState[K] extends V ? K : never;
}[keyof ReportFormState];

/**
 * Labels and bound props for the report form's fields, so a section names each field once:
 * `<TextField {...text('narrative')} label={required('narrative')} />`.
 */
export function useReportFields({ form, errors, set }: ReportSectionProps) {
  const { t } = useTranslation();
  const v = (value: string) => t(`incidents.value.${value}`);
  return {
    t,
    /** A value of one of the closed lists, in words. */
    v,
    required: (key: string) => `${t(`incidents.${key}`)} ${t('incidents.required')}`,
    optional: (key: string) => `${t(`incidents.${key}`)} ${t('incidents.optional')}`,
    /** For TextField, TextareaField and SelectField. */
    text: <K extends FieldsOf<string>>(name: K) => ({
      id: reportFieldId(name),
      value: form[name],
      error: errors[name],
      onChange: (e: ChangeEvent<{ value: string }>) =>
        set(name, e.target.value as ReportFormState[K]),
    }),
    /** For ChoiceGroup: radio buttons (a string field) or checkboxes (a list field). */
    choice: <K extends FieldsOf<string> | FieldsOf<string[]>>(name: K) => ({
      id: reportFieldId(name),
      labelOf: v,
      value: form[name],
      error: errors[name],
      onChange: (x: string | string[]) => set(name, x as ReportFormState[K]),
    }),
    /** For CheckboxField. */
    check: <K extends FieldsOf<boolean>>(name: K) => ({
      id: reportFieldId(name),
      checked: form[name],
      onChange: (x: boolean) => set(name, x as ReportFormState[K]),
    }),
  };
}
