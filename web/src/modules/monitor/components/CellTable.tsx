import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { ResponsiveTable, TableBody, TableCell, TableHeaderCell, TableRow } from '../../../ui';
import type { Cell } from '../api';

/** The table alternative of a chart: category, percentage, interval, respondents. */
export function CellTable({
  caption,
  rows,
  firstColumn,
}: {
  caption: string;
  firstColumn: string;
  rows: { label: string; cell: Cell }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ResponsiveTable
      caption={caption}
      columns={[
        firstColumn,
        t('monitor.percentage'),
        t('monitor.interval'),
        t('monitor.respondents'),
      ]}
    >
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.label}>
            <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
            {r.cell.suppressed ? (
              <>
                <TableCell>{t('monitor.suppressed')}</TableCell>
                <TableCell>—</TableCell>
                <TableCell>—</TableCell>
              </>
            ) : (
              <>
                <TableCell>{format.percent(r.cell.p)}</TableCell>
                <TableCell>
                  {format.percent(r.cell.ciLow)} – {format.percent(r.cell.ciHigh)}
                </TableCell>
                <TableCell>{format.number(r.cell.n)}</TableCell>
              </>
            )}
          </TableRow>
        ))}
      </TableBody>
    </ResponsiveTable>
  );
}
