/**
 * Demo wijken and buurten for the demo municipality (GM0344, Utrecht). The reference data holds
 * municipality boundaries only, so these areas are made up: a 4 × 4 grid of buurten with
 * irregular shared edges inside the municipality, grouped into four wijken, every name marked
 * "(demo)", with invented context figures. They go through the same upload use cases as a file.
 */

import type { AppDeps } from '../../platform/deps';
import { findPersonByEmail } from '../../platform/identity';
import { demoContext } from '../../platform/use-case';
import { uploadBoundaries } from './use-cases/upload-boundaries';
import { uploadFigures } from './use-cases/upload-figures';

const DEMO_ORG = 'GM0344';
/** File names shown on /beheer/wijken, saying what the data is. */
export const DEMO_BOUNDARY_FILE = 'demo-wijken-en-buurten-gm0344.geojson (fictieve gebieden)';
const DEMO_FIGURES_FILE = 'demo-kerncijfers-gm0344.csv (verzonnen cijfers)';

const WIJKEN = ['Noordwest', 'Noordoost', 'Zuidwest', 'Zuidoost'];
const BUURTEN = [
  ['Molenbuurt', 'Vogelbuurt', 'Kanaalzone', 'Lindenhof'],
  ['Oude Stad', 'Havenkwartier', 'Stationsgebied', 'Parkzicht'],
  ['Bloemenbuurt', 'Tuinwijk', 'Rivierenbuurt', 'Boomgaard'],
  ['Schildersbuurt', 'Kerkbuurt', 'Sportpark', 'Vaartsche Hoek'],
];
/** The grid, inside Utrecht's boundary (WGS84). */
const WEST = 5.05;
const EAST = 5.17;
const SOUTH = 52.065;
const NORTH = 52.115;
const N = 4;

/** A fixed wobble in [-0.3, 0.3) of a grid cell, so the demo outlines are not a chessboard. */
function wobble(i: number, j: number, axis: number): number {
  const x = Math.sin(i * 12.9898 + j * 78.233 + axis * 37.719) * 43758.5453;
  return (x - Math.floor(x) - 0.5) * 0.6;
}

/** Corner (i, j) of the grid; i west→east, j south→north; the outer edge stays straight. */
function corner(i: number, j: number): [number, number] {
  const dx = (EAST - WEST) / N;
  const dy = (NORTH - SOUTH) / N;
  const inner = (k: number) => k > 0 && k < N;
  const x = WEST + (i + (inner(i) ? wobble(i, j, 0) : 0)) * dx;
  const y = SOUTH + (j + (inner(j) ? wobble(i, j, 1) : 0)) * dy;
  return [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
}

/** A closed ring, counter-clockwise, along the grid from (i0, j0) to (i1, j1). */
function ring(i0: number, j0: number, i1: number, j1: number): [number, number][] {
  const points: [number, number][] = [];
  for (let i = i0; i < i1; i++) points.push(corner(i, j0));
  for (let j = j0; j < j1; j++) points.push(corner(i1, j));
  for (let i = i1; i > i0; i--) points.push(corner(i, j1));
  for (let j = j1; j > j0; j--) points.push(corner(i0, j));
  points.push(points[0]!);
  return points;
}

const feature = (statcode: string, statnaam: string, coordinates: [number, number][]) => ({
  type: 'Feature',
  properties: { statcode, statnaam },
  geometry: { type: 'Polygon', coordinates: [coordinates] },
});

/** Wijk w (0..3): a 2 × 2 block of the grid; its buurten are the cells. */
function blockOf(w: number): [number, number] {
  return [(w % 2) * 2, w < 2 ? 2 : 0];
}

/** The demo boundaries as GeoJSON text: four wijken and sixteen buurten. */
export function demoBoundaryGeoJson(): string {
  const features = [];
  for (let w = 0; w < WIJKEN.length; w++) {
    const [i0, j0] = blockOf(w);
    const wijk = `WK0344${String(w + 1).padStart(2, '0')}`;
    features.push(feature(wijk, `${WIJKEN[w]} (demo)`, ring(i0, j0, i0 + 2, j0 + 2)));
    for (let b = 0; b < 4; b++) {
      const i = i0 + (b % 2);
      const j = j0 + (b < 2 ? 1 : 0);
      const code = `BU0344${String(w + 1).padStart(2, '0')}${String(b + 1).padStart(2, '0')}`;
      features.push(feature(code, `${BUURTEN[w]![b]} (demo)`, ring(i, j, i + 1, j + 1)));
    }
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Invented context figures for the demo areas (CBS column names, semicolons, "." unknown). */
export function demoFiguresCsv(): string {
  const lines = ['gwb_code_10;regio;a_inw;a_hh;a_woning;a_lan_ha'];
  for (let w = 0; w < WIJKEN.length; w++) {
    let wijkInw = 0;
    const buurten: string[] = [];
    for (let b = 0; b < 4; b++) {
      const inw = 1500 + Math.round((wobble(w, b, 2) + 0.3) * 12000);
      wijkInw += inw;
      const code = `BU0344${String(w + 1).padStart(2, '0')}${String(b + 1).padStart(2, '0')}`;
      const hh = Math.round(inw / 1.9);
      buurten.push(`${code};${BUURTEN[w]![b]};${inw};${hh};${hh + 40};${90 + b * 15}`);
    }
    const wijk = `WK0344${String(w + 1).padStart(2, '0')}`;
    lines.push(`${wijk};${WIJKEN[w]};${wijkInw};${Math.round(wijkInw / 1.9)};.;.`, ...buurten);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Load the demo wijken, buurten and figures for the demo municipality, as its admin would. */
export async function contributeDistrictDemo(
  deps: AppDeps,
  orgIds: Map<string, string>,
): Promise<void> {
  const organisationId = orgIds.get(DEMO_ORG);
  const admin = await findPersonByEmail(deps.db, 'beheerder@demo.weerbaar.nl');
  if (!organisationId || !admin) return;
  const ctx = demoContext(deps, organisationId, admin.id, ['org_admin']);
  await uploadBoundaries(ctx, { fileName: DEMO_BOUNDARY_FILE, content: demoBoundaryGeoJson() });
  await uploadFigures(ctx, { fileName: DEMO_FIGURES_FILE, content: demoFiguresCsv() });
}
