/**
 * Turns the CBS boundaries (../shared/data/{gemeente,provincie}_2024.topojson, WGS84, CC BY 4.0,
 * "Bron: CBS / PDOK") into projected SVG path strings for the national map, once, at build time:
 * web/src/modules/national/map/areas.json, checked into git, so the web app needs no tile server,
 * no map library and no network (ADR 0038).
 *
 * Projection: the boundaries are longitude/latitude, not planar, so they are projected with an
 * oblique stereographic projection centred on Amersfoort (the projection behind the Dutch
 * Rijksdriehoeksstelsel, RD), fitted to a 1000-unit-wide box with y pointing down. Coordinates are
 * rounded to whole units (about 300 m) and written as relative moves, which keeps the asset small.
 * Each municipality gets the province that contains its centroid, or else most of its vertices
 * (the simplified outlines of the two files do not share their edges exactly).
 *
 *   npx tsx scripts/build-map.ts [path/to/shared/data]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoCentroid, geoContains, geoPath, geoStereographic } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { compactSvgPath } from '../src/platform/maps/svg-path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = path.resolve(process.argv[2] ?? path.join(ROOT, '../shared/data'));
const OUT = path.join(ROOT, 'web/src/modules/national/map/areas.json');
const WIDTH = 1000;

interface Props {
  statcode: string;
  statnaam: string;
}

function read(name: string): FeatureCollection<Geometry, Props> {
  const topology = JSON.parse(
    fs.readFileSync(path.join(DATA, `${name}.topojson`), 'utf8'),
  ) as Topology;
  const object = topology.objects[name];
  if (!object) throw new Error(`${name}.topojson has no object ${name}`);
  return feature(topology, object) as unknown as FeatureCollection<Geometry, Props>;
}

const gemeenten = read('gemeente_2024');
const provincies = read('provincie_2024');

const projection = geoStereographic()
  .rotate([-5.38720621, -52.1551744])
  .fitWidth(WIDTH, provincies);
const pathOf = geoPath(projection);

function svgPath(f: Feature<Geometry, Props>): string {
  return compactSvgPath(projection, f);
}

function vertices(g: Geometry): Position[] {
  if (g.type === 'Polygon') return g.coordinates.flat();
  if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
  return [];
}

const round = (n: number) => Math.round(n * 10) / 10;

const provinceOut = provincies.features.map((f) => {
  const [[x0, y0], [x1, y1]] = pathOf.bounds(f);
  return {
    code: f.properties.statcode,
    name: f.properties.statnaam,
    d: svgPath(f),
    c: pathOf.centroid(f).map(round),
    box: [Math.floor(x0), Math.floor(y0), Math.ceil(x1 - x0), Math.ceil(y1 - y0)],
  };
});

const gemeenteOut = gemeenten.features.map((f) => {
  const centre = geoCentroid(f);
  const home = provincies.features.find((p) => geoContains(p, centre));
  const points = vertices(f.geometry);
  let best = home?.properties.statcode ?? '';
  let bestHits = -1;
  for (const p of home ? [] : provincies.features) {
    const hits = points.filter((point) => geoContains(p, point as [number, number])).length;
    if (hits > bestHits) [best, bestHits] = [p.properties.statcode, hits];
  }
  return {
    code: f.properties.statcode,
    name: f.properties.statnaam,
    province: best,
    d: svgPath(f),
    c: pathOf.centroid(f).map(round),
  };
});

const [[,], [, height]] = pathOf.bounds(provincies);
const asset = {
  source: 'CBS Gebiedsindelingen 2024 via PDOK (cartomap/nl), CC BY 4.0 — Bron: CBS / PDOK',
  viewBox: [0, 0, WIDTH, Math.ceil(height)],
  provincies: provinceOut.sort((a, b) => a.code.localeCompare(b.code)),
  gemeenten: gemeenteOut.sort((a, b) => a.code.localeCompare(b.code)),
};
fs.writeFileSync(OUT, `${JSON.stringify(asset)}\n`);
console.log(
  `${path.relative(ROOT, OUT)}: ${asset.gemeenten.length} municipalities, ${asset.provincies.length} provinces, ${fs.statSync(OUT).size} bytes`,
);
