import {
  Select,
  type SelectProps,
  Textarea,
  type TextareaProps,
  Textbox,
  type TextboxProps,
} from '@utrecht/component-library-react';
import { forwardRef, type ReactNode } from 'react';
import { FormField } from './FormField';

interface FieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | null;
  required?: boolean;
}

type Omitted = 'id' | 'name' | 'invalid' | 'required' | 'aria-describedby';

/** A labelled text input (NLDS Textbox) with description and error message. */
export const TextField = forwardRef<
  HTMLInputElement,
  FieldProps & Omit<TextboxProps, Omitted> & { name?: string }
>(({ id, label, description, error, required, name, ...input }, ref) => (
  <FormField id={id} label={label} description={description} error={error} required={required}>
    {(a11y) => <Textbox ref={ref} {...input} {...a11y} name={name ?? a11y.name} />}
  </FormField>
));
TextField.displayName = 'TextField';

/** A labelled multi-line text input (NLDS Textarea) with description and error message. */
export const TextareaField = forwardRef<
  HTMLTextAreaElement,
  FieldProps & Omit<TextareaProps, Omitted> & { name?: string }
>(({ id, label, description, error, required, name, ...input }, ref) => (
  <FormField id={id} label={label} description={description} error={error} required={required}>
    {(a11y) => <Textarea ref={ref} {...input} {...a11y} name={name ?? a11y.name} />}
  </FormField>
));
TextareaField.displayName = 'TextareaField';

/** A labelled select (NLDS Select); pass SelectOption children. */
export const SelectField = forwardRef<
  HTMLSelectElement,
  FieldProps & Omit<SelectProps, Omitted> & { name?: string }
>(({ id, label, description, error, required, name, children, ...input }, ref) => (
  <FormField id={id} label={label} description={description} error={error} required={required}>
    {(a11y) => (
      <Select ref={ref} {...input} {...a11y} name={name ?? a11y.name}>
        {children}
      </Select>
    )}
  </FormField>
));
SelectField.displayName = 'SelectField';
