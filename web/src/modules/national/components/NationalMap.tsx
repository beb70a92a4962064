import '../national.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { Choropleth, type MapValue } from '../../../ui';
import type { AreaFigure, Measure } from '../figures';
import { useFigureText } from '../figures';
import type { Shape } from '../map/areas';

/**
 * The national choropleth (ADR 0038): the generic map (web/src/ui Choropleth) with each area's
 * figure as accessible name ("Groningen: 123 meldingen, 4,5 per 100 ambtsdragers" or
 * "… onderdrukt"), coloured by count or rate, suppressed areas hatched, and the CBS credit.
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
  const values = useMemo(() => {
    const out = new Map<string, MapValue>();
    for (const [code, f] of figures) {
      out.set(code, {
        value: f.suppressed ? null : measure === 'rate' ? f.rate : f.count,
        suppressed: f.suppressed,
      });
    }
    return out;
  }, [figures, measure]);
  const unit = measure === 'rate' ? t('national.map.unitRate') : t('national.map.unitCount');
  const number = (value: number) =>
    format.number(value, { maximumFractionDigits: measure === 'rate' ? 1 : 0 });
  return (
    <Choropleth
      shapes={shapes}
      values={values}
      label={(shape) => `${shape.name}: ${figureText(figures.get(shape.code))}`}
      title={title}
      viewBox={viewBox}
      onActivate={onActivate}
      texts={{
        help: onActivate ? t('national.map.helpActivate') : t('national.map.help'),
        readoutEmpty: t('national.map.readoutEmpty'),
        legend: t('national.map.legend', { unit }),
        classLabel: (index, lower, upper) =>
          index === 0
            ? t('national.map.classFirst', { upper: number(upper), unit })
            : t('national.map.classNext', { lower: number(lower), upper: number(upper), unit }),
        suppressed: t('national.map.suppressed'),
        credit: t('national.map.credit'),
      }}
    />
  );
}
