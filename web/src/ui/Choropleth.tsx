import './choropleth.css';
import { Paragraph } from '@utrecht/component-library-react';
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { CLASS_FILLS, classBreaks, classOf } from './choropleth-classes';

const NO_DATA_FILL = '#ffffff';

/** One area of a map: its code, name, SVG path in map units and centre (for arrow keys). */
export interface MapShape {
  code: string;
  name: string;
  d: string;
  /** The centre [x, y] in map units. */
  c: number[];
}

/** The figure of an area: a value to colour by, or suppressed (hatched). */
export interface MapValue {
  value: number | null;
  suppressed?: boolean;
}

/** The map's texts, in the page's language. */
export interface ChoroplethTexts {
  /** How to use the map with the keyboard. */
  help: string;
  /** Below the map before an area is pointed at. */
  readoutEmpty: string;
  /** Accessible name of the legend. */
  legend: string;
  /** Legend entry of a class: values up to `upper` (first) or from `lower` to `upper`. */
  classLabel: (index: number, lower: number, upper: number) => string;
  /** Legend entry of the hatched pattern; leave out when nothing can be suppressed. */
  suppressed?: string;
  /** Source and licence of the boundaries. */
  credit: string;
}

/** The nearest area from `from` in the direction of an arrow key (centres, in map units). */
function nextInDirection(shapes: readonly MapShape[], from: MapShape, dx: number, dy: number) {
  const [x0 = 0, y0 = 0] = from.c;
  let best = from;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const shape of shapes) {
    if (shape === from) continue;
    const [x = 0, y = 0] = shape.c;
    const along = (x - x0) * dx + (y - y0) * dy;
    if (along <= 0) continue;
    const across = Math.abs((x - x0) * dy - (y - y0) * dx);
    // Prefer areas straight ahead: sideways distance counts double.
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [shape, score];
  }
  return best;
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * An accessible SVG choropleth (ADR 0038, 0044): one `<path>` per area with an accessible name
 * (`label`), one tab stop for the whole map and the arrow keys moving to the neighbouring area in
 * that direction (Home/End: first/last by name), a visible focus ring, the label of the area
 * under the pointer or focus below the map, a legend with three classes and a hatched pattern
 * for suppressed areas (never colour alone), and the credit. The page shows the same figures in
 * a table beside it. No tile server, no map library: the paths come prebuilt.
 */
export function Choropleth({
  shapes,
  values,
  label,
  title,
  viewBox,
  texts,
  onActivate,
}: {
  shapes: readonly MapShape[];
  values: ReadonlyMap<string, MapValue>;
  /** The accessible name of an area, e.g. "Groningen: 123 meldingen". */
  label: (shape: MapShape) => string;
  /** The map's name. */
  title: string;
  viewBox: readonly number[];
  texts: ChoroplethTexts;
  /** Enter or a click on an area (e.g. open the area's page). */
  onActivate?: (code: string) => void;
}) {
  const id = `map${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const byName = useMemo(
    () => [...shapes].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [shapes],
  );
  const [active, setActive] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGPathElement>());

  const shownValue = (figure: MapValue | undefined) =>
    figure && !figure.suppressed ? figure.value : null;
  const breaks = classBreaks(
    shapes.map((s) => shownValue(values.get(s.code))).filter((v): v is number => v !== null),
  );
  // Two classes use the lightest and darkest fill, so they stay far apart.
  const classFill = (index: number) =>
    CLASS_FILLS[breaks.length === 2 && index === 1 ? 2 : index] ?? NO_DATA_FILL;
  const fillOf = (figure: MapValue | undefined) => {
    if (figure?.suppressed) return `url(#${id}-hatch)`;
    const value = shownValue(figure);
    return value === null ? NO_DATA_FILL : classFill(classOf(value, breaks));
  };

  const tabStop = active ?? byName[0]?.code ?? null;
  const focusArea = (shape: MapShape) => {
    setActive(shape.code);
    setShown(shape.code);
    refs.current.get(shape.code)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<SVGPathElement>, shape: MapShape) => {
    const direction = DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      focusArea(nextInDirection(shapes, shape, direction[0], direction[1]));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const target = event.key === 'Home' ? byName[0] : byName[byName.length - 1];
      if (target) focusArea(target);
    } else if ((event.key === 'Enter' || event.key === ' ') && onActivate) {
      event.preventDefault();
      onActivate(shape.code);
    }
  };

  const focused = shapes.find((s) => s.code === shown);

  return (
    <figure className="choropleth">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG map has no HTML equivalent; the group names its areas */}
      <svg
        viewBox={viewBox.join(' ')}
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help`}
        className="choropleth__svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <defs>
          <pattern
            id={`${id}-hatch`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#3b3b3b" strokeWidth="2.5" />
          </pattern>
        </defs>
        {shapes.map((shape) => {
          const figure = values.get(shape.code);
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: each area has a role (img or link), a name and keyboard handling (arrow keys, Enter)
            <path
              key={shape.code}
              ref={(node) => {
                if (node) refs.current.set(shape.code, node);
                else refs.current.delete(shape.code);
              }}
              d={shape.d}
              role={onActivate ? 'link' : 'img'}
              aria-label={label(shape)}
              data-code={shape.code}
              data-suppressed={figure?.suppressed ? 'true' : undefined}
              tabIndex={shape.code === tabStop ? 0 : -1}
              fill={fillOf(figure)}
              className="choropleth__area"
              onFocus={() => {
                setActive(shape.code);
                setShown(shape.code);
              }}
              onMouseEnter={() => setShown(shape.code)}
              onClick={onActivate ? () => onActivate(shape.code) : undefined}
              onKeyDown={(event) => onKeyDown(event, shape)}
            />
          );
        })}
        {focused ? (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the focus ring overlay is decoration and never takes focus
          <g aria-hidden="true" pointerEvents="none">
            <path d={focused.d} fill="none" stroke="#000000" strokeWidth="5" />
            <path d={focused.d} fill="none" stroke="#ffffff" strokeWidth="2" />
          </g>
        ) : null}
      </svg>
      <Paragraph id={`${id}-help`} className="choropleth__help">
        {texts.help}
      </Paragraph>
      <p className="choropleth__readout" aria-hidden="true">
        {focused ? label(focused) : texts.readoutEmpty}
      </p>
      <figcaption>
        <ul className="choropleth__legend" aria-label={texts.legend}>
          {breaks.map((upper, index) => (
            <li key={upper}>
              <svg width="24" height="16" aria-hidden="true" focusable="false">
                <rect width="24" height="16" fill={classFill(index)} stroke="#3b3b3b" />
              </svg>
              {texts.classLabel(index, index === 0 ? 0 : (breaks[index - 1] ?? 0), upper)}
            </li>
          ))}
          {texts.suppressed ? (
            <li>
              <svg width="24" height="16" aria-hidden="true" focusable="false">
                <rect width="24" height="16" fill={`url(#${id}-hatch)`} stroke="#3b3b3b" />
              </svg>
              {texts.suppressed}
            </li>
          ) : null}
        </ul>
        <Paragraph className="choropleth__credit">{texts.credit}</Paragraph>
      </figcaption>
    </figure>
  );
}
