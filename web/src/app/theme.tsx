import {
  type CSSProperties,
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
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

type Theme = Record<string, string>;

/** Sets (or clears, with undefined) the theme of the public page being shown. */
const PageThemeContext = createContext<(theme: Theme | undefined) => void>(() => undefined);

/**
 * A public page of an organisation shows that organisation's theme instead of the
 * signed-in person's own, while it is shown; leaving the page removes it.
 */
export function usePageTheme(theme: Theme | undefined): void {
  const setPageTheme = useContext(PageThemeContext);
  useEffect(() => {
    setPageTheme(theme);
    return () => setPageTheme(undefined);
  }, [setPageTheme, theme]);
}

/**
 * The themed root of the app: the base NL Design System theme, overridden by
 * the design tokens of the active organisation (set as custom properties), or
 * by those of the organisation whose public page is shown.
 */
export function ThemeRoot({ children }: { children: ReactNode }) {
  const { organisation } = useSession();
  const [pageTheme, setPageTheme] = useState<Theme | undefined>();
  const style = useMemo(
    () => themeStyle(pageTheme ?? organisation?.theme),
    [pageTheme, organisation],
  );
  return (
    <PageThemeContext.Provider value={setPageTheme}>
      <Document className={`${BASE_THEME_CLASS} weerbaar-root`} style={style}>
        {children}
      </Document>
    </PageThemeContext.Provider>
  );
}
