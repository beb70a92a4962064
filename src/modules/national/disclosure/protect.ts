/**
 * Disclosure control for linked count tables (ADR 0036, docs/disclosure-control.md).
 * Pure: no I/O, no clock. Every aggregate that leaves an organisation passes here.
 *
 * A publication is a list of cells (counts) and additive relations between them
 * (`total = sum of parts`: a year is its quarters, a layer its organisations, all
 * reports the sum of the target groups) and dominance links (`cell <= bound`: reports
 * of one kind are at most all reports). Hidden cells take part in relations but are
 * never published (e.g. a ministry's own count inside the national total).
 *
 * 1. Primary suppression: every published cell with fewer than k reports (0 included).
 * 2. Secondary suppression, iterated until stable:
 *    a. no relation may have exactly one unknown member (it would be its difference);
 *       the partner is the smallest published part that is at least the cell's value
 *       (so it can absorb it), else the largest;
 *    b. interval bounds: the feasible range of every suppressed cell is bounded by
 *       propagation over all relations and links (sound: the true range is inside);
 *       where a suppressed cell's range is one value, or a primary cell with reports
 *       cannot be 0, one more partner is suppressed next to it.
 */

export type Suppression = 'primary' | 'secondary';
export type CellStatus = Suppression | 'hidden' | null;

export interface CountCell {
  value: number;
  /** Never published (counted in totals only). */
  hidden?: boolean;
}

/** `total = sum(parts)`, as indices into the cells. */
export interface Relation {
  total: number;
  parts: readonly number[];
}

/** `cells[cell] <= cells[bound]`. */
export interface Link {
  cell: number;
  bound: number;
}

export interface Publication {
  cells: readonly CountCell[];
  relations: readonly Relation[];
  links?: readonly Link[];
}

/** The smallest k there may be; configuration may raise it, never lower it. */
export const MIN_K = 10;

export interface Bounds {
  lo: Float64Array;
  hi: Float64Array;
}

export interface ProtectOptions {
  /** false: primary suppression only. Never in production: tests show what it leaks. */
  secondary?: boolean;
}

/** Suppress cells of `publication` for threshold `k`; answers one status per cell. */
export function protect(
  publication: Publication,
  k: number,
  options: ProtectOptions = {},
): CellStatus[] {
  if (!Number.isInteger(k) || k < MIN_K) throw new Error(`k must be an integer >= ${MIN_K}`);
  const { cells, relations } = publication;
  const status: CellStatus[] = cells.map((c) => {
    if (c.hidden) return 'hidden';
    if (!Number.isInteger(c.value) || c.value < 0) throw new Error('counts are whole numbers');
    return c.value < k ? 'primary' : null;
  });
  if (options.secondary === false) return status;
  const byCell = relationsOfCells(cells.length, relations);
  for (let round = 0; round <= cells.length; round++) {
    let changed = closeLoneUnknowns(publication, status);
    const bounds = intervalBounds(publication, status);
    for (let i = 0; i < cells.length; i++) {
      if (!exposed(cells[i]!.value, status[i]!, bounds.lo[i]!, bounds.hi[i]!)) continue;
      if (suppressPartner(publication, status, byCell[i]!, i)) changed = true;
    }
    if (!changed) return status;
  }
  return status;
}

/** Is a suppressed cell pinned down (one value) or a primary cell proven non-empty? */
export function exposed(value: number, status: CellStatus, lo: number, hi: number): boolean {
  if (status === null || status === 'hidden') return false;
  if (lo === hi) return true;
  return status === 'primary' && value > 0 && lo > 0;
}

function relationsOfCells(n: number, relations: readonly Relation[]): number[][] {
  const byCell: number[][] = Array.from({ length: n }, () => []);
  relations.forEach((r, index) => {
    byCell[r.total]!.push(index);
    for (const p of r.parts) byCell[p]!.push(index);
  });
  return byCell;
}

const unknown = (s: CellStatus) => s !== null;

