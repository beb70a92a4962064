import asset from './areas.json';

/** One area of the map: its CBS code, name, projected SVG path and centre (for arrow keys). */
export interface Shape {
  code: string;
  name: string;
  d: string;
  /** The centre [x, y] in map units. */
  c: number[];
}

export interface Municipality extends Shape {
  /** The province (PVxx) that holds it. */
  province: string;
}

export interface Province extends Shape {
  /** [x, y, width, height] of the province in map units. */
  box: number[];
}

/**
 * The CBS boundaries of 2024 (342 municipalities, 12 provinces) as SVG paths, made once by
 * scripts/build-map.ts from ../shared/data (CC BY 4.0, "Bron: CBS / PDOK"; see SOURCES.md).
 * Imported only by the map pages, so it is downloaded with them and never with other pages.
 */
export const MAP: {
  viewBox: number[];
  provincies: Province[];
  gemeenten: Municipality[];
} = asset;

/**
 * The shapes a level's figures are drawn on: municipalities, or provinces for the province
 * organisations and for the regions (all municipalities of a province together, coded by the
 * province); none for water boards and layers.
 */
export function shapesOfLevel(level: string): readonly Shape[] | undefined {
  if (level === 'gemeente') return MAP.gemeenten;
  if (level === 'provincie' || level === 'regio') return MAP.provincies;
  return undefined;
}
