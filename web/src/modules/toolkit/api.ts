import { type ApiResult, client, unwrap } from '../../api/client';

export type ToolkitItem = ApiResult<'/api/v1/orgs/{orgId}/toolkit/items/{slug}'>;
export type ToolkitSummary = ToolkitItem extends infer I ? Omit<I, 'body' | 'sessions'> : never;
export type Session = ToolkitItem['sessions'][number];

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
  signUp: (orgId: string, sessionId: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}/signups', {
        params: { path: { orgId, sessionId } },
      }),
    ),
};