/** Rule a: a relation with exactly one unknown member gets a second one. */
function closeLoneUnknowns(publication: Publication, status: CellStatus[]): boolean {
  let changed = false;
  let again = true;
  while (again) {
    again = false;
    for (const r of publication.relations) {
      const members = [r.total, ...r.parts];
      const lone = members.filter((m) => unknown(status[m]!));
      if (lone.length !== 1) continue;
      const need = publication.cells[lone[0]!]!.value;
      const partner = choosePartner(publication, status, r, need);
      if (partner === null) continue;
      status[partner] = 'secondary';
      changed = true;
      again = true;
    }
  }
  return changed;
}

/** The smallest published part that can absorb `need`, else the largest; the total last. */
function choosePartner(
  publication: Publication,
  status: CellStatus[],
  r: Relation,
  need: number,
): number | null {
  const open = r.parts.filter((p) => status[p] === null);
  if (open.length === 0) return status[r.total] === null ? r.total : null;
  const value = (i: number) => publication.cells[i]!.value;
  const enough = open.filter((p) => value(p) >= Math.max(need, 1));
  if (enough.length > 0) return enough.reduce((a, b) => (value(b) < value(a) ? b : a));
  return open.reduce((a, b) => (value(b) > value(a) ? b : a));
}

/** Rule b: suppress one more member of the relation of `cell` with the fewest unknowns. */
function suppressPartner(
  publication: Publication,
  status: CellStatus[],
  relationIds: readonly number[],
  cell: number,
): boolean {
  const candidates = relationIds
    .map((id) => publication.relations[id]!)
    .map((r) => ({ r, unknowns: [r.total, ...r.parts].filter((m) => unknown(status[m]!)).length }))
    .sort((a, b) => a.unknowns - b.unknowns);
  for (const { r } of candidates) {
    const partner = choosePartner(publication, status, r, publication.cells[cell]!.value);
    if (partner === null) continue;
    status[partner] = 'secondary';
    return true;
  }
  return false;
}

/**
 * Outer bounds of every cell given what is published: published cells are exact,
 * unknown cells start at [0, inf) and are narrowed over the relations and links until
 * nothing changes. Sound (the true feasible range lies inside), not always tight; the
 * tests check the tight range by linear programming.
 */
export function intervalBounds(publication: Publication, status: readonly CellStatus[]): Bounds {
  const n = publication.cells.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < n; i++) {
    if (status[i] === null) {
      lo[i] = publication.cells[i]!.value;
      hi[i] = publication.cells[i]!.value;
    }
  }
  const links = publication.links ?? [];
  for (let round = 0; round < 100; round++) {
    let changed = false;
    const raiseLo = (i: number, v: number) => {
      if (v > lo[i]! + 1e-9) {
        lo[i] = v;
        changed = true;
      }
    };
    const lowerHi = (i: number, v: number) => {
      if (v < hi[i]! - 1e-9) {
        hi[i] = v;
        changed = true;
      }
    };
    for (const r of publication.relations) {
      let sumLo = 0;
      let finiteHi = 0;
      let infinite = 0;
      for (const p of r.parts) {
        sumLo += lo[p]!;
        if (Number.isFinite(hi[p]!)) finiteHi += hi[p]!;
        else infinite++;
      }
      raiseLo(r.total, sumLo);
      if (infinite === 0) lowerHi(r.total, finiteHi);
      for (const p of r.parts) {
        const own = Number.isFinite(hi[p]!);
        const othersInfinite = infinite - (own ? 0 : 1) > 0;
        if (!othersInfinite) raiseLo(p, lo[r.total]! - (finiteHi - (own ? hi[p]! : 0)));
        lowerHi(p, hi[r.total]! - (sumLo - lo[p]!));
      }
    }
    for (const { cell, bound } of links) {
      lowerHi(cell, hi[bound]!);
      raiseLo(bound, lo[cell]!);
    }
    if (!changed) break;
  }
  return { lo, hi };
}
