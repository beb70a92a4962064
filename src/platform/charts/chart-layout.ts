/**
 * Chart geometry, computed once and drawn twice: as SVG (web, HTML report) and
 * with pdfkit (PDF report). Only what the Monitor needs: horizontal bars with
 * confidence intervals, and lines across waves with intervals and breaks
 * where waves are not comparable. Vega-Lite is not available (ADR 0009).
 */

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dash?: boolean;
    }
  | { kind: 'polyline'; points: [number, number][]; stroke: string; width: number }
  | { kind: 'marker'; shape: 'circle' | 'square'; cx: number; cy: number; r: number; fill: string }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      anchor: 'start' | 'middle' | 'end';
      size: number;
      bold?: boolean;
      fill: string;
    };

export interface ChartLayout {
  width: number;
  height: number;
  title: string;
  /** The chart in words, for screen readers (SVG desc, PDF alt text). */
  description: string;
  shapes: Shape[];
}

/** Colours with at least 4.5:1 contrast on white; series also differ by marker shape. */
export const SERIES_COLOURS = ['#154273', '#a64b00'] as const;
const TEXT = '#1a1a1a';
const GRID = '#c8c8c8';
const MUTED = '#4d4d4d';
const FONT = 12;

/** "48%" (Dutch notation, whole percentages; one decimal below 10%). */
export function percent(p: number): string {
  const v = p * 100;
  const text = v < 10 && v > 0 ? v.toFixed(1) : Math.round(v).toString();
  return `${text.replace('.', ',')}%`;
}

