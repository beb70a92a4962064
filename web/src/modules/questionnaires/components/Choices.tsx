import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset, ChoiceOption } from '../../../ui';

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
  return (
    <ChoiceFieldset
      id={id}
      legend={
        <>
          {legend}
          {required ? null : (
            <span className="weerbaar-q-optional"> {t('questionnaires.optional')}</span>
          )}
        </>
      }
      description={description}
      error={error}
      className="weerbaar-q-group"
    >
      {choices.map((choice, i) => {
        const optionId = i === 0 ? id : `${id}--${choice.value}`;
        return (
          <ChoiceOption
            key={choice.value}
            id={optionId}
            name={id}
            value={choice.value}
            label={choice.label}
            multiple={multiple}
            checked={selected.includes(choice.value)}
            invalid={Boolean(error)}
            className="weerbaar-q-choice"
            onChange={(checked) => onToggle(choice.value, checked)}
          />
        );
      })}
    </ChoiceFieldset>
  );
}
