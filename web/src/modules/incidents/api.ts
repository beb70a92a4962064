import {
  type ApiBody,
  type ApiQuery,
  type ApiResult,
  client,
  type FormInput,
  formBody,
  unwrap,
} from '../../api/client';

type IncidentPath = '/api/v1/orgs/{orgId}/incidents/{incidentId}';

export type IncidentDetail = ApiResult<IncidentPath>;
export type Status = IncidentDetail['status'];
export type MyIncident = ApiResult<'/api/v1/orgs/{orgId}/my-incidents/{incidentId}'>;
export type Step = MyIncident['steps'][number];
/** A report as the form holds it (the JSON part of the multipart upload). */
export type ReportInput = FormInput<ReportBody>;
export type Receipt = ApiResult<'/api/v1/orgs/{orgId}/incidents/with-attachments', 'post'>;
export type EmailPreview = ApiResult<'/api/v1/orgs/{orgId}/incidents/email-preview', 'post'>;
export type Settings = ApiResult<'/api/v1/orgs/{orgId}/incident-settings'>;
export type SettingsInput = ApiBody<'/api/v1/orgs/{orgId}/incident-settings', 'put'>;
/** A forwarded e-mail waiting to be completed into a report. */
export type Draft = ApiResult<'/api/v1/orgs/{orgId}/my-incident-drafts'>[number];
export type DraftDetail = ApiResult<'/api/v1/orgs/{orgId}/my-incident-drafts/{draftId}'>;

type ReportBody = ApiBody<'/api/v1/orgs/{orgId}/incidents', 'post'>;
type RegisterQuery = ApiQuery<'/api/v1/orgs/{orgId}/incidents'>;
type MeasureBody = ApiBody<`${IncidentPath}/measures`, 'post'>;

const INCIDENT: IncidentPath = '/api/v1/orgs/{orgId}/incidents/{incidentId}';
const orgPath = (orgId: string) => ({ params: { path: { orgId } } });
const incidentPath = (orgId: string, incidentId: string) => ({
  params: { path: { orgId, incidentId } },
});
const draftPath = (orgId: string, draftId: string) => ({ params: { path: { orgId, draftId } } });

/** A report with attachments: the JSON as the `report` field (multipart). */
function reportForm(input: ReportInput, files: File[]) {
  const form = new FormData();
  form.append('report', JSON.stringify(input));
  for (const f of files) form.append('attachments', f, f.name);
  return formBody(form);
}

/** URL of a download (PDF, zip, export, evidence file); opened as a normal link. */
export const downloadUrl = (orgId: string, path: string) =>
  `/api/v1/orgs/${encodeURIComponent(orgId)}${path}`;

