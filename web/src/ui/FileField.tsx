import { FormField } from './FormField';
import './file-field.css';

/** A labelled file input (one file, or several with `multiple`) that hands over the chosen files. */
export function FileField({
  id,
  label,
  description,
  error,
  accept,
  multiple,
  onFiles,
}: {
  id: string;
  label: string;
  description: string;
  error?: string | null;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {({ invalid, ...a11y }) => (
        <input
          {...a11y}
          aria-invalid={invalid || undefined}
          className="utrecht-textbox weerbaar-file-field"
          type="file"
          multiple={multiple}
          accept={accept}
          onChange={(e) => onFiles(Array.from(e.target.files ?? []))}
        />
      )}
    </FormField>
  );
}
