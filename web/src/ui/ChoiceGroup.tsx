import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './choice-group.css';
import { VisuallyHidden } from './VisuallyHidden';

interface Props {
  /** Id of the group; the first option gets it too, so the error summary can focus it. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | null;
  options: readonly string[];
  labelOf: (value: string) => string;
  /** Radio buttons (one value) or checkboxes (several). */
  multiple?: boolean;
  value: string | string[];
  onChange: (value: string | string[]) => void;
}

/** A fieldset of radio buttons or checkboxes with legend, description and error message. */
export function ChoiceGroup({
  id,
  legend,
  description,
  error,
  options,
  labelOf,
  multiple,
  value,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const descId = description ? `${id}-description` : undefined;
  const errId = error ? `${id}-error` : undefined;
  const describedBy = [descId, errId].filter(Boolean).join(' ') || undefined;
  const selected = Array.isArray(value) ? value : [value];
  return (
    <Fieldset
      invalid={Boolean(error)}
      aria-describedby={describedBy}
      className="weerbaar-choice-group"
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? <FormFieldDescription id={descId}>{description}</FormFieldDescription> : null}
      {error ? (
        <FormFieldErrorMessage id={errId}>
          <VisuallyHidden>{t('common.errorPrefix')} </VisuallyHidden>
          {error}
        </FormFieldErrorMessage>
      ) : null}
      {options.map((option, i) => {
        const optionId = i === 0 ? id : `${id}-${option}`;
        const checked = selected.includes(option);
        return (
          <div key={option} className="weerbaar-choice">
            {multiple ? (
              <Checkbox
                id={optionId}
                name={id}
                value={option}
                checked={checked}
                invalid={Boolean(error)}
                onChange={() =>
                  onChange(checked ? selected.filter((v) => v !== option) : [...selected, option])
                }
              />
            ) : (
              <RadioButton
                id={optionId}
                name={id}
                value={option}
                checked={checked}
                invalid={Boolean(error)}
                onChange={() => onChange(option)}
              />
            )}{' '}
            <FormLabel htmlFor={optionId} type={multiple ? 'checkbox' : 'radio'}>
              {labelOf(option)}
            </FormLabel>
          </div>
        );
      })}
    </Fieldset>
  );
}

/** A fieldset of radio buttons: one value. */
export function RadioGroup({
  onChange,
  ...props
}: Omit<Props, 'multiple' | 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <ChoiceGroup
      {...props}
      onChange={(value) => onChange(typeof value === 'string' ? value : (value[0] ?? ''))}
    />
  );
}

/** A single labelled checkbox. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="weerbaar-choice">
      <Checkbox id={id} name={id} checked={checked} onChange={(e) => onChange(e.target.checked)} />{' '}
      <FormLabel htmlFor={id} type="checkbox">
        {label}
      </FormLabel>
    </div>
  );
}
