/**
 * Reading an uploaded wijk/buurt boundary file (ADR 0044): GeoJSON or TopoJSON as CBS and PDOK
 * publish it, in WGS84 longitude/latitude or RD New (EPSG:28992) metres. Every feature needs a
 * wijk (WKxxxxxx) or buurt (BUxxxxxxxx) code of the organisation's own municipality and a name.
 * The outlines are projected once, here, to SVG paths on a map 1000 units wide: the browser gets
 * paths, never coordinates, and needs no map library. Pure: no database.
 */
import { geoIdentity, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { compactSvgPath } from '../../platform/maps/svg-path';
import type { DistrictLevel } from './districts.tables';

/** Width of a district map in map units (as the national map). */
export const MAP_WIDTH = 1000;
/** Most areas in one file: Amsterdam, the largest, has about 500 buurten and 100 wijken. */
export const MAX_DISTRICTS = 2000;
/** At most this many problems are listed; the rest is counted. */
const MAX_PROBLEMS = 20;

/** Property names that carry the CBS code and the name, in order of preference. */
const CODE_PROPERTIES = ['statcode', 'buurtcode', 'wijkcode', 'code', 'gwb_code', 'gwb_code_10'];
const NAME_PROPERTIES = ['statnaam', 'buurtnaam', 'wijknaam', 'naam', 'name', 'regio'];

/** The Netherlands with a margin, in WGS84 and in RD New. */
const WGS84_BOX = { minX: 3, maxX: 7.5, minY: 50.6, maxY: 53.7 };
const RD_BOX = { minX: -7000, maxX: 300000, minY: 289000, maxY: 629000 };

export interface ParsedDistrict {
  code: string;
  level: DistrictLevel;
  name: string;
  path: string;
  centre: [number, number];
}

export interface ParsedBoundaries {
  format: 'geojson' | 'topojson';
  crs: 'wgs84' | 'rd';
  width: number;
  height: number;
  districts: ParsedDistrict[];
}

/** What is wrong with a file; `feature` is the 1-based feature number when it is one feature. */
export interface BoundaryProblem {
  feature: number | null;
  message: string;
}

export type BoundaryParse =
  | { ok: true; value: ParsedBoundaries }
  | { ok: false; problems: BoundaryProblem[] };

const fail = (message: string): BoundaryParse => ({
  ok: false,
  problems: [{ feature: null, message }],
});

const WIJK = /^WK(\d{4})\d{2}$/;
const BUURT = /^BU(\d{4})\d{4}$/;

/** The level of a CBS code and the municipality number in it; null when it is neither. */
export function districtCodeParts(code: string): { level: DistrictLevel; gm: string } | null {
  const wijk = WIJK.exec(code);
  if (wijk) return { level: 'wijk', gm: wijk[1]! };
  const buurt = BUURT.exec(code);
  if (buurt) return { level: 'buurt', gm: buurt[1]! };
  return null;
}

/** The wijk a buurt lies in, from its code (BU03440102 lies in WK034401). */
export function wijkOfBuurt(code: string): string {
  return `WK${code.slice(2, 8)}`;
}

function firstProperty(props: Record<string, unknown>, names: readonly string[]): string | null {
  const lower = new Map(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]));
  for (const name of names) {
    const value = lower.get(name);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

/** The features of a parsed GeoJSON or TopoJSON document, or why there are none. */
function featuresOf(doc: unknown): { format: 'geojson' | 'topojson'; features: Feature[] } | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const o = doc as { type?: unknown; features?: unknown; objects?: unknown };
  if (o.type === 'FeatureCollection' && Array.isArray(o.features)) {
    return { format: 'geojson', features: o.features as Feature[] };
  }
  if (o.type === 'Feature') return { format: 'geojson', features: [doc as Feature] };
  if (o.type === 'Topology' && typeof o.objects === 'object' && o.objects !== null) {
    const topology = doc as Topology;
    const features: Feature[] = [];
    for (const object of Object.values(topology.objects)) {
      const fc = topoFeature(topology, object) as Feature | FeatureCollection;
      if (fc.type === 'FeatureCollection') features.push(...fc.features);
      else features.push(fc);
    }
    return { format: 'topojson', features };
  }
  return null;
}

function positionsOf(g: Geometry): Position[] {
  if (g.type === 'Polygon') return g.coordinates.flat();
  if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
  return [];
}

function validPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1])
  );
}

function validGeometry(g: unknown): g is Geometry {
  if (typeof g !== 'object' || g === null) return false;
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  const closed = (r: Position[]) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1];
  const ring = (r: unknown) =>
    Array.isArray(r) && r.length >= 4 && r.every(validPosition) && closed(r);
  const polygon = (p: unknown) => Array.isArray(p) && p.length >= 1 && p.every(ring);
  if (type === 'Polygon') return polygon(coordinates);
  if (type === 'MultiPolygon')
    return Array.isArray(coordinates) && coordinates.length >= 1 && coordinates.every(polygon);
  return false;
}

/** Map every position of a (multi)polygon; `f` returns a new position. */
function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map((r) => r.map(f)) };
  if (g.type === 'MultiPolygon')
    return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
  return g;
}

function inBox(box: typeof RD_BOX, [x, y]: Position): boolean {
  return x! >= box.minX && x! <= box.maxX && y! >= box.minY && y! <= box.maxY;
}

interface KeptFeature {
  code: string;
  level: DistrictLevel;
  name: string;
  geometry: Geometry;
}

