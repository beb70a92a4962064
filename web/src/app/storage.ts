/**
 * localStorage that never throws: private browsing or blocked storage must
 * not break the app, the preference is simply not remembered.
 */
export const storage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Not remembered; nothing else to do.
    }
  },
  remove(key: string): void {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Ignore.
    }
  },
};

/** Keys we keep in localStorage, in one place so they do not collide. */
export const STORAGE_KEYS = {
  locale: 'weerbaar.locale',
  activeOrganisation: 'weerbaar.activeOrganisation',
} as const;
