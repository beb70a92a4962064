import type { ReactNode } from 'react';

/** Text for screen readers only (see .weerbaar-visually-hidden in app/global.css). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="weerbaar-visually-hidden">{children}</span>;
}
