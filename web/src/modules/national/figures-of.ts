import type { NationalCell, ReleaseRow } from './api';
import type { PeriodFigure } from './components/FigurePanel';

/** Area codes as the map writes them (GM0363, PV27), whatever case the organisation register uses. */
export const mapCode = (code: string) => code.toUpperCase();

export function figureOfCell(cell: NationalCell): PeriodFigure {
  return {
    code: mapCode(cell.area.code),
    name: cell.area.name,
    type: cell.area.type,
    period: cell.period,
    count: cell.count,
    rate: cell.rate,
    suppressed: cell.suppressed,
  };
}

export function figureOfRow(row: ReleaseRow): PeriodFigure {
  return {
    code: mapCode(row.areaCode),
    name: row.areaName,
    type: row.areaType,
    period: row.period,
    count: row.count,
    rate: row.rate,
    suppressed: row.suppressed,
  };
}
