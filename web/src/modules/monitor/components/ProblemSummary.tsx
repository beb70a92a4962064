import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui';

/** Problems from the API as an error summary; field errors link to the form's fields by id. */
export function problemItems(
  error: unknown,
  fieldIds: Record<string, string> = {},
): ErrorSummaryItem[] {
  if (!error) return [];
  if (isApiError(error)) {
    if (error.errors.length > 0) {
      return error.errors.map((e) => ({
        fieldId: fieldIds[e.field] ?? fieldIds['*'],
        message: e.message,
      }));
    }
    return [{ message: error.detail ?? error.title }];
  }
  return [{ message: (error as Error).message }];
}

export function ProblemSummary({ items }: { items: ErrorSummaryItem[] }) {
  const { t } = useTranslation();
  return <ErrorSummary errors={items} title={t('monitor.errorsTitle')} />;
}
