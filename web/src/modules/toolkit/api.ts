import { type ApiBody, type ApiResult, client, unwrap } from '../../api/client';

export type ToolkitItem = ApiResult<'/api/v1/orgs/{orgId}/toolkit/items/{slug}'>;
export type ToolkitSummary = ToolkitItem extends infer I ? Omit<I, 'body' | 'sessions'> : never;
export type Session = ToolkitItem['sessions'][number];
export type ItemInput = ApiBody<'/api/v1/orgs/{orgId}/toolkit/items/{slug}', 'put'>;
export type SessionInput = ApiBody<'/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}', 'put'>;
export type SessionSignups = ApiResult<'/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}/signups'>;
export type Norm = ApiResult<'/api/v1/orgs/{orgId}/toolkit/norm'>;
export type NormInput = ApiBody<'/api/v1/orgs/{orgId}/toolkit/norm', 'put'>;
export type TrainingOverview = ApiResult<'/api/v1/orgs/{orgId}/toolkit/training-overview'>;
export type RequiredTrainingInput = ApiBody<
  '/api/v1/orgs/{orgId}/toolkit/required-training',
  'put'
>;

export const KINDS = ['guide', 'code_of_conduct', 'step_plan', 'training'] as const;
export const AUDIENCES = ['office_holder', 'civil_servant', 'clerk', 'mayor'] as const;
export const THEMES = [
  'aggression',
  'online_intimidation',
  'integrity',
  'undermining',
  'bibob',
] as const;

export interface Filter {
  q?: string;
  kind?: (typeof KINDS)[number];
  audience?: (typeof AUDIENCES)[number];
  theme?: (typeof THEMES)[number];
}

/** URL of a session's calendar invitation; opened as a normal link (download). */
export const calendarUrl = (orgId: string, sessionId: string) =>
  `/api/v1/orgs/${encodeURIComponent(orgId)}/toolkit/sessions/${encodeURIComponent(sessionId)}/calendar.ics`;

export const toolkitApi = {
  list: (orgId: string, query: Filter) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/toolkit/items', { params: { path: { orgId }, query } }),
    ),
  item: (orgId: string, slug: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/toolkit/items/{slug}', {
        params: { path: { orgId, slug } },
      }),
    ),
  setHidden: (orgId: string, slug: string, hidden: boolean) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/toolkit/items/{slug}/visibility', {
        params: { path: { orgId, slug } },
        body: { hidden },
      }),
    ),
  create: (orgId: string, body: ItemInput) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/toolkit/items', { params: { path: { orgId } }, body }),
    ),
  update: (orgId: string, slug: string, body: ItemInput) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/toolkit/items/{slug}', {
        params: { path: { orgId, slug } },
        body,
      }),
    ),
  remove: (orgId: string, slug: string) =>
    unwrap(
      client.DELETE('/api/v1/orgs/{orgId}/toolkit/items/{slug}', {
        params: { path: { orgId, slug } },
      }),
    ),
  createSession: (orgId: string, slug: string, body: SessionInput) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/toolkit/items/{slug}/sessions', {
        params: { path: { orgId, slug } },
        body,
      }),
    ),
  updateSession: (orgId: string, sessionId: string, body: SessionInput) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}', {
        params: { path: { orgId, sessionId } },
        body,
      }),
    ),
  signups: (orgId: string, sessionId: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}/signups', {
        params: { path: { orgId, sessionId } },
      }),
    ),
  setAttended: (orgId: string, sessionId: string, signupId: string, attended: boolean) =>
    unwrap(
      client.PUT(
        '/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}/signups/{signupId}/attendance',
        {
          params: { path: { orgId, sessionId, signupId } },
          body: { attended },
        },
      ),
    ),
  overview: (orgId: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/toolkit/training-overview', {
        params: { path: { orgId } },
      }),
    ),
  norm: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/toolkit/norm', { params: { path: { orgId } } })),
  saveNorm: (orgId: string, body: NormInput) =>
    unwrap(client.PUT('/api/v1/orgs/{orgId}/toolkit/norm', { params: { path: { orgId } }, body })),
  publicNorm: (organisationCode: string) =>
    unwrap(
      client.GET('/api/v1/public/{organisationCode}/norm', {
        params: { path: { organisationCode } },
      }),
    ),
  signUp: (orgId: string, sessionId: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}/signups', {
        params: { path: { orgId, sessionId } },
      }),
    ),
  cancelSignup: (orgId: string, sessionId: string) =>
    unwrap(
      client.DELETE('/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}/signups/mine', {
        params: { path: { orgId, sessionId } },
      }),
    ),
  cancelSession: (orgId: string, sessionId: string) =>
    unwrap(
      client.DELETE('/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}', {
        params: { path: { orgId, sessionId } },
      }),
    ),
  setRequiredTraining: (orgId: string, body: RequiredTrainingInput) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/toolkit/required-training', {
        params: { path: { orgId } },
        body,
      }),
    ),
};
