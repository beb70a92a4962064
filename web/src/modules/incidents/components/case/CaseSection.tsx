import type { ReactNode } from 'react';
import { Heading } from '../../../../ui';

/** A section of the case page, named by its h2 (`headingId` is the h2's id). */
export function CaseSection({
  headingId,
  title,
  children,
}: {
  headingId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
