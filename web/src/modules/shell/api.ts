import { type ApiResult, client, unwrap } from '../../api/client';
import type { Language } from '../../app/i18n';

/** The logged-in person, as answered by GET /api/v1/me. */
export type Me = ApiResult<'/api/v1/me'>;

export type Membership = Me['memberships'][number];

export type OrganisationType = Membership['type'];

/** An organisation with its theme: CSS custom property name -> value. */
export type Organisation = ApiResult<'/api/v1/orgs/{orgId}/'>;

export const shellApi = {
  me: () => unwrap(client.GET('/api/v1/me')),
  setLocale: (locale: Language) => unwrap(client.PATCH('/api/v1/me', { body: { locale } })),
  organisation: (orgId: string, signal?: AbortSignal) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/', { params: { path: { orgId } }, signal })),
  /** The public list of organisations (code, name, type, logo address), without login. */
  publicOrganisations: (signal?: AbortSignal) =>
    unwrap(client.GET('/api/v1/organisations', { signal })),
};
