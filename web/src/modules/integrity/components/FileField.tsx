import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui';

/** Accepted by the server (checked by content there); this only helps the file picker. */
export const ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv,.eml,.mp3,.m4a,.wav,.docx,.xlsx,.pptx,.odt,.ods,.odp';

/** A labelled multiple-file input with the size rule and a metadata warning. */
export function FileField({
  id,
  error,
  onChange,
  label,
}: {
  id: string;
  error?: string | null;
  onChange: (files: File[]) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <FormField
      id={id}
      label={label ?? t('integrity.form.files')}
      description={t('integrity.form.filesHint')}
      error={error}
    >
      {({ invalid, ...a11y }) => (
        <input
          {...a11y}
          aria-invalid={invalid || undefined}
          className="utrecht-textbox weerbaar-integrity-file"
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => onChange([...(e.target.files ?? [])])}
        />
      )}
    </FormField>
  );
}