export const incidentsApi = {
  /** The organisation's published norm against aggression (404 while none is published). */
  publicNorm: (organisationCode: string) =>
    unwrap(
      client.GET('/api/v1/public/{organisationCode}/norm', {
        params: { path: { organisationCode } },
      }),
    ),
  report: (orgId: string, input: ReportInput, files: File[], idempotencyKey: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/incidents/with-attachments', {
        ...orgPath(orgId),
        headers: { 'idempotency-key': idempotencyKey },
        body: reportForm(input, files),
      }),
    ),
  previewEmail: (orgId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return unwrap(
      client.POST('/api/v1/orgs/{orgId}/incidents/email-preview', {
        ...orgPath(orgId),
        body: formBody(form),
      }),
    );
  },
  intakeAddress: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/incident-intake-address', orgPath(orgId))),
  drafts: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/my-incident-drafts', orgPath(orgId))),
  draft: (orgId: string, id: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/my-incident-drafts/{draftId}', draftPath(orgId, id))),
  discardDraft: (orgId: string, id: string) =>
    unwrap(
      client.DELETE('/api/v1/orgs/{orgId}/my-incident-drafts/{draftId}', draftPath(orgId, id)),
    ),
  /** File the report of a draft: the forwarded message goes along as .eml evidence. */
  completeDraft: (
    orgId: string,
    id: string,
    input: ReportInput,
    files: File[],
    idempotencyKey: string,
  ) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/my-incident-drafts/{draftId}/report', {
        ...draftPath(orgId, id),
        headers: { 'idempotency-key': idempotencyKey },
        body: reportForm(input, files),
      }),
    ),
  mine: (orgId: string) => unwrap(client.GET('/api/v1/orgs/{orgId}/my-incidents', orgPath(orgId))),
  myIncident: (orgId: string, id: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/my-incidents/{incidentId}', incidentPath(orgId, id))),
  addInformation: (orgId: string, id: string, body: string, files: File[]) => {
    const form = new FormData();
    form.append('body', body);
    for (const f of files) form.append('attachments', f, f.name);
    return unwrap(
      client.POST('/api/v1/orgs/{orgId}/my-incidents/{incidentId}/messages', {
        ...incidentPath(orgId, id),
        body: formBody(form),
      }),
    );
  },
  // The query is built (and tested) in register-query.ts from the page's own address.
  register: (orgId: string, query: URLSearchParams) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/incidents', {
        params: { path: { orgId }, query: Object.fromEntries(query) as RegisterQuery },
      }),
    ),
  handlers: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/incident-handlers', orgPath(orgId))),
  incident: (orgId: string, id: string) => unwrap(client.GET(INCIDENT, incidentPath(orgId, id))),
  transition: (orgId: string, id: string, to: Status, note?: string) =>
    unwrap(
      client.POST(`${INCIDENT}/transitions`, {
        ...incidentPath(orgId, id),
        body: { to, ...(note ? { note } : {}) },
      }),
    ),
  triage: (orgId: string, id: string, body: FormInput<ApiBody<`${IncidentPath}/triage`, 'put'>>) =>
    unwrap(
      client.PUT(`${INCIDENT}/triage`, {
        ...incidentPath(orgId, id),
        body: body as ApiBody<`${IncidentPath}/triage`, 'put'>,
      }),
    ),
  assign: (orgId: string, id: string, handlerId: string | null) =>
    unwrap(client.PUT(`${INCIDENT}/handler`, { ...incidentPath(orgId, id), body: { handlerId } })),
  district: (orgId: string, id: string, code: string | null) =>
    unwrap(client.PUT(`${INCIDENT}/district`, { ...incidentPath(orgId, id), body: { code } })),
  firstContact: (orgId: string, id: string) =>
    unwrap(client.POST(`${INCIDENT}/first-contact`, { ...incidentPath(orgId, id), body: {} })),
  message: (orgId: string, id: string, body: string) =>
    unwrap(client.POST(`${INCIDENT}/messages`, { ...incidentPath(orgId, id), body: { body } })),
  addMeasure: (orgId: string, id: string, body: FormInput<MeasureBody>) =>
    unwrap(
      client.POST(`${INCIDENT}/measures`, {
        ...incidentPath(orgId, id),
        body: body as MeasureBody,
      }),
    ),
  updateMeasure: (
    orgId: string,
    id: string,
    measureId: string,
    body: ApiBody<`${IncidentPath}/measures/{measureId}`, 'patch'>,
  ) =>
    unwrap(
      client.PATCH(`${INCIDENT}/measures/{measureId}`, {
        params: { path: { orgId, incidentId: id, measureId } },
        body,
      }),
    ),
  planAftercare: (orgId: string, id: string) =>
    unwrap(client.POST(`${INCIDENT}/aftercare/plan`, { ...incidentPath(orgId, id), body: {} })),
  settings: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/incident-settings', orgPath(orgId))),
  saveSettings: (orgId: string, body: SettingsInput) =>
    unwrap(client.PUT('/api/v1/orgs/{orgId}/incident-settings', { ...orgPath(orgId), body })),
  updateTask: (
    orgId: string,
    id: string,
    taskId: string,
    body: ApiBody<`${IncidentPath}/aftercare/{taskId}`, 'patch'>,
  ) =>
    unwrap(
      client.PATCH(`${INCIDENT}/aftercare/{taskId}`, {
        params: { path: { orgId, incidentId: id, taskId } },
        body,
      }),
    ),
};
