import { describe, expect, it } from 'vitest';
import {
  MAX_PAGE,
  offsetOf,
  PAGE_PARAM,
  pageCountOf,
  pageList,
  parsePage,
  withPage,
} from './paging';

describe('parsePage', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['37', 37],
    [String(MAX_PAGE), MAX_PAGE],
  ])('reads %s as page %i', (value, page) => {
    expect(parsePage(value)).toBe(page);
  });

  it.each([null, undefined, '', '0', '-1', '01', '2.5', '1e3', 'twee', ' 2', String(MAX_PAGE + 1)])(
    'treats %s as page 1',
    (value) => {
      expect(parsePage(value)).toBe(1);
    },
  );
});

describe('pageCountOf', () => {
  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [100, 2],
    [123, 3],
  ])('%i items at 50 a page fill %i pages', (total, pages) => {
    expect(pageCountOf(total, 50)).toBe(pages);
  });

  it('has one page for nonsense input', () => {
    expect(pageCountOf(Number.NaN, 50)).toBe(1);
    expect(pageCountOf(10, 0)).toBe(1);
  });
});

describe('offsetOf', () => {
  it('starts each page after the previous ones', () => {
    expect(offsetOf(1, 50)).toBe(0);
    expect(offsetOf(3, 50)).toBe(100);
    expect(offsetOf(0, 50)).toBe(0);
  });
});

describe('pageList', () => {
  it('shows short lists whole and longer ones with a gap', () => {
    expect(pageList(1, 1)).toEqual([1]);
    expect(pageList(2, 3)).toEqual([1, 2, 3]);
    expect(pageList(1, 5)).toEqual([1, 2, 'gap', 5]);
    expect(pageList(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, last and neighbouring pages and puts gaps in between', () => {
    expect(pageList(1, 10)).toEqual([1, 2, 'gap', 10]);
    expect(pageList(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(pageList(10, 10)).toEqual([1, 'gap', 9, 10]);
  });

  it('shows a single skipped page instead of a gap', () => {
    expect(pageList(4, 10)).toEqual([1, 2, 3, 4, 5, 'gap', 10]);
    expect(pageList(7, 10)).toEqual([1, 'gap', 6, 7, 8, 9, 10]);
  });

  it('clamps a current page outside the range', () => {
    expect(pageList(0, 3)).toEqual([1, 2, 3]);
    expect(pageList(99, 10)).toEqual([1, 'gap', 9, 10]);
  });

  it('lists each page once, in order, for any page of any length', () => {
    for (let count = 1; count <= 30; count++) {
      for (let current = 1; current <= count; current++) {
        const list = pageList(current, count);
        const pages = list.filter((x): x is number => x !== 'gap');
        expect(pages).toEqual([...pages].sort((a, b) => a - b));
        expect(new Set(pages).size).toBe(pages.length);
        expect(pages).toContain(current);
        expect(pages[0]).toBe(1);
        expect(pages.at(-1)).toBe(count);
        // At most first, last, current with its neighbours and two gaps.
        expect(list.length).toBeLessThanOrEqual(7);
      }
    }
  });
});

describe('withPage', () => {
  it('sets the page and keeps the other parameters', () => {
    const params = new URLSearchParams('status=received&q=balie');
    expect(withPage(params, 3).toString()).toBe(`status=received&q=balie&${PAGE_PARAM}=3`);
    expect(params.has(PAGE_PARAM)).toBe(false);
  });

  it('drops the parameter for the first page, so it has one address', () => {
    expect(withPage(new URLSearchParams(`kind=threat&${PAGE_PARAM}=4`), 1).toString()).toBe(
      'kind=threat',
    );
  });
});
