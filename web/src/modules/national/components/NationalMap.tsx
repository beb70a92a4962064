import '../national.css';
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { Paragraph } from '../../../ui';
import type { AreaFigure, Measure } from '../figures';
import { useFigureText } from '../figures';
import type { Shape } from '../map/areas';
import { CLASS_FILLS, classBreaks, classOf } from '../map/classes';

const NO_DATA_FILL = '#ffffff';

/** The nearest area from `from` in the direction of an arrow key (centres, in map units). */
function nextInDirection(shapes: readonly Shape[], from: Shape, dx: number, dy: number): Shape {
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
 * The choropleth: one `<path>` per area with its figure as accessible name ("Groningen: 123
 * meldingen, 4,5 per 100 ambtsdragers" or "… onderdrukt"), one tab stop for the whole map and
 * the arrow keys moving to the neighbouring area in that direction (Home/End: first/last by
 * name), a visible focus ring, the figure of the area under the pointer or focus below the map,
 * a legend with three classes and a hatched pattern for suppressed areas (never colour alone),
 * and the CBS credit. The page shows the same figures in a table beside it.
 */
export function NationalMap({
  shapes,
  figures,
  measure,
  title,
  viewBox,
  onActivate,
}: {
  shapes: readonly Shape[];
  figures: ReadonlyMap<string, AreaFigure>;
  measure: Measure;
  /** The map's name, e.g. "Meldingen per gemeente, 2026-Q2". */
  title: string;
  viewBox: readonly number[];
  /** Enter or a click on an area (e.g. open the province's page). */
  onActivate?: (code: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const figureText = useFigureText();
  const id = `map${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const byName = useMemo(
    () => [...shapes].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [shapes],
  );
  const [active, setActive] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGPathElement>());

  const figureValue = (figure: AreaFigure | undefined) =>
    figure && !figure.suppressed ? (measure === 'rate' ? figure.rate : figure.count) : null;
  const breaks = classBreaks(
    shapes.map((s) => figureValue(figures.get(s.code))).filter((v): v is number => v !== null),
  );
  const fillOf = (figure: AreaFigure | undefined) => {
    if (figure?.suppressed) return `url(#${id}-hatch)`;
    const value = figureValue(figure);
    if (value === null) return NO_DATA_FILL;
    const index = classOf(value, breaks);
    // Two classes use the lightest and darkest fill, so they stay far apart.
    return CLASS_FILLS[breaks.length === 2 && index === 1 ? 2 : index] ?? NO_DATA_FILL;
  };
  const label = (shape: Shape) => `${shape.name}: ${figureText(figures.get(shape.code))}`;

  const tabStop = active ?? byName[0]?.code ?? null;
  const focusArea = (shape: Shape) => {
    setActive(shape.code);
    setShown(shape.code);
    refs.current.get(shape.code)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<SVGPathElement>, shape: Shape) => {
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
  const unit = measure === 'rate' ? t('national.map.unitRate') : t('national.map.unitCount');
  const number = (value: number) =>
    format.number(value, { maximumFractionDigits: measure === 'rate' ? 1 : 0 });

  return (
    <figure className="national-map">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG map has no HTML equivalent; the group names its areas */}
      <svg
        viewBox={viewBox.join(' ')}
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help`}
        className="national-map__svg"
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
          const figure = figures.get(shape.code);
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
              className="national-map__area"
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
      <Paragraph id={`${id}-help`} className="national-map__help">
        {onActivate ? t('national.map.helpActivate') : t('national.map.help')}
      </Paragraph>
      <p className="national-map__readout" aria-hidden="true">
        {focused ? label(focused) : t('national.map.readoutEmpty')}
      </p>
      <figcaption>
        <ul className="national-map__legend" aria-label={t('national.map.legend', { unit })}>
          {breaks.map((upper, index) => {
            const lower = index === 0 ? 0 : (breaks[index - 1] ?? 0);
            const fill = CLASS_FILLS[breaks.length === 2 && index === 1 ? 2 : index];
            return (
              <li key={upper}>
                <svg width="24" height="16" aria-hidden="true" focusable="false">
                  <rect width="24" height="16" fill={fill} stroke="#3b3b3b" />
                </svg>
                {index === 0
                  ? t('national.map.classFirst', { upper: number(upper), unit })
                  : t('national.map.classNext', {
                      lower: number(lower),
                      upper: number(upper),
                      unit,
                    })}
              </li>
            );
          })}
          <li>
            <svg width="24" height="16" aria-hidden="true" focusable="false">
              <rect width="24" height="16" fill={`url(#${id}-hatch)`} stroke="#3b3b3b" />
            </svg>
            {t('national.map.suppressed')}
          </li>
        </ul>
        <Paragraph className="national-map__credit">{t('national.map.credit')}</Paragraph>
      </figcaption>
    </figure>
  );
}
