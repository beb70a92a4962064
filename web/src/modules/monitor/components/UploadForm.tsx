import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ErrorSummaryItem, FormField, Paragraph } from '../../../ui';
import { ProblemSummary, problemItems } from './ProblemSummary';

/**
 * A labelled file field with a submit button. Problems (naming line and
 * column of the file) appear in the error summary at the top and under the field.
 */
export function UploadForm({
  label,
  help,
  accept,
  submitLabel,
  extraFields,
  onUpload,
}: {
  label: string;
  help: string;
  accept: string;
  submitLabel: string;
  extraFields?: (ids: { prefix: string }) => ReactNode;
  onUpload: (file: File, form: HTMLFormElement) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const prefix = useId().replace(/:/g, '');
  const fileId = `${prefix}-file`;
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem(fileId) as HTMLInputElement).files?.[0];
    setMessage(null);
    if (!file) {
      setErrors([{ fieldId: fileId, message: t('monitor.file') }]);
      return;
    }
    setBusy(true);
    try {
      const done = await onUpload(file, form);
      setErrors([]);
      setMessage(done);
    } catch (error) {
      setErrors(
        problemItems(error, {
          file: fileId,
          'body.stratumColumn': `${prefix}-stratumColumn`,
          'body.weightColumn': `${prefix}-weightColumn`,
          'body.genderColumn': `${prefix}-genderColumn`,
          '*': fileId,
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const fileError = errors.find((e) => e.fieldId === fileId)?.message ?? null;
  return (
    <form onSubmit={submit} noValidate>
      <ProblemSummary items={errors} />
      <FormField id={fileId} label={label} description={help} error={fileError}>
        {(a11y) => (
          <input
            type="file"
            id={a11y.id}
            name={a11y.name}
            accept={accept}
            aria-describedby={a11y['aria-describedby']}
            aria-invalid={a11y.invalid || undefined}
            className="utrecht-textbox"
          />
        )}
      </FormField>
      {extraFields?.({ prefix })}
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {submitLabel}
      </Button>
      {message ? (
        <Paragraph role="status" aria-live="polite">
          {message}
        </Paragraph>
      ) : null}
    </form>
  );
}
