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

  it('asks the API for one report more than a page, at the offset of the page', () => {
    const query = registerApiQuery(new URLSearchParams('kind=threat&pagina=3'));
    expect(query.get('kind')).toBe('threat');
    expect(query.get('limit')).toBe(String(REGISTER_PAGE_SIZE + 1));
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
    const paging = registerPaging(2, false, { items: reports(50), total: 123 });
    expect(paging.items).toHaveLength(50);
    expect(paging).toMatchObject({
      pageCount: 3,
      first: 51,
      last: 100,
      pastEnd: false,
      count: { kind: 'total', total: 123 },
    });
  });

  it('never shows the extra report asked for', () => {
    const paging = registerPaging(1, false, { items: reports(51), total: 51 });
    expect(paging.items).toHaveLength(50);
    expect(paging.last).toBe(50);
    expect(paging.pageCount).toBe(2);
  });

  it('with a search, offers the next page only when the extra report came back', () => {
    const more = registerPaging(1, true, { items: reports(51), total: 400 });
    expect(more.pageCount).toBe(2);
    expect(more.count).toEqual({ kind: 'found', found: 50, more: true });

    const last = registerPaging(2, true, { items: reports(12), total: 400 });
    expect(last.pageCount).toBe(2);
    expect(last).toMatchObject({ first: 51, last: 62 });
    expect(last.count).toEqual({ kind: 'found', found: 62, more: false });
  });

  it('says so when the page is past the end', () => {
    const paging = registerPaging(9, false, { items: [], total: 60 });
    expect(paging).toMatchObject({ pastEnd: true, first: 0, pageCount: 2 });
    expect(registerPaging(1, false, { items: [], total: 0 })).toMatchObject({
      pastEnd: false,
      pageCount: 1,
    });
  });
});
