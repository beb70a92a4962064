import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extreme, type LinearFact } from './lp-bounds.test-support';
import { type CellStatus, intervalBounds, type Publication, protect } from './protect';

/** A two-way table r x c with row, column and grand totals, as a linked publication. */
function twoWay(values: number[][]): Publication {
  const rows = values.length;
  const cols = values[0]!.length;
  const cells = values.flat().map((value) => ({ value }));
  const rowTotal = (r: number) => rows * cols + r;
  const colTotal = (c: number) => rows * cols + rows + c;
  const grand = rows * cols + rows + cols;
  for (let r = 0; r < rows; r++) cells.push({ value: values[r]!.reduce((s, v) => s + v, 0) });
  for (let c = 0; c < cols; c++) cells.push({ value: values.reduce((s, row) => s + row[c]!, 0) });
  cells.push({ value: values.flat().reduce((s, v) => s + v, 0) });
  const relations = [
    ...Array.from({ length: rows }, (_, r) => ({
      total: rowTotal(r),
      parts: Array.from({ length: cols }, (_, c) => r * cols + c),
    })),
    ...Array.from({ length: cols }, (_, c) => ({
      total: colTotal(c),
      parts: Array.from({ length: rows }, (_, r) => r * cols + c),
    })),
    { total: grand, parts: Array.from({ length: rows }, (_, r) => rowTotal(r)) },
    { total: grand, parts: Array.from({ length: cols }, (_, c) => colTotal(c)) },
  ];
  return { cells, relations };
}

/**
 * What a reader knows: published values exactly. Why a cell is withheld is not
 * published (primary would say < k, secondary >= k: together they can pin a cell).
 */
function facts(pub: Publication, status: readonly CellStatus[]): LinearFact[] {
  const leaves = new Set<number>(pub.cells.map((_, i) => i));
  for (const r of pub.relations) leaves.delete(r.total);
  // Express every cell as a sum of leaf cells.
  const expand = (i: number): number[] => {
    const r = pub.relations.find((rel) => rel.total === i);
    return r ? r.parts.flatMap(expand) : [i];
  };
  return pub.cells.flatMap((cell, i) => {
    const vars = expand(i).map((l) => `x${l}`);
    return status[i] === null ? [{ vars, bound: { equal: cell.value } }] : [];
  });
}

function leavesOf(pub: Publication): number[] {
  const totals = new Set(pub.relations.map((r) => r.total));
  return pub.cells.map((_, i) => i).filter((i) => !totals.has(i));
}

describe('protect', () => {
  it('refuses k below 10', () => {
    expect(() => protect(twoWay([[1]]), 9)).toThrow(/k must be/);
  });

  it('suppresses every cell below k, zeros included, and a partner in each line', () => {
    const pub = twoWay([
      [3, 40, 25],
      [30, 22, 0],
      [28, 35, 50],
    ]);
    const status = protect(pub, 10);
    expect(status[0]).toBe('primary');
    expect(status[5]).toBe('primary');
    // No row or column has exactly one unknown.
    for (const r of pub.relations) {
      const unknown = [r.total, ...r.parts].filter((m) => status[m] !== null);
      expect(unknown.length === 0 || unknown.length >= 2).toBe(true);
    }
  });

  it('finds by interval bounds the rectangle whose small partner pins the cell down', () => {
    // a=5 and d=2 both primary, b and c complementary: moving a down moves d down too,
    // so a >= 3 would be known. The bounds see it; protect widens the pattern.
    const pub = twoWay([
      [5, 40, 30],
      [40, 2, 30],
      [30, 30, 30],
    ]);
    const naive: CellStatus[] = pub.cells.map((_, i) =>
      [0, 1, 3, 4].includes(i) ? 'primary' : null,
    );
    const naiveBounds = intervalBounds(pub, naive);
    expect(naiveBounds.lo[0]).toBeGreaterThan(0);
    const status = protect(pub, 10);
    const leaves = leavesOf(pub);
    const problem = { variables: leaves.map((l) => `x${l}`), facts: facts(pub, status) };
    expect(extreme(problem, ['x0'], 'minimize')).toBe(0);
    expect(extreme(problem, ['x4'], 'minimize')).toBe(0);
  });

  it('keeps a small municipality out of reach of its region minus the others', () => {
    // Municipalities 0-2 make region A (5 is the small one), 3-4 region B, and the layer is
    // the regions' sum, as in the national publication.
    const values = [40, 30, 5, 25, 35];
    const cells = [
      ...values.map((value) => ({ value })),
      { value: 75 }, // 5: region A
      { value: 60 }, // 6: region B
      { value: 135 }, // 7: the layer
    ];
    const pub: Publication = {
      cells,
      relations: [
        { total: 5, parts: [0, 1, 2] },
        { total: 6, parts: [3, 4] },
        { total: 7, parts: [5, 6] },
      ],
    };
    const problem = (status: CellStatus[]) => ({
      variables: leavesOf(pub).map((l) => `x${l}`),
      facts: facts(pub, status),
    });
    // Primary suppression alone: region A minus its two other municipalities gives the 5 away.
    expect(extreme(problem(protect(pub, 10, { secondary: false })), ['x2'], 'minimize')).toBe(5);
    const status = protect(pub, 10);
    expect(status[2]).toBe('primary');
    expect(status[5], 'the region itself is large enough to publish').toBeNull();
    expect(extreme(problem(status), ['x2'], 'minimize')).toBe(0);
    const { lo, hi } = intervalBounds(pub, status);
    expect(lo[2]).toBe(0);
    expect(hi[2]).toBeGreaterThan(5);
  });

  it('never publishes a cell below k and leaves every primary cell possibly empty (property, checked by LP)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat({ max: 40 }), { minLength: 2, maxLength: 4 }), {
          minLength: 2,
          maxLength: 4,
        }),
        (ragged) => {
          const cols = Math.min(...ragged.map((r) => r.length));
          const values = ragged.map((r) => r.slice(0, cols));
          const pub = twoWay(values);
          const status = protect(pub, 10);
          pub.cells.forEach((c, i) => {
            if (status[i] === null) expect(c.value).toBeGreaterThanOrEqual(10);
          });
          const leaves = leavesOf(pub);
          const problem = { variables: leaves.map((l) => `x${l}`), facts: facts(pub, status) };
          for (const l of leaves) {
            if (status[l] !== 'primary' || pub.cells[l]!.value === 0) continue;
            expect(extreme(problem, [`x${l}`], 'minimize')).toBe(0);
          }
        },
      ),
      { numRuns: 40, seed: 13 },
    );
  });

  it('never pins a suppressed cell to one value by the totals (property, interval bounds)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat({ max: 60 }), { minLength: 3, maxLength: 6 }), {
          minLength: 3,
          maxLength: 6,
        }),
        (ragged) => {
          const cols = Math.min(...ragged.map((r) => r.length));
          const pub = twoWay(ragged.map((r) => r.slice(0, cols)));
          const status = protect(pub, 12);
          const { lo, hi } = intervalBounds(pub, status);
          pub.cells.forEach((c, i) => {
            if (status[i] === null) return;
            expect(lo[i]).toBeLessThan(hi[i]!);
            if (status[i] === 'primary' && c.value > 0) expect(lo[i]).toBe(0);
          });
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});
