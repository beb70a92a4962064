import { describe, expect, it } from 'vitest';
import {
  filterDraftOf,
  filtersOf,
  REGISTER_PAGE_SIZE,
  registerApiQuery,
  registerExportQuery,
  registerPageOf,
  registerPaging,
} from './register-query';

const reports = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}` }));

describe('register address', () => {
  it('reads the filters with a value and leaves out the page and unknown parameters', () => {
    const params = new URLSearchParams('status=received&status=closed&q=&pagina=2&foo=bar');
    expect(filtersOf(params).toString()).toBe('status=received&status=closed');
    expect(filterDraftOf(params)).toMatchObject({ status: 'received', q: '', kind: '' });
  });

  it('reads the page, 1 when it is missing or not a page number', () => {
    expect(registerPageOf(new URLSearchParams('pagina=3'))).toBe(3);
    expect(registerPageOf(new URLSearchParams(''))).toBe(1);
    expect(registerPageOf(new URLSearchParams('pagina=nul'))).toBe(1);
  });

  it('asks the API for one page, at the offset of the page', () => {
    const query = registerApiQuery(new URLSearchParams('kind=threat&pagina=3'));
    expect(query.get('kind')).toBe('threat');
    expect(query.get('limit')).toBe(String(REGISTER_PAGE_SIZE));
    expect(query.get('offset')).toBe(String(2 * REGISTER_PAGE_SIZE));
    expect(query.has('pagina')).toBe(false);
  });

  it('exports the filters without search or page', () => {
    const params = new URLSearchParams('channel=phone&q=balie&pagina=2');
    expect(registerExportQuery(params).toString()).toBe('channel=phone');
  });
});

describe('registerPaging', () => {
  it('counts all reports matching the filters and numbers the pages from the total', () => {
    const paging = registerPaging(2, { items: reports(50), total: 123, matched: null });
    expect(paging.items).toHaveLength(50);
    expect(paging).toMatchObject({
      pageCount: 3,
      first: 51,
      last: 100,
      pastEnd: false,
      count: { kind: 'total', total: 123 },
    });
  });

  it('with a search, counts and pages the reports it found', () => {
    const first = registerPaging(1, { items: reports(50), total: 400, matched: 62 });
    expect(first.pageCount).toBe(2);
    expect(first.count).toEqual({ kind: 'found', found: 62 });

    const last = registerPaging(2, { items: reports(12), total: 400, matched: 62 });
    expect(last.pageCount).toBe(2);
    expect(last).toMatchObject({ first: 51, last: 62 });
  });

  it('says so when the page is past the end', () => {
    const paging = registerPaging(9, { items: [], total: 60, matched: null });
    expect(paging).toMatchObject({ pastEnd: true, first: 0, pageCount: 2 });
    expect(registerPaging(1, { items: [], total: 0, matched: null })).toMatchObject({
      pastEnd: false,
      pageCount: 1,
    });
  });
});
