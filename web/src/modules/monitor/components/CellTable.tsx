import { useTranslation } from 'react-i18next';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../../ui';
import { type Cell, percent } from '../api';
import { ScrollRegion } from './ScrollRegion';

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
  return (
    <ScrollRegion label={caption}>
      <Table style={{ minWidth: '30rem' }}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{firstColumn}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('monitor.percentage')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('monitor.interval')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('monitor.respondents')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
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
                  <TableCell>{percent(r.cell.p)}</TableCell>
                  <TableCell>
                    {percent(r.cell.ciLow)} – {percent(r.cell.ciHigh)}
                  </TableCell>
                  <TableCell>{r.cell.n?.toLocaleString('nl-NL')}</TableCell>
                </>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
