import {
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  FormField as UtrechtFormField,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from './VisuallyHidden';

/** Props to spread on the input so label, description and error are announced with it. */
export interface FieldA11yProps {
  id: string;
  name: string;
  'aria-describedby'?: string;
  invalid: boolean;
  required?: boolean;
}

export interface FormFieldProps {
  /** Id of the input; the error summary links to `#id`. */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** Message shown under the field; makes the field invalid. */
  error?: string | null;
  required?: boolean;
  /** Render the input with the given props, e.g. `(a11y) => <Textbox {...a11y} />`. */
  children: (a11y: FieldA11yProps) => ReactNode;
}

/**
 * Label, description, input and error message wired together: the input gets
 * aria-describedby pointing at description and error, and aria-invalid (via
 * the NLDS `invalid` prop) when there is an error.
 */
export function FormField({ id, label, description, error, required, children }: FormFieldProps) {
  const { t } = useTranslation();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <UtrechtFormField
      type="text"
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        description ? (
          <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>
        ) : undefined
      }
      input={children({
        id,
        name: id,
        'aria-describedby': describedBy,
        invalid: Boolean(error),
        required,
      })}
      errorMessage={
        error ? (
          <FormFieldErrorMessage id={errorId}>
            <VisuallyHidden>{t('common.errorPrefix')} </VisuallyHidden>
            {error}
          </FormFieldErrorMessage>
        ) : undefined
      }
    />
  );
}
