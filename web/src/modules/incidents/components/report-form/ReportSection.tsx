import type { ReactNode } from 'react';
import { Fieldset, FieldsetLegend, Heading } from '../../../../ui';

/** One fieldset of the report form, with an h2 as its legend. */
export function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Fieldset>
      <FieldsetLegend>
        <Heading level={2}>{title}</Heading>
      </FieldsetLegend>
      {children}
    </Fieldset>
  );
}
