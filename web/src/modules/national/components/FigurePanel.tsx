import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph, SelectField, SelectOption } from '../../../ui';
import { toCsv } from '../csv';
import { type AreaFigure, type Measure, shownPeriod } from '../figures';
import type { Shape } from '../map/areas';
import { FigureTable } from './FigureTable';
import { NationalMap } from './NationalMap';

/** One area in one period, from the national answer or a published release. */
export interface PeriodFigure extends AreaFigure {
  type: string;
  period: string;
}

const CSV_HEADER = ['periode', 'type', 'code', 'naam', 'aantal', 'per_100', 'onderdrukt'] as const;

/**
 * The figures as a CSV download link's address (a data: URL, made in the browser from the very
 * numbers on the page, so the file and the table cannot differ).
 */
function csvHref(figures: readonly PeriodFigure[]): string {
  const csv = toCsv(
    CSV_HEADER,
    figures.map((f) => [
      f.period,
      f.type,
      f.code,
      f.name,
      f.count,
      f.rate,
      f.suppressed ? 'ja' : 'nee',
    ]),
  );
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}

/**
 * The figures of one period (chosen here; the latest by default) as a map where boundaries
 * exist, and always as a table with the same numbers, plus the whole answer as CSV.
 */
export function FigurePanel({
  figures,
  periods,
  period,
  onPeriod,
  measure,
  areaHeading,
  subject,
  shapes,
  viewBox,
  onActivate,
  csvName,
}: {
  figures: readonly PeriodFigure[];
  periods: readonly string[];
  /** The chosen period, or null for the latest. */
  period: string | null;
  onPeriod: (period: string) => void;
  measure: Measure;
  /** The table's first column, e.g. "Gemeente". */
  areaHeading: string;
  /** What the figures are, e.g. "Meldingen per gemeente". */
  subject: string;
  /** Boundaries to draw; without them only the table is shown. */
  shapes?: readonly Shape[];
  viewBox?: readonly number[];
  onActivate?: (code: string) => void;
  /** File name of the CSV download, without extension. */
  csvName: string;
}) {
  const { t } = useTranslation();
  const shown = shownPeriod(periods, period);
  const inPeriod = useMemo(
    () =>
      figures
        .filter((f) => f.period === shown)
        // The map's CBS name, so the table names each area exactly as its shape does.
        .map((f) => ({ ...f, name: shapes?.find((s) => s.code === f.code)?.name ?? f.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [figures, shown, shapes],
  );
  const byCode = useMemo(() => new Map(inPeriod.map((f) => [f.code, f])), [inPeriod]);
  const href = useMemo(() => csvHref(figures), [figures]);
  if (!shown) return <Paragraph>{t('national.noPeriods')}</Paragraph>;
  const title = `${subject}, ${shown}`;
  return (
    <section aria-labelledby="national-figures-heading">
      <Heading level={2} id="national-figures-heading">
        {title}
      </Heading>
      {periods.length > 1 ? (
        <SelectField
          id="national-period"
          label={t('national.period')}
          description={t('national.periodHint')}
          value={shown}
          onChange={(e) => onPeriod(e.target.value)}
        >
          {periods.map((p) => (
            <SelectOption key={p} value={p}>
              {p}
            </SelectOption>
          ))}
        </SelectField>
      ) : null}
      {shapes && viewBox ? (
        <NationalMap
          shapes={shapes}
          figures={byCode}
          measure={measure}
          title={title}
          viewBox={viewBox}
          onActivate={onActivate}
        />
      ) : (
        <Paragraph>{t('national.noMap')}</Paragraph>
      )}
      <FigureTable caption={title} areaHeading={areaHeading} figures={inPeriod} />
      <Paragraph>
        <Link href={href} download={`${csvName}.csv`}>
          {t('national.downloadCsv')}
        </Link>
      </Paragraph>
    </section>
  );
}
