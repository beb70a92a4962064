import type { ChartLayout, Shape } from './chart-layout';

/** Escape text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

const n = (v: number) => Number(v.toFixed(2)).toString();

function shapeSvg(s: Shape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${s.fill}"/>`;
    case 'line':
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ' stroke-dasharray="4 3"' : ''}/>`;
    case 'polyline':
      return `<polyline points="${s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${s.stroke}" stroke-width="${s.width}"/>`;
    case 'marker':
      return s.shape === 'circle'
        ? `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${s.fill}"/>`
        : `<rect x="${n(s.cx - s.r)}" y="${n(s.cy - s.r)}" width="${n(2 * s.r)}" height="${n(2 * s.r)}" fill="${s.fill}"/>`;
    case 'text':
      return `<text x="${n(s.x)}" y="${n(s.y)}" text-anchor="${s.anchor}" font-size="${s.size}"${s.bold ? ' font-weight="bold"' : ''} fill="${s.fill}">${escapeXml(s.text)}</text>`;
  }
}

/**
 * An accessible SVG: role="img" named by its <title> and described by its
 * <desc> (the data in words), so a screen reader announces the chart as one
 * image with its content; the page shows the same data as a table next to it.
 * `id` must be unique on the page.
 */
export function renderSvg(chart: ChartLayout, id: string): string {
  const t = `${id}-title`;
  const d = `${id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${chart.height}" ` +
    `width="100%" style="max-width:${chart.width}px" role="img" aria-labelledby="${t} ${d}" ` +
    `font-family="'Fira Sans', Arial, Helvetica, sans-serif">` +
    `<title id="${t}">${escapeXml(chart.title)}</title>` +
    `<desc id="${d}">${escapeXml(chart.description)}</desc>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    chart.shapes.map(shapeSvg).join('') +
    '</svg>'
  );
}
