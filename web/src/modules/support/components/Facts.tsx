import type { ReactNode } from 'react';
import { DataList, DataListItem, DataListKey, DataListValue } from '../../../ui';

/** A list of labelled facts; a fact whose value is null or false is left out. */
export function Facts({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <DataList>
      {items
        .filter(([, value]) => value !== null && value !== false)
        .map(([label, value]) => (
          <DataListItem key={label}>
            <DataListKey>{label}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
    </DataList>
  );
}
