// Straight from ui/paging (not ui/index): this file stays pure, free of React and CSS, for unit tests.
import { offsetOf, PAGE_PARAM, pageCountOf, parsePage } from '../../ui/paging';

/** Reports per page of the register (the API allows 1..200). */
export const REGISTER_PAGE_SIZE = 50;

/** The filters the register keeps in the address bar; the API takes the same names. */
export const REGISTER_FILTERS = [
  'status',
  'kind',
  'channel',
  'from',
  'to',
  'handler',
  'overdue',
  'q',
] as const;
export type RegisterFilterName = (typeof REGISTER_FILTERS)[number];

const isFilter = (key: string): key is RegisterFilterName =>
  (REGISTER_FILTERS as readonly string[]).includes(key);

/**
 * The filters in the address that have a value. The page and anything else
 * is left out: the API refuses parameters it does not know.
 */
export function filtersOf(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params.entries()].filter(([k, v]) => isFilter(k) && v));
}

/** The values for the filter form, '' for a filter that is not set. */
export function filterDraftOf(params: URLSearchParams): Record<RegisterFilterName, string> {
  return Object.fromEntries(REGISTER_FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<
    RegisterFilterName,
    string
  >;
}

/** The page of the register in the address (`?pagina=2`); 1 when absent or invalid. */
export function registerPageOf(params: URLSearchParams): number {
  return parsePage(params.get(PAGE_PARAM));
}

/** The API query for the page in the address: the filters plus limit and offset. */
export function registerApiQuery(params: URLSearchParams): URLSearchParams {
  const query = filtersOf(params);
  query.set('limit', String(REGISTER_PAGE_SIZE));
  query.set('offset', String(offsetOf(registerPageOf(params), REGISTER_PAGE_SIZE)));
  return query;
}

/** The query for the CSV and XLSX exports: the filters without search (exports take no `q`). */
export function registerExportQuery(params: URLSearchParams): URLSearchParams {
  const query = filtersOf(params);
  query.delete('q');
  return query;
}

/** What the register shows for one answer of the API. */
export interface RegisterPaging<T> {
  items: T[];
  pageCount: number;
  /** Position of the first and last report on this page (1-based; 0 when none). */
  first: number;
  last: number;
  /** The page number is past the last page (e.g. an old link after reports were closed). */
  pastEnd: boolean;
  /** Without a search: how many reports match the filters; with one: how many it found. */
  count: { kind: 'total'; total: number } | { kind: 'found'; found: number };
}

/** Split an API answer (asked for with registerApiQuery) into what the page shows. */
export function registerPaging<T>(
  page: number,
  answer: { items: T[]; total: number; matched: number | null },
): RegisterPaging<T> {
  const offset = offsetOf(page, REGISTER_PAGE_SIZE);
  const counted = answer.matched ?? answer.total;
  return {
    items: answer.items,
    pageCount: pageCountOf(counted, REGISTER_PAGE_SIZE),
    first: answer.items.length > 0 ? offset + 1 : 0,
    last: offset + answer.items.length,
    pastEnd: page > 1 && answer.items.length === 0,
    count:
      answer.matched === null
        ? { kind: 'total', total: answer.total }
        : { kind: 'found', found: answer.matched },
  };
}