export interface BarDatum {
  label: string;
  /** null: suppressed (too few respondents). */
  p: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

/** The axis maximum: 100%, or a round 10% step above the largest interval end. */
function axisMax(values: number[]): number {
  const top = Math.max(0.1, ...values);
  return Math.min(1, Math.ceil(top * 10 + 0.0001) / 10);
}

/**
 * Average glyph width at the chart font size, to size and wrap labels without measuring fonts.
 * Measured for Helvetica's metrics, which the PDF font (Liberation Sans, ADR 0030) shares.
 */
const CHAR_WIDTH = 6.4;

/** Split a label into at most two lines of about `max` characters. */
export function wrapLabel(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const words = text.split(' ');
  let first = '';
  while (words.length > 0 && `${first} ${words[0]}`.trim().length <= max)
    first = `${first} ${words.shift()}`.trim();
  if (!first) return [`${text.slice(0, max - 1)}…`];
  const rest = words.join(' ');
  return [first, rest.length > max ? `${rest.slice(0, max - 1)}…` : rest];
}

/** Horizontal bars with 95% interval whiskers, one per category. */
export function layoutBarChart(
  title: string,
  bars: BarDatum[],
  suppressedText: string,
): ChartLayout {
  const width = 640;
  const longest = Math.max(...bars.map((b) => b.label.length), 8);
  const labelWidth = Math.min(250, Math.max(110, longest * CHAR_WIDTH + 12));
  const maxChars = Math.floor((labelWidth - 12) / CHAR_WIDTH);
  const wrapped = bars.map((b) => wrapLabel(b.label, maxChars));
  const right = 70;
  const rowHeight = wrapped.some((l) => l.length > 1) ? 36 : 28;
  const top = 10;
  const plotWidth = width - labelWidth - right;
  const max = axisMax(bars.map((b) => b.ciHigh ?? b.p ?? 0));
  const height = top + bars.length * rowHeight + 30;
  const x = (p: number) => labelWidth + (p / max) * plotWidth;
  const shapes: Shape[] = [];
  const ticks =
    Math.round(max * 10) <= 5
      ? [0, max / 2, max]
      : [0, 0.25, 0.5, 0.75, 1].filter((t) => t <= max + 1e-9);
  const axisY = top + bars.length * rowHeight;
  for (const t of ticks) {
    shapes.push({ kind: 'line', x1: x(t), y1: top, x2: x(t), y2: axisY, stroke: GRID, width: 1 });
    shapes.push({
      kind: 'text',
      x: x(t),
      y: axisY + 16,
      text: percent(t),
      anchor: 'middle',
      size: FONT - 1,
      fill: MUTED,
    });
  }
  bars.forEach((b, i) => {
    const y = top + i * rowHeight;
    const mid = y + rowHeight / 2;
    const lines = wrapped[i]!;
    lines.forEach((line, k) => {
      const dy = lines.length === 1 ? 4 : k === 0 ? -2 : 11;
      shapes.push({
        kind: 'text',
        x: labelWidth - 8,
        y: mid + dy,
        text: line,
        anchor: 'end',
        size: FONT,
        fill: TEXT,
      });
    });
    if (b.p === null) {
      shapes.push({
        kind: 'text',
        x: labelWidth + 4,
        y: mid + 4,
        text: suppressedText,
        anchor: 'start',
        size: FONT - 1,
        fill: MUTED,
      });
      return;
    }
    shapes.push({
      kind: 'rect',
      x: labelWidth,
      y: y + 6,
      w: Math.max(1, x(b.p) - labelWidth),
      h: rowHeight - 12,
      fill: SERIES_COLOURS[0],
    });
    if (b.ciLow !== null && b.ciHigh !== null) {
      shapes.push({
        kind: 'line',
        x1: x(b.ciLow),
        y1: mid,
        x2: x(b.ciHigh),
        y2: mid,
        stroke: TEXT,
        width: 1.5,
      });
      shapes.push({
        kind: 'line',
        x1: x(b.ciLow),
        y1: mid - 5,
        x2: x(b.ciLow),
        y2: mid + 5,
        stroke: TEXT,
        width: 1.5,
      });
      shapes.push({
        kind: 'line',
        x1: x(b.ciHigh),
        y1: mid - 5,
        x2: x(b.ciHigh),
        y2: mid + 5,
        stroke: TEXT,
        width: 1.5,
      });
    }
    const end = Math.max(x(b.p), b.ciHigh !== null ? x(b.ciHigh) : 0);
    shapes.push({
      kind: 'text',
      x: end + 6,
      y: mid + 4,
      text: percent(b.p),
      anchor: 'start',
      size: FONT,
      bold: true,
      fill: TEXT,
    });
  });
  const description = bars
    .map((b) =>
      b.p === null
        ? `${b.label}: ${suppressedText}`
        : `${b.label}: ${percent(b.p)}` +
          (b.ciLow !== null && b.ciHigh !== null
            ? ` (95%-betrouwbaarheidsinterval ${percent(b.ciLow)} tot ${percent(b.ciHigh)})`
            : ''),
    )
    .join('; ');
  return { width, height, title, description: `Staafdiagram. ${description}.`, shapes };
}

export interface LinePoint {
  year: number;
  p: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** The line does not connect this point to the previous one (not comparable). */
  breakBefore?: boolean;
}

export interface LineSeries {
  name: string;
  points: LinePoint[];
}

/** Lines across waves with interval whiskers; a break (and a note) where waves are not comparable. */
export function layoutLineChart(
  title: string,
  series: LineSeries[],
  breakText: string,
): ChartLayout {
  const width = 640;
  const height = 300;
  const left = 50;
  const right = 30;
  const top = 20;
  const bottom = series.length > 1 ? 70 : 50;
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort(
    (a, b) => a - b,
  );
  const max = axisMax(series.flatMap((s) => s.points.map((p) => p.ciHigh ?? p.p ?? 0)));
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  // Inset the first and last year so markers and their labels stay inside the chart.
  const inset = 30;
  const x = (year: number) =>
    years.length === 1
      ? left + plotW / 2
      : left +
        inset +
        ((year - years[0]!) / (years[years.length - 1]! - years[0]!)) * (plotW - 2 * inset);
  const y = (p: number) => top + plotH - (p / max) * plotH;
  const shapes: Shape[] = [];
  for (let t = 0; t <= max + 1e-9; t += max <= 0.6 ? 0.1 : 0.25) {
    shapes.push({
      kind: 'line',
      x1: left,
      y1: y(t),
      x2: width - right,
      y2: y(t),
      stroke: GRID,
      width: 1,
    });
    shapes.push({
      kind: 'text',
      x: left - 6,
      y: y(t) + 4,
      text: percent(t),
      anchor: 'end',
      size: FONT - 1,
      fill: MUTED,
    });
  }
  for (const year of years) {
    shapes.push({
      kind: 'text',
      x: x(year),
      y: top + plotH + 18,
      text: String(year),
      anchor: 'middle',
      size: FONT,
      fill: TEXT,
    });
  }
  const parts: string[] = [];
  series.forEach((s, k) => {
    const colour = SERIES_COLOURS[k % SERIES_COLOURS.length]!;
    const shape = k % 2 === 0 ? 'circle' : 'square';
    let run: [number, number][] = [];
    const flush = () => {
      if (run.length > 1) shapes.push({ kind: 'polyline', points: run, stroke: colour, width: 2 });
      run = [];
    };
    const words: string[] = [];
    s.points.forEach((pt, i) => {
      if (pt.breakBefore && i > 0) {
        flush();
        const prev = s.points[i - 1]!;
        const bx = (x(prev.year) + x(pt.year)) / 2;
        shapes.push({
          kind: 'line',
          x1: bx,
          y1: top,
          x2: bx,
          y2: top + plotH,
          stroke: MUTED,
          width: 1,
          dash: true,
        });
        shapes.push({
          kind: 'text',
          x: bx,
          y: top - 6,
          text: breakText,
          anchor: 'middle',
          size: FONT - 2,
          fill: MUTED,
        });
        words.push(`${breakText} tussen ${prev.year} en ${pt.year}`);
      }
      if (pt.p === null) {
        flush();
        words.push(`${pt.year}: geen cijfer`);
        return;
      }
      const px = x(pt.year);
      run.push([px, y(pt.p)]);
      if (pt.ciLow !== null && pt.ciHigh !== null) {
        shapes.push({
          kind: 'line',
          x1: px,
          y1: y(pt.ciLow),
          x2: px,
          y2: y(pt.ciHigh),
          stroke: colour,
          width: 1.5,
        });
      }
      shapes.push({ kind: 'marker', shape, cx: px, cy: y(pt.p), r: 4.5, fill: colour });
      shapes.push({
        kind: 'text',
        x: px + 8,
        y: y(pt.p) - 6,
        text: percent(pt.p),
        anchor: 'start',
        size: FONT - 1,
        bold: true,
        fill: TEXT,
      });
      words.push(`${pt.year}: ${percent(pt.p)}`);
    });
    flush();
    parts.push((series.length > 1 ? `${s.name}: ` : '') + words.join(', '));
    if (series.length > 1) {
      const lx = left + k * 260;
      const ly = height - 18;
      shapes.push({ kind: 'marker', shape, cx: lx + 5, cy: ly - 4, r: 4.5, fill: colour });
      shapes.push({
        kind: 'text',
        x: lx + 16,
        y: ly,
        text: s.name,
        anchor: 'start',
        size: FONT,
        fill: TEXT,
      });
    }
  });
  return {
    width,
    height,
    title,
    description: `Lijndiagram met 95%-betrouwbaarheidsintervallen. ${parts.join('. ')}.`,
    shapes,
  };
}

export interface CountDatum {
  label: string;
  value: number;
}

/** A round axis maximum for counts: 1, 2 or 5 times a power of ten, at least the largest value. */
export function countAxisMax(largest: number): number {
  if (largest <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= largest)!;
}

/**
 * Horizontal bars of counts (incidents per period or per category), with the number
 * at the end of each bar. Used by the insight dashboards; the page shows the same
 * numbers in a table next to it.
 */
export function layoutCountBarChart(
  title: string,
  bars: CountDatum[],
  format: (value: number) => string = (v) => v.toLocaleString('nl-NL'),
): ChartLayout {
  const width = 640;
  const longest = Math.max(...bars.map((b) => b.label.length), 8);
  const labelWidth = Math.min(250, Math.max(90, longest * CHAR_WIDTH + 12));
  const maxChars = Math.floor((labelWidth - 12) / CHAR_WIDTH);
  const wrapped = bars.map((b) => wrapLabel(b.label, maxChars));
  const right = 70;
  const rowHeight = wrapped.some((l) => l.length > 1) ? 34 : 24;
  const top = 10;
  const plotWidth = width - labelWidth - right;
  const max = countAxisMax(Math.max(0, ...bars.map((b) => b.value)));
  const axisY = top + bars.length * rowHeight;
  const height = axisY + 30;
  const x = (v: number) => labelWidth + (v / max) * plotWidth;
  const shapes: Shape[] = [];
  for (const t of [0, max / 2, max]) {
    shapes.push({ kind: 'line', x1: x(t), y1: top, x2: x(t), y2: axisY, stroke: GRID, width: 1 });
    shapes.push({
      kind: 'text',
      x: x(t),
      y: axisY + 16,
      text: format(t),
      anchor: 'middle',
      size: FONT - 1,
      fill: MUTED,
    });
  }
  bars.forEach((b, i) => {
    const y = top + i * rowHeight;
    const mid = y + rowHeight / 2;
    const lines = wrapped[i]!;
    lines.forEach((line, k) => {
      const dy = lines.length === 1 ? 4 : k === 0 ? -2 : 11;
      shapes.push({
        kind: 'text',
        x: labelWidth - 8,
        y: mid + dy,
        text: line,
        anchor: 'end',
        size: FONT,
        fill: TEXT,
      });
    });
    if (b.value > 0) {
      shapes.push({
        kind: 'rect',
        x: labelWidth,
        y: y + 5,
        w: Math.max(1, x(b.value) - labelWidth),
        h: rowHeight - 10,
        fill: SERIES_COLOURS[0],
      });
    }
    shapes.push({
      kind: 'text',
      x: x(b.value) + 6,
      y: mid + 4,
      text: format(b.value),
      anchor: 'start',
      size: FONT,
      bold: true,
      fill: TEXT,
    });
  });
  const words = bars.map((b) => `${b.label}: ${format(b.value)}`).join('; ');
  return { width, height, title, description: `Staafdiagram. ${words}.`, shapes };
}
