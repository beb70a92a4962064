import { api } from '../../api/client';
import type { Language } from '../../app/i18n';

export type OrganisationType = 'gemeente' | 'provincie' | 'waterschap' | 'rijk';

export interface Membership {
  organisationId: string;
  code: string;
  name: string;
  type: OrganisationType;
  roles: string[];
}

/** The logged-in person, as answered by GET /api/v1/me. */
export interface Me {
  id: string;
  displayName: string;
  email: string;
  locale: Language;
  isPlatformAdmin: boolean;
  memberships: Membership[];
}

/** An organisation with its theme: CSS custom property name -> value. */
export interface Organisation {
  id: string;
  code: string;
  name: string;
  type: OrganisationType;
  theme: Record<string, string>;
}

export const shellApi = {
  me: () => api.get<Me>('/me'),
  setLocale: (locale: Language) => api.patch<{ locale: Language }>('/me', { locale }),
  organisation: (orgId: string, signal?: AbortSignal) =>
    api.get<Organisation>(`/orgs/${encodeURIComponent(orgId)}`, { signal }),
};
