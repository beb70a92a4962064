import { useTranslation } from 'react-i18next';
import { FileField as UiFileField } from '../../../ui';

/** Accepted by the server (checked by content there); this only helps the file picker. */
export const ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv,.eml,.mp3,.m4a,.wav,.docx,.xlsx,.pptx,.odt,.ods,.odp';

/** The integrity channel's file input: several files, with the size rule and a metadata warning. */
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
    <UiFileField
      id={id}
      label={label ?? t('integrity.form.files')}
      description={t('integrity.form.filesHint')}
      error={error}
      accept={ACCEPT}
      multiple
      onFiles={onChange}
    />
  );
}
