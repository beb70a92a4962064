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
 * Each municipality gets its province as cbs-boundaries.ts derives it (the same table the server
 * uses, scripts/build-regions.ts).
 *
 *   npx tsx scripts/build-map.ts [path/to/shared/data]
 */
import fs from 'node:fs';
import path from 'node:path';
import { geoPath, geoStereographic } from 'd3-geo';
import { compactSvgPath } from '../src/platform/maps/svg-path';
import { type Area, CBS_SOURCE, dataDir, provinceOf, ROOT, readBoundaries } from './cbs-boundaries';

const OUT = path.join(ROOT, 'web/src/modules/national/map/areas.json');
const WIDTH = 1000;

const { gemeenten, provincies } = readBoundaries(dataDir(process.argv[2]));

const projection = geoStereographic()
  .rotate([-5.38720621, -52.1551744])
  .fitWidth(WIDTH, provincies);
const pathOf = geoPath(projection);

function svgPath(f: Area): string {
  return compactSvgPath(projection, f);
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

const gemeenteOut = gemeenten.features.map((f) => ({
  code: f.properties.statcode,
  name: f.properties.statnaam,
  province: provinceOf(f, provincies.features),
  d: svgPath(f),
  c: pathOf.centroid(f).map(round),
}));

const [[,], [, height]] = pathOf.bounds(provincies);
const asset = {
  source: CBS_SOURCE,
  viewBox: [0, 0, WIDTH, Math.ceil(height)],
  provincies: provinceOut.sort((a, b) => a.code.localeCompare(b.code)),
  gemeenten: gemeenteOut.sort((a, b) => a.code.localeCompare(b.code)),
};
fs.writeFileSync(OUT, `${JSON.stringify(asset)}\n`);
console.log(
  `${path.relative(ROOT, OUT)}: ${asset.gemeenten.length} municipalities, ${asset.provincies.length} provinces, ${fs.statSync(OUT).size} bytes`,
);
