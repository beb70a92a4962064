/**
 * Pure paging helpers for lists whose page lives in the address bar
 * (`?pagina=2`), so back/forward, reload and shared links keep the page.
 */

/** The search parameter that holds the page number; URLs are Dutch. */
export const PAGE_PARAM = 'pagina';

/** Higher page numbers in the address bar are treated as typing errors (page 1). */
export const MAX_PAGE = 10_000;

/** Pages shown on either side of the current page before an ellipsis. */
const SIBLINGS = 1;

/** A page number to link to, or a gap shown as an ellipsis. */
export type PageListItem = number | 'gap';

/** The page number in `value` (a search parameter); 1 when absent or not a page number. */
export function parsePage(value: string | null | undefined): number {
  if (!value || !/^[1-9]\d{0,5}$/.test(value)) return 1;
  const page = Number(value);
  return page <= MAX_PAGE ? page : 1;
}

/** How many pages `total` items fill; at least 1, so an empty list still has a page. */
export function pageCountOf(total: number, pageSize: number): number {
  if (!Number.isFinite(total) || total <= 0 || pageSize <= 0) return 1;
  return Math.ceil(total / pageSize);
}

/** The offset of the first item on `page` (1-based). */
export function offsetOf(page: number, pageSize: number): number {
  return (Math.max(1, page) - 1) * pageSize;
}

/**
 * The page numbers to show: always the first and last page and the pages
 * next to the current one; longer runs become a gap. A gap never hides a
 * single page (that page is shown instead), so "1 … 3" does not occur.
 */
export function pageList(current: number, pageCount: number): PageListItem[] {
  const count = Math.max(1, Math.floor(pageCount));
  const page = Math.min(Math.max(1, Math.floor(current)), count);
  const shown = new Set([1, count]);
  for (let p = page - SIBLINGS; p <= page + SIBLINGS; p++) if (p >= 1 && p <= count) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const items: PageListItem[] = [];
  let previous = 0;
  for (const p of sorted) {
    if (p - previous === 2) items.push(p - 1);
    else if (p - previous > 2) items.push('gap');
    items.push(p);
    previous = p;
  }
  return items;
}

/**
 * The search parameters with the page set: page 1 drops the parameter, so
 * the first page has one address. Other parameters (the filters) stay.
 */
export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete(PAGE_PARAM);
  else next.set(PAGE_PARAM, String(page));
  return next;
}
