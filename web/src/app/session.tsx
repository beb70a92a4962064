import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { type ApiError, isApiError, onUnauthenticated, setCsrfToken } from '../api/client';
import { authApi } from '../modules/auth/api';
import { type Me, type Membership, type Organisation, shellApi } from '../modules/shell/api';
import { currentLanguage, type Language, setLanguage, storedLanguage } from './i18n';
import { STORAGE_KEYS, storage } from './storage';

/** Why someone is not logged in: shown as a calm notice on the login page. */
export type AnonymousReason = 'expired' | 'logged_out' | null;

type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason: AnonymousReason }
  | { status: 'authenticated'; me: Me }
  | { status: 'unreachable'; error: ApiError | Error };

export interface Session {
  status: SessionState['status'];
  me: Me | null;
  anonymousReason: AnonymousReason;
  startupError: ApiError | Error | null;
  /** The organisation the person works in now (one of their memberships). */
  activeMembership: Membership | null;
  /** Roles in the active organisation. */
  roles: string[];
  /** Details of the active organisation incl. theme; null until loaded or when unavailable. */
  organisation: Organisation | null;
  setActiveOrganisation(organisationId: string): void;
  /** Load the active organisation's details again (after its admin changed the logo). */
  reloadOrganisation(): void;
  /** Call after a successful login step that returned a CSRF token. */
  completeLogin(csrfToken: string): Promise<void>;
  logout(): Promise<void>;
  /** Switch language; remembered on this device and, when logged in, on the account. */
  changeLanguage(language: Language): Promise<void>;
  retry(): void;
}

const SessionContext = createContext<Session | null>(null);

/** Adopt the account's language, unless this device has an explicit choice (then save that). */
function syncLanguage(me: Me): void {
  const chosen = storedLanguage();
  if (chosen && chosen !== me.locale) {
    void shellApi.setLocale(chosen).catch(() => undefined);
  } else if (!chosen && me.locale !== currentLanguage()) {
    void setLanguage(me.locale, false);
  }
}

/** Holds who is logged in, in which organisation, and that organisation's theme. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [activeOrgId, setActiveOrgId] = useState(() =>
    storage.get(STORAGE_KEYS.activeOrganisation),
  );
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  const [organisationVersion, setOrganisationVersion] = useState(0);

  const loadMe = useCallback(async () => {
    const me = await shellApi.me();
    syncLanguage(me);
    setState({ status: 'authenticated', me });
  }, []);

  const start = useCallback(async () => {
    setState({ status: 'loading' });
    try {
      const session = await authApi.session();
      setCsrfToken(session.csrfToken);
      if (!session.authenticated) {
        setState({ status: 'anonymous', reason: null });
        return;
      }
      await loadMe();
    } catch (error) {
      if (isApiError(error, 'unauthenticated')) setState({ status: 'anonymous', reason: null });
      else setState({ status: 'unreachable', error: error as Error });
    }
  }, [loadMe]);

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        setCsrfToken(null);
        setState((s) =>
          s.status === 'authenticated' ? { status: 'anonymous', reason: 'expired' } : s,
        );
      }),
    [],
  );

  const me = state.status === 'authenticated' ? state.me : null;
  const memberships = me?.memberships ?? [];
  const activeMembership =
    memberships.find((m) => m.organisationId === activeOrgId) ?? memberships[0] ?? null;
  const activeId = activeMembership?.organisationId ?? null;

  // Load the active organisation's details (its theme). Without them the app
  // still works, with the default theme and the name from the membership.
  // biome-ignore lint/correctness/useExhaustiveDependencies: organisationVersion asks for a reload
  useEffect(() => {
    if (!activeId) return setOrganisation(null);
    const controller = new AbortController();
    shellApi
      .organisation(activeId, controller.signal)
      .then(setOrganisation)
      .catch(() => undefined);
    return () => controller.abort();
  }, [activeId, organisationVersion]);
  const reloadOrganisation = useCallback(() => setOrganisationVersion((v) => v + 1), []);

  const setActiveOrganisation = useCallback((organisationId: string) => {
    storage.set(STORAGE_KEYS.activeOrganisation, organisationId);
    setActiveOrgId(organisationId);
  }, []);

  const completeLogin = useCallback(
    async (csrfToken: string) => {
      setCsrfToken(csrfToken);
      await loadMe();
    },
    [loadMe],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      // The session may already be gone; either way we forget it here.
    }
    setCsrfToken(null);
    setState({ status: 'anonymous', reason: 'logged_out' });
  }, []);

  const authenticated = state.status === 'authenticated';
  const changeLanguage = useCallback(
    async (language: Language) => {
      await setLanguage(language);
      if (authenticated) await shellApi.setLocale(language).catch(() => undefined);
    },
    [authenticated],
  );

  const value = useMemo<Session>(
    () => ({
      status: state.status,
      me,
      anonymousReason: state.status === 'anonymous' ? state.reason : null,
      startupError: state.status === 'unreachable' ? state.error : null,
      activeMembership,
      roles: activeMembership?.roles ?? [],
      organisation: organisation && organisation.id === activeId ? organisation : null,
      setActiveOrganisation,
      reloadOrganisation,
      completeLogin,
      logout,
      changeLanguage,
      retry: () => void start(),
    }),
    [
      state,
      me,
      activeMembership,
      organisation,
      activeId,
      setActiveOrganisation,
      reloadOrganisation,
      completeLogin,
      logout,
      changeLanguage,
      start,
    ],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session; use inside <SessionProvider>. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
