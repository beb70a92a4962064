import type { ReactNode } from 'react';
import { Alert, Paragraph, ResponsiveTable, TableBody } from '../ui';
import { errorMessage } from './errors';

/**
 * A loaded list (`useLoad`) as the list pages show it: the load's error, a sentence when the
 * list is empty, or one `ResponsiveTable` row per item; nothing while it loads.
 */
export function ListTable<T>({
  data,
  error,
  empty,
  caption,
  columns,
  row,
}: {
  data: readonly T[] | null;
  error: unknown;
  /** Said instead of the table when the list is empty. */
  empty: string;
  /** The table's name for this many rows (a plural text). */
  caption: (count: number) => string;
  columns: readonly string[];
  /** One `TableRow` (with its key) per item. */
  row: (item: T) => ReactNode;
}) {
  return (
    <>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data && data.length === 0 ? <Paragraph>{empty}</Paragraph> : null}
      {data && data.length > 0 ? (
        <ResponsiveTable caption={caption(data.length)} columns={columns}>
          <TableBody>{data.map(row)}</TableBody>
        </ResponsiveTable>
      ) : null}
    </>
  );
}
