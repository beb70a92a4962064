import {
  Alert,
  Heading,
  Link,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type MouseEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  /** Id of the field this message is about; the message links to it. */
  fieldId?: string;
  message: string;
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  title?: string;
  /** Heading level of the title; 2 under the page's h1. */
  headingLevel?: number;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/**
 * The list of problems at the top of a form. It takes focus whenever a new
 * list of errors is shown (pass a new array per submit), so keyboard and
 * screen-reader users hear what went wrong; each message links to its field.
 */
export function ErrorSummary({ errors, title, headingLevel = 2 }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  return (
    <Alert
      ref={ref}
      type="error"
      tabIndex={-1}
      aria-labelledby={headingId}
      className="weerbaar-error-summary"
    >
      <Heading level={headingLevel} id={headingId}>
        {title ?? t('common.errorSummaryTitle')}
      </Heading>
      <UnorderedList>
        {errors.map((error) => (
          <UnorderedListItem key={`${error.fieldId ?? ''}:${error.message}`}>
            {error.fieldId ? (
              <Link
                href={`#${error.fieldId}`}
                onClick={(event) => focusField(event, error.fieldId as string)}
              >
                {error.message}
              </Link>
            ) : (
              error.message
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}
