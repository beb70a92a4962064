import {
  Table,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';
import './responsive-table.css';

export type ResponsiveTableProps = {
  /** The column headings (`<th scope="col">`), in order; leave out to write the header yourself. */
  columns?: readonly string[];
  /** The rows: a `TableBody` (and the `TableHeader` when there are no `columns`). */
  children: ReactNode;
  className?: string;
} & (
  | {
      /** The table's name, shown above it; it also names the scroll region. */
      caption: ReactNode;
      labelledBy?: never;
    }
  | {
      /** The id of a heading right above that already names the table. */
      labelledBy: string;
      caption?: never;
    }
);

/**
 * Every table of the app (ADR 0029). Words never break inside a cell: on a narrow screen
 * (320 px) the table keeps the width its longest words need and scrolls sideways inside a
 * named region that takes keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1,
 * 1.4.10; axe "scrollable-region-focusable"). The page itself never scrolls sideways.
 */
export function ResponsiveTable({
  caption,
  labelledBy,
  columns,
  className,
  children,
}: ResponsiveTableProps) {
  const captionId = useId();
  const nameId = labelledBy ?? captionId;
  return (
    // A <section> with a name is a region landmark (role="region").
    <section
      aria-labelledby={nameId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
      tabIndex={0}
      className="weerbaar-table-region"
    >
      <Table className={className} aria-labelledby={labelledBy}>
        {caption === undefined ? null : <TableCaption id={captionId}>{caption}</TableCaption>}
        {columns ? (
          <TableHeader>
            <TableRow>
              {columns.map((column) => (
                <TableHeaderCell key={column} scope="col">
                  {column}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
        ) : null}
        {children}
      </Table>
    </section>
  );
}
