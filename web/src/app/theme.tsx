import { type CSSProperties, type ReactNode, useMemo } from 'react';
import { Document } from '../ui';
import { useSession } from './session';

/** The class the voorbeeld design tokens are scoped to (see its dist/theme.css). */
export const BASE_THEME_CLASS = 'voorbeeld-theme';

const CUSTOM_PROPERTY = /^--[a-z0-9-]{1,80}$/;

/** Organisation theme -> inline custom properties; anything not a custom property is ignored. */
export function themeStyle(theme: Record<string, string> | undefined): CSSProperties {
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(theme ?? {})) {
    if (CUSTOM_PROPERTY.test(name) && typeof value === 'string') style[name] = value;
  }
  return style as CSSProperties;
}

/**
 * The themed root of the app: the base NL Design System theme, overridden by
 * the design tokens of the active organisation (set as custom properties).
 */
export function ThemeRoot({ children }: { children: ReactNode }) {
  const { organisation } = useSession();
  const style = useMemo(() => themeStyle(organisation?.theme), [organisation]);
  return (
    <Document className={`${BASE_THEME_CLASS} weerbaar-root`} style={style}>
      {children}
    </Document>
  );
}
