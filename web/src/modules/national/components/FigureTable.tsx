import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { ResponsiveTable, TableBody, TableCell, TableHeaderCell, TableRow } from '../../../ui';
import type { AreaFigure } from '../figures';

/**
 * The table alternative to the map: every area with exactly the figures its shape carries
 * (count, rate, or the word "onderdrukt" where disclosure control withheld it).
 */
export function FigureTable({
  caption,
  figures,
  areaHeading,
}: {
  caption: string;
  figures: readonly AreaFigure[];
  areaHeading: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ResponsiveTable
      caption={caption}
      columns={[areaHeading, t('national.table.count'), t('national.table.rate')]}
      className="national-table"
    >
      <TableBody>
        {figures.map((figure) => (
          <TableRow key={figure.code} data-code={figure.code}>
            <TableHeaderCell scope="row">{figure.name}</TableHeaderCell>
            <TableCell data-column="count">
              {figure.suppressed
                ? t('national.figure.suppressedReason')
                : format.number(figure.count)}
            </TableCell>
            <TableCell data-column="rate">
              {figure.suppressed
                ? t('national.figure.suppressed')
                : format.number(figure.rate, { maximumFractionDigits: 1 })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ResponsiveTable>
  );
}
