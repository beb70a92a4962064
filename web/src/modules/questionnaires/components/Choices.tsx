import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  VisuallyHidden,
} from '../../../ui';

export interface Choice {
  value: string;
  label: ReactNode;
}

interface Props {
  /** Id of the group; the first option gets it, so the error summary can focus it. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | null;
  choices: readonly Choice[];
  multiple?: boolean;
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
  required?: boolean;
}

/** A fieldset of radio buttons or checkboxes with legend, description and error message. */
export function Choices({
  id,
  legend,
  description,
  error,
  choices,
  multiple,
  selected,
  onToggle,
  required,
}: Props) {
  const { t } = useTranslation();
  const descId = description ? `${id}-description` : undefined;
  const errId = error ? `${id}-error` : undefined;
  const describedBy = [descId, errId].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy} className="weerbaar-q-group">
      <FieldsetLegend>
        {legend}
        {required ? null : (
          <span className="weerbaar-q-optional"> {t('questionnaires.optional')}</span>
        )}
      </FieldsetLegend>
      {description ? <FormFieldDescription id={descId}>{description}</FormFieldDescription> : null}
      {error ? (
        <FormFieldErrorMessage id={errId}>
          <VisuallyHidden>{t('common.errorPrefix')} </VisuallyHidden>
          {error}
        </FormFieldErrorMessage>
      ) : null}
      {choices.map((choice, i) => {
        const optionId = i === 0 ? id : `${id}--${choice.value}`;
        const checked = selected.includes(choice.value);
        return (
          <div key={choice.value} className="weerbaar-q-choice">
            {multiple ? (
              <Checkbox
                id={optionId}
                name={id}
                value={choice.value}
                checked={checked}
                invalid={Boolean(error)}
                onChange={(e) => onToggle(choice.value, e.target.checked)}
              />
            ) : (
              <RadioButton
                id={optionId}
                name={id}
                value={choice.value}
                checked={checked}
                invalid={Boolean(error)}
                onChange={() => onToggle(choice.value, true)}
              />
            )}{' '}
            <FormLabel htmlFor={optionId} type={multiple ? 'checkbox' : 'radio'}>
              {choice.label}
            </FormLabel>
          </div>
        );
      })}
    </Fieldset>
  );
}
