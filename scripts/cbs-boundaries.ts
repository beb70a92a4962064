/**
 * The CBS boundaries of the reference data (../shared/data/{gemeente,provincie}_2024.topojson,
 * WGS84, CC BY 4.0, "Bron: CBS / PDOK"), read once for the build scripts that derive from them:
 * the web map (build-map.ts) and the server's municipality -> province table (build-regions.ts).
 * Both take a municipality's province from here, so the map and the statistics agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoCentroid, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The credit every derived file carries (CC BY 4.0 asks for it). */
export const CBS_SOURCE =
  'CBS Gebiedsindelingen 2024 via PDOK (cartomap/nl), CC BY 4.0 — Bron: CBS / PDOK';

export interface Props {
  statcode: string;
  statnaam: string;
}

export type Area = Feature<Geometry, Props>;

export interface Boundaries {
  gemeenten: FeatureCollection<Geometry, Props>;
  provincies: FeatureCollection<Geometry, Props>;
}

/** The data folder: the first argument, else ../shared/data next to the repository. */
export function dataDir(argument: string | undefined): string {
  return path.resolve(argument ?? path.join(ROOT, '../shared/data'));
}

function read(dir: string, name: string): FeatureCollection<Geometry, Props> {
  const topology = JSON.parse(
    fs.readFileSync(path.join(dir, `${name}.topojson`), 'utf8'),
  ) as Topology;
  const object = topology.objects[name];
  if (!object) throw new Error(`${name}.topojson has no object ${name}`);
  return feature(topology, object) as unknown as FeatureCollection<Geometry, Props>;
}

export function readBoundaries(dir: string): Boundaries {
  return { gemeenten: read(dir, 'gemeente_2024'), provincies: read(dir, 'provincie_2024') };
}

function vertices(g: Geometry): Position[] {
  if (g.type === 'Polygon') return g.coordinates.flat();
  if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
  return [];
}

/**
 * The province (PVxx) that contains the municipality's centroid, or else most of its vertices:
 * the simplified outlines of the two files do not share their edges exactly, so a coastal or
 * oddly shaped municipality's centroid can fall just outside every province.
 */
export function provinceOf(municipality: Area, provincies: readonly Area[]): string {
  const centre = geoCentroid(municipality);
  const home = provincies.find((p) => geoContains(p, centre));
  if (home) return home.properties.statcode;
  const points = vertices(municipality.geometry);
  let best = '';
  let bestHits = -1;
  for (const p of provincies) {
    const hits = points.filter((point) => geoContains(p, point as [number, number])).length;
    if (hits > bestHits) [best, bestHits] = [p.properties.statcode, hits];
  }
  return best;
}
