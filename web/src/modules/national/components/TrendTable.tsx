import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { ResponsiveTable, TableBody, TableCell, TableHeaderCell, TableRow } from '../../../ui';
import type { PeriodFigure } from './FigurePanel';

/** The trend: the total of every period asked for, oldest first (suppressed totals in words). */
export function TrendTable({
  caption,
  totals,
}: {
  caption: string;
  totals: readonly PeriodFigure[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [...totals].sort((a, b) => a.period.localeCompare(b.period));
  if (rows.length === 0) return null;
  return (
    <ResponsiveTable
      caption={caption}
      columns={[t('national.period'), t('national.table.count'), t('national.table.rate')]}
    >
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.code}:${row.period}`}>
            <TableHeaderCell scope="row">{row.period}</TableHeaderCell>
            <TableCell>
              {row.suppressed ? t('national.figure.suppressed') : format.number(row.count)}
            </TableCell>
            <TableCell>
              {row.suppressed
                ? t('national.figure.suppressed')
                : format.number(row.rate, { maximumFractionDigits: 1 })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ResponsiveTable>
  );
}
