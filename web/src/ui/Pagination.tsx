import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type To, useHref, useLinkClickHandler } from 'react-router';
import { pageList } from './paging';
import './pagination.css';

export interface PaginationProps {
  /** The current page (1-based). */
  page: number;
  /** How many pages there are (or, when unknown, how many are known to exist). */
  pageCount: number;
  /** Where page `page` is, e.g. the current path with `?pagina=2` and the filters. */
  to: (page: number) => To;
  /** Name of the navigation landmark; "Paginering" by default. */
  label?: string;
}

interface PageLinkProps {
  to: To;
  className: string;
  children: ReactNode;
  rel?: string;
  current?: boolean;
  ariaLabel?: string;
}

/** A plain link (not an NLDS Link: the pagination classes style it) that navigates in the app. */
function PageLink({ to, className, children, rel, current, ariaLabel }: PageLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <a
      href={href}
      className={className}
      rel={rel}
      aria-label={ariaLabel}
      aria-current={current ? 'page' : undefined}
      onClick={navigate}
    >
      {children}
    </a>
  );
}

/**
 * Previous/next and page-number links for a long list, in a <nav> landmark.
 * The page lives in the address (see paging.ts), so these are real links:
 * they open in a new tab, and back/forward and reload keep the page. The
 * current page is marked with aria-current="page" and not by colour alone.
 * Renders nothing when everything fits on one page.
 */
export function Pagination({ page, pageCount, to, label }: PaginationProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  const current = Math.min(page, pageCount);
  return (
    <nav
      className="utrecht-pagination utrecht-pagination--distanced weerbaar-pagination"
      aria-label={label ?? t('common.pagination.label')}
    >
      <ul className="weerbaar-pagination__list">
        {page > 1 ? (
          <li>
            <PageLink
              to={to(current === page ? page - 1 : pageCount)}
              rel="prev"
              className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
            >
              {t('common.pagination.previous')}
            </PageLink>
          </li>
        ) : null}
        {pageList(current, pageCount).map((item, index) =>
          item === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity but its place
            <li key={`gap-${index}`} className="weerbaar-pagination__gap">
              …
            </li>
          ) : (
            <li key={item}>
              <PageLink
                to={to(item)}
                current={item === page}
                ariaLabel={t('common.pagination.page', { page: item })}
                className={
                  item === page
                    ? 'utrecht-pagination__page-link utrecht-pagination__page-link--current'
                    : 'utrecht-pagination__page-link'
                }
              >
                {item}
              </PageLink>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <PageLink
              to={to(page + 1)}
              rel="next"
              className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
            >
              {t('common.pagination.next')}
            </PageLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
