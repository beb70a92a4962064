import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';

/** What the map and tables show: count per area or rate per 100 office holders/employees. */
export type Measure = 'count' | 'rate';

/** One area's figure in one period, after disclosure control (null where suppressed). */
export interface AreaFigure {
  code: string;
  name: string;
  count: number | null;
  rate: number | null;
  /** Withheld by disclosure control (too few reports, or it would reveal a small number). */
  suppressed: boolean;
}

/** The period a panel shows: the one chosen if the answer has it, else the latest. */
export function shownPeriod(periods: readonly string[], chosen: string | null): string | null {
  return chosen && periods.includes(chosen) ? chosen : (periods[periods.length - 1] ?? null);
}

/**
 * An area's figure in words, the same on the map (accessible name, read-out) and in the
 * table: "123 meldingen, 4,5 per 100 ambtsdragers", "onderdrukt: te weinig meldingen".
 */
export function useFigureText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (figure: AreaFigure | undefined): string => {
    if (!figure) return t('national.figure.noData');
    if (figure.suppressed) return t('national.figure.suppressedReason');
    const count = t('national.figure.count', {
      count: figure.count ?? 0,
      formatted: format.number(figure.count),
    });
    return figure.rate === null
      ? count
      : `${count}, ${t('national.figure.rate', { rate: format.number(figure.rate, { maximumFractionDigits: 1 }) })}`;
  };
}
