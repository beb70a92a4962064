/**
 * Compact SVG paths from d3-geo (ADR 0038, 0044): a path context that keeps the projected rings,
 * written as whole-unit relative moves with repeated points dropped. Used by the national map's
 * build script and by the district upload, so both maps are drawn the same way.
 */
import { type GeoPermissibleObjects, type GeoProjection, geoPath } from 'd3-geo';

/** A path context that keeps the projected rings, to write them as compact relative paths. */
class Rings {
  rings: [number, number][][] = [];
  moveTo(x: number, y: number) {
    this.rings.push([[x, y]]);
  }
  lineTo(x: number, y: number) {
    this.rings.at(-1)?.push([x, y]);
  }
  closePath() {}
  arc() {}
  rect() {}
  quadraticCurveTo() {}
  bezierCurveTo() {}
  arcTo() {}
}

/**
 * The SVG path of `object` under `projection`: each ring as `M x y` then relative `l dx dy`
 * steps in whole units, closed with `z`; rings that shrink to fewer than three points vanish.
 */
export function compactSvgPath(
  projection: GeoProjection | { stream: GeoProjection['stream'] },
  object: GeoPermissibleObjects,
): string {
  const rings = new Rings();
  geoPath(projection, rings as unknown as CanvasRenderingContext2D)(object);
  let d = '';
  for (const ring of rings.rings) {
    const points = ring.map(([x, y]) => [Math.round(x), Math.round(y)] as const);
    let [px, py] = points[0] as readonly [number, number];
    let part = `M${px} ${py}`;
    let steps = 0;
    for (const [x, y] of points.slice(1)) {
      if (x === px && y === py) continue;
      part += `l${x - px} ${y - py}`.replace(/ -/g, '-');
      [px, py] = [x, y];
      steps++;
    }
    if (steps >= 2) d += `${part}z`;
  }
  return d;
}