/** One feature as a district, or what is wrong with it. */
function checkFeature(f: Feature, gm: string, seen: ReadonlySet<string>): KeptFeature | string {
  const props = (f?.properties ?? {}) as Record<string, unknown>;
  const code = firstProperty(props, CODE_PROPERTIES)?.toUpperCase() ?? null;
  const name = firstProperty(props, NAME_PROPERTIES);
  if (!code) return 'er is geen wijk- of buurtcode (eigenschap statcode of wijkcode).';
  const parts = districtCodeParts(code);
  if (!parts) return `${code} is geen wijkcode (WK en 6 cijfers) of buurtcode (BU en 8 cijfers).`;
  if (parts.gm !== gm) return `${code} ligt niet in gemeente GM${gm}.`;
  if (seen.has(code)) return `${code} komt vaker voor.`;
  if (!name) return `${code} heeft geen naam (eigenschap statnaam of wijknaam).`;
  if (name.length > 200) return `de naam van ${code} is langer dan 200 tekens.`;
  if (!validGeometry(f?.geometry))
    return `${code} heeft geen geldig vlak (Polygon of MultiPolygon met gesloten ringen).`;
  return { code, level: parts.level, name, geometry: f.geometry };
}

/**
 * Read a boundary file for the municipality with CBS code `municipalityCode` (GMxxxx): the
 * districts with their projected paths, or every problem (up to twenty), each naming the
 * feature and what to change.
 */
export function parseBoundaries(text: string, municipalityCode: string): BoundaryParse {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('Het bestand is geen geldige JSON. Kies een GeoJSON- of TopoJSON-bestand.');
  }
  let found: ReturnType<typeof featuresOf>;
  try {
    found = featuresOf(doc);
  } catch {
    return fail('De TopoJSON kan niet worden gelezen: de bogen (arcs) kloppen niet.');
  }
  if (!found)
    return fail(
      'Het bestand is geen GeoJSON (FeatureCollection) en geen TopoJSON (Topology) met gebieden.',
    );
  if (found.features.length === 0) return fail('Het bestand bevat geen gebieden.');
  if (found.features.length > MAX_DISTRICTS)
    return fail(`Het bestand bevat meer dan ${MAX_DISTRICTS} gebieden.`);

  const gm = municipalityCode.replace(/^GM/i, '');
  const problems: BoundaryProblem[] = [];
  const seen = new Set<string>();
  const kept: KeptFeature[] = [];
  found.features.forEach((f, index) => {
    const checked = checkFeature(f, gm, seen);
    if (typeof checked === 'string') {
      problems.push({ feature: index + 1, message: `Gebied ${index + 1}: ${checked}` });
    } else {
      seen.add(checked.code);
      kept.push(checked);
    }
  });
  if (problems.length > 0) return { ok: false, problems: truncate(problems) };

  const positions = kept.flatMap((k) => positionsOf(k.geometry));
  const crs = positions.every((p) => inBox(WGS84_BOX, p))
    ? 'wgs84'
    : positions.every((p) => inBox(RD_BOX, p))
      ? 'rd'
      : null;
  if (!crs)
    return fail(
      'De coördinaten liggen niet (allemaal) in Nederland. Gebruik WGS84 (lengte- en breedtegraad) of RD New (EPSG:28992).',
    );
  return { ok: true, value: project(kept, crs, found.format) };
}

function truncate(problems: BoundaryProblem[]): BoundaryProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { feature: null, message: `En nog ${rest} andere gebieden met een fout.` },
  ];
}

/**
 * Project to the map: RD New is already planar (metres); longitude/latitude is made planar by
 * shrinking longitude with the cosine of the middle latitude, which for one municipality differs
 * from RD by far less than a map unit. Both are fitted to MAP_WIDTH with y pointing down.
 */
function project(
  kept: KeptFeature[],
  crs: 'wgs84' | 'rd',
  format: 'geojson' | 'topojson',
): ParsedBoundaries {
  // A loop, not Math.min(...ys): a detailed file has more points than a call takes arguments.
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const k of kept) {
    for (const p of positionsOf(k.geometry)) {
      if (p[1]! < minY) minY = p[1]!;
      if (p[1]! > maxY) maxY = p[1]!;
    }
  }
  const midLat = (minY + maxY) / 2;
  const xScale = crs === 'wgs84' ? Math.cos((midLat * Math.PI) / 180) : 1;
  const planar: FeatureCollection = {
    type: 'FeatureCollection',
    features: kept.map((k) => ({
      type: 'Feature',
      properties: {},
      geometry: mapPositions(k.geometry, ([x, y]) => [x! * xScale, y!]),
    })),
  };
  const [[bx0, by0], [bx1, by1]] = geoPath(geoIdentity()).bounds(planar);
  const height = Math.ceil((MAP_WIDTH * (by1 - by0)) / Math.max(bx1 - bx0, 1e-9));
  const projection = geoIdentity().reflectY(true).fitSize([MAP_WIDTH, height], planar);
  const pathOf = geoPath(projection);
  const round = (n: number) => Math.round(n * 10) / 10;
  const districts = kept.map((k, i) => {
    const f = planar.features[i]!;
    const [cx, cy] = pathOf.centroid(f);
    return {
      code: k.code,
      level: k.level,
      name: k.name,
      path: compactSvgPath(projection, f),
      centre: [round(cx), round(cy)] as [number, number],
    };
  });
  return {
    format,
    crs,
    width: MAP_WIDTH,
    height,
    districts,
  };
}
