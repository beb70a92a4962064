/**
 * Regions of the national publication: all municipalities of one province together (level
 * `regio`), from the CBS municipality -> province table in data/regions.ts. A region is the
 * sum of the municipalities that take part, so its figures are counts of organisations, not of
 * the province as an organisation (that is level `provincie`). Pure.
 */
import { PROVINCE_OF_MUNICIPALITY, PROVINCES } from './data/regions';

/** Just what a region needs of an organisation. */
export interface RegionMember {
  id: string;
  code: string;
  type: string;
}

export interface Region {
  /** The area key in the publication, e.g. `regio:PV26`. */
  key: string;
  /** The province's CBS code, as the map names the province's shape. */
  code: string;
  name: string;
  members: readonly RegionMember[];
}

export interface Regions<M extends RegionMember> {
  /** Provinces with at least one municipality taking part, in code order. */
  regions: Region[];
  /**
   * Municipalities whose code is not in the CBS 2024 table (a later merger, a test code): they
   * belong to no region, and the layer is then the regions plus these.
   */
  unplaced: M[];
}

/** The province code (PVxx) of a municipality's code, any case; undefined if not in the table. */
export function provinceOfMunicipality(code: string): string | undefined {
  return PROVINCE_OF_MUNICIPALITY[code.toUpperCase()];
}

/**
 * The regions of a set of organisations. A province without any municipality taking part has
 * no region: its cell would be an empty sum, pinned at 0 by its own relation.
 */
export function regionsOf<M extends RegionMember>(organisations: readonly M[]): Regions<M> {
  const members = new Map<string, M[]>();
  const unplaced: M[] = [];
  for (const o of organisations) {
    if (o.type !== 'gemeente') continue;
    const province = provinceOfMunicipality(o.code);
    if (province === undefined) {
      unplaced.push(o);
      continue;
    }
    const list = members.get(province);
    if (list) list.push(o);
    else members.set(province, [o]);
  }
  const regions = PROVINCES.filter(([code]) => members.has(code)).map(([code, name]) => ({
    key: `regio:${code}`,
    code,
    name: `Gemeenten in ${name}`,
    members: members.get(code)!,
  }));
  return { regions, unplaced };
}
