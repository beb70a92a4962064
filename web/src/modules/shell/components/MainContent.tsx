import { type MouseEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageContent, SkipLink } from '../../../ui';

export const MAIN_CONTENT_ID = 'main-content';

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_CONTENT_ID);
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** The first tab stop of every page: jump past header and navigation. */
export function SkipToContent() {
  const { t } = useTranslation();
  return (
    <SkipLink href={`#${MAIN_CONTENT_ID}`} onClick={focusMain}>
      {t('shell.skipLink')}
    </SkipLink>
  );
}

/**
 * The path whose page last received focus. Module-level (not per layout) so
 * that moving between layouts, e.g. from the login page into the app shell,
 * also counts as navigation. Null until the first page rendered: on a full
 * page load the browser's own focus handling applies.
 */
let lastPath: string | null = null;

/**
 * The <main> landmark. After in-app navigation focus moves here, so keyboard
 * and screen-reader users start reading the new page instead of being left on
 * the link they used (which may no longer exist).
 */
export function MainContent({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    if (lastPath === null) {
      lastPath = pathname;
      return;
    }
    if (lastPath === pathname) return;
    lastPath = pathname;
    ref.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <PageContent>
      <main ref={ref} id={MAIN_CONTENT_ID} tabIndex={-1} className="weerbaar-main weerbaar-stack">
        {children}
      </main>
    </PageContent>
  );
}
