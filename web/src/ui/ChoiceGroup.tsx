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
  const selected = Array.isArray(value) ? value : [value];
  return (
    <ChoiceFieldset
      id={id}
      legend={legend}
      description={description}
      error={error}
      className="weerbaar-choice-group"
    >
      {options.map((option, i) => {
        const optionId = i === 0 ? id : `${id}-${option}`;
        const checked = selected.includes(option);
        return (
          <ChoiceOption
            key={option}
            id={optionId}
            name={id}
            value={option}
            label={labelOf(option)}
            multiple={multiple}
            checked={checked}
            invalid={Boolean(error)}
            className="weerbaar-choice"
            onChange={() =>
              onChange(
                multiple
                  ? checked
                    ? selected.filter((v) => v !== option)
                    : [...selected, option]
                  : option,
              )
            }
          />
        );
      })}
    </ChoiceFieldset>
  );
}

/**
 * The fieldset around a group of choices: legend, description and error message, tied to the
 * group with aria-describedby. Shared by ChoiceGroup and the questionnaire's Choices.
 */
export function ChoiceFieldset({
  id,
  legend,
  description,
  error,
  className,
  children,
}: {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | null;
  className: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const descId = description ? `${id}-description` : undefined;
  const errId = error ? `${id}-error` : undefined;
  const describedBy = [descId, errId].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy} className={className}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? <FormFieldDescription id={descId}>{description}</FormFieldDescription> : null}
      {error ? (
        <FormFieldErrorMessage id={errId}>
          <VisuallyHidden>{t('common.errorPrefix')} </VisuallyHidden>
          {error}
        </FormFieldErrorMessage>
      ) : null}
      {children}
    </Fieldset>
  );
}

/** One radio button or checkbox with its label; onChange gets the new checked state. */
export function ChoiceOption({
  id,
  name,
  value,
  label,
  multiple,
  checked,
  invalid,
  className,
  onChange,
}: {
  id: string;
  name: string;
  value: string;
  label: ReactNode;
  multiple?: boolean;
  checked: boolean;
  invalid: boolean;
  className: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className={className}>
      {multiple ? (
        <Checkbox
          id={id}
          name={name}
          value={value}
          checked={checked}
          invalid={invalid}
          onChange={(e) => onChange(e.target.checked)}
        />
      ) : (
        <RadioButton
          id={id}
          name={name}
          value={value}
          checked={checked}
          invalid={invalid}
          onChange={() => onChange(true)}
        />
      )}{' '}
      <FormLabel htmlFor={id} type={multiple ? 'checkbox' : 'radio'}>
        {label}
      </FormLabel>
    </div>
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
