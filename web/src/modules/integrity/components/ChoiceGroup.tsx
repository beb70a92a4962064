import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  VisuallyHidden,
} from '../../../ui';

interface Props {
  /** Id of the group; the first option carries it, so the error summary can focus it. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | null;
  options: readonly string[];
  labelOf: (value: string) => string;
  value: string;
  onChange: (value: string) => void;
}

/** A fieldset of radio buttons with legend, description and error message. */
export function RadioGroup({
  id,
  legend,
  description,
  error,
  options,
  labelOf,
  value,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const descId = description ? `${id}-description` : undefined;
  const errId = error ? `${id}-error` : undefined;
  return (
    <Fieldset
      invalid={Boolean(error)}
      aria-describedby={[descId, errId].filter(Boolean).join(' ') || undefined}
      className="weerbaar-integrity-choices"
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
        return (
          <div key={option} className="weerbaar-integrity-choice">
            <RadioButton
              id={optionId}
              name={id}
              value={option}
              checked={value === option}
              invalid={Boolean(error)}
              onChange={() => onChange(option)}
            />
            <FormLabel htmlFor={optionId} type="radio">
              {labelOf(option)}
            </FormLabel>
          </div>
        );
      })}
    </Fieldset>
  );
}
