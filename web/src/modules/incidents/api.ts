import { ApiError, api, type ProblemDetails } from '../../api/client';
import { authApi } from '../auth/api';

export type Status = 'received' | 'in_treatment' | 'measures' | 'aftercare' | 'closed' | 'referred';

export interface ReportInput {
  reporterGroup: string;
  target: string;
  victimName?: string;
  contactPhone?: string;
  occurredOn: string;
  occurredTime?: string;
  location: string;
  locationDetail?: string;
  channel: string;
  kinds: string[];
  narrative: string;
  perpetratorKnown: boolean;
  perpetratorType?: string;
  perpetratorRepeat: boolean;
  perpetratorDescription?: string;
  impacts: string[];
  witnesses: boolean;
  witnessDetails?: string;
  policeCalled: boolean;
  email?: { senderAddress?: string; senderName?: string; subject?: string; sentAt?: string };
}

export interface Attachment {
  id: string;
  kind: 'evidence' | 'email_original';
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  receivedAt: string;
}

export interface Receipt {
  id: string;
  reference: string;
  status: Status;
  createdAt: string;
  attachments: Omit<Attachment, 'kind' | 'receivedAt'>[];
}

export interface EmailPreview {
  senderAddress: string | null;
  senderName: string | null;
  sentAt: string | null;
  subject: string | null;
  text: string;
  sha256: string;
}

export interface Message {
  id: string;
  authorRole: 'reporter' | 'handler';
  body: string;
  createdAt: string;
}

export interface Measure {
  id: string;
  type: string;
  status: 'planned' | 'done' | 'cancelled';
  filedBy: string | null;
  useOrganisationAddress: boolean;
  plannedOn: string | null;
  doneOn: string | null;
  note: string | null;
}

export interface AftercareTask {
  id: string;
  label: string;
  dueOn: string;
  status: 'planned' | 'done' | 'cancelled';
  outcome: string | null;
  overdue: boolean;
}

interface Facts {
  id: string;
  reference: string;
  status: Status;
  source: string;
  reporterGroup: string;
  target: string;
  occurredOn: string;
  occurredTime: string | null;
  location: string;
  channel: string;
  kinds: string[];
  perpetratorKnown: boolean;
  perpetratorType: string | null;
  perpetratorRepeat: boolean;
  impacts: string[];
  witnesses: boolean;
  policeCalled: boolean;
  createdAt: string;
  anonymised: boolean;
  narrative: string | null;
  victimName: string | null;
  locationDetail: string | null;
  perpetratorDescription: string | null;
  witnessDetails: string | null;
  email: {
    senderAddress: string | null;
    senderName: string | null;
    subject: string | null;
    sentAt: string | null;
  } | null;
  attachments: Attachment[];
  messages: Message[];
}

export interface Step {
  key: string;
  text: string;
  done: boolean;
}

export interface MyIncident extends Facts {
  policeReport: Measure | null;
  steps: Step[];
}

export interface MyIncidentSummary {
  id: string;
  reference: string;
  status: Status;
  kinds: string[];
  occurredOn: string;
  createdAt: string;
  openQuestions: number;
}

export interface IncidentDetail extends Facts {
  priority: string;
  risks: {
    repeat: boolean;
    weapon: boolean;
    homeAddressKnown: boolean;
    threatToRelatives: boolean;
  };
  riskNote: string | null;
  triagedAt: string | null;
  reporter: { type: string; displayName: string | null; email: string | null } | null;
  handler: { id: string; displayName: string } | null;
  contactPhone: string | null;
  firstContactDueOn: string;
  firstContactAt: string | null;
  overdue: boolean;
  allowedTransitions: Status[];
  steps: Step[];
  measures: Measure[];
  aftercare: AftercareTask[];
  timeline: {
    type: string;
    fromStatus: string | null;
    toStatus: string | null;
    note: string | null;
    actorRole: string;
    at: string;
  }[];
}

export interface IncidentSummary {
  id: string;
  reference: string;
  status: Status;
  priority: string;
  kinds: string[];
  channel: string;
  occurredOn: string;
  createdAt: string;
  handler: { id: string; displayName: string } | null;
  firstContactDueOn: string;
  overdue: boolean;
  triaged: boolean;
}

export interface RegisterPage {
  items: IncidentSummary[];
  total: number;
  /** With a search: the reports it found; null without one. */
  matched: number | null;
  searchLimited: boolean;
}

export interface SettingsInput {
  firstContactWorkingDays: number;
  aftercareSchedule: { unit: 'working_days' | 'days'; amount: number }[];
  retentionMonths: number;
  retentionAction: 'anonymise' | 'delete';
  emailIntakeEnabled: boolean;
  organisationAddress: string | null;
}

export interface Settings extends SettingsInput {
  /** meldingen+<code>@<domain>, when intake is on here and on the server. */
  emailIntakeAddress: string | null;
  /** Whether the server listens for forwarded e-mail at all. */
  emailIntakeAvailable: boolean;
}

/** A forwarded e-mail waiting to be completed into a report. */
export interface Draft {
  id: string;
  receivedAt: string;
  expiresAt: string;
  forwardFound: 'attachment' | 'inline' | 'none';
  email: {
    senderAddress: string | null;
    senderName: string | null;
    subject: string | null;
    sentAt: string | null;
  };
  original: { fileName: string; sizeBytes: number; sha256: string };
}

export interface DraftDetail extends Draft {
  text: string;
}

const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;

/** POST multipart/form-data with the session's CSRF token; problems become ApiError. */
async function postForm<T>(
  path: string,
  form: FormData,
  headers: Record<string, string> = {},
): Promise<T> {
  const session = await authApi.session();
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        'x-csrf-token': session.csrfToken ?? '',
        ...headers,
      },
      body: form,
    });
  } catch (cause) {
    throw new ApiError(
      { type: 'about:blank', title: 'Network error', status: 0, code: 'network_error' },
      { cause },
    );
  }
  const payload = (await response.json().catch(() => undefined)) as unknown;
  if (response.ok) return payload as T;
  const p = (payload ?? {}) as Partial<ProblemDetails>;
  throw new ApiError({
    type: p.type ?? 'about:blank',
    title: p.title ?? response.statusText,
    status: response.status,
    detail: p.detail,
    code: p.code,
    errors: p.errors,
  });
}

/** URL of a download (PDF, zip, export, evidence file); opened as a normal link. */
export const downloadUrl = (orgId: string, path: string) => `/api/v1${org(orgId)}${path}`;

export const incidentsApi = {
  report: (orgId: string, input: ReportInput, files: File[], idempotencyKey: string) => {
    const form = new FormData();
    form.append('report', JSON.stringify(input));
    for (const f of files) form.append('attachments', f, f.name);
    return postForm<Receipt>(`${org(orgId)}/incidents/with-attachments`, form, {
      'idempotency-key': idempotencyKey,
    });
  },
  previewEmail: (orgId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return postForm<EmailPreview>(`${org(orgId)}/incidents/email-preview`, form);
  },
  intakeAddress: (orgId: string) =>
    api.get<{ address: string | null }>(`${org(orgId)}/incident-intake-address`),
  drafts: (orgId: string) => api.get<Draft[]>(`${org(orgId)}/my-incident-drafts`),
  draft: (orgId: string, id: string) =>
    api.get<DraftDetail>(`${org(orgId)}/my-incident-drafts/${encodeURIComponent(id)}`),
  discardDraft: (orgId: string, id: string) =>
    api.delete<void>(`${org(orgId)}/my-incident-drafts/${encodeURIComponent(id)}`),
  /** File the report of a draft: the forwarded message goes along as .eml evidence. */
  completeDraft: (
    orgId: string,
    id: string,
    input: ReportInput,
    files: File[],
    idempotencyKey: string,
  ) => {
    const form = new FormData();
    form.append('report', JSON.stringify(input));
    for (const f of files) form.append('attachments', f, f.name);
    return postForm<Receipt>(
      `${org(orgId)}/my-incident-drafts/${encodeURIComponent(id)}/report`,
      form,
      { 'idempotency-key': idempotencyKey },
    );
  },
  mine: (orgId: string) => api.get<MyIncidentSummary[]>(`${org(orgId)}/my-incidents`),
  myIncident: (orgId: string, id: string) =>
    api.get<MyIncident>(`${org(orgId)}/my-incidents/${id}`),
  addInformation: (orgId: string, id: string, body: string, files: File[]) => {
    const form = new FormData();
    form.append('body', body);
    for (const f of files) form.append('attachments', f, f.name);
    return postForm<MyIncident>(`${org(orgId)}/my-incidents/${id}/messages`, form);
  },
  register: (orgId: string, query: URLSearchParams) =>
    api.get<RegisterPage>(`${org(orgId)}/incidents?${query.toString()}`),
  handlers: (orgId: string) =>
    api.get<{ id: string; displayName: string }[]>(`${org(orgId)}/incident-handlers`),
  incident: (orgId: string, id: string) => api.get<IncidentDetail>(`${org(orgId)}/incidents/${id}`),
  transition: (orgId: string, id: string, to: Status, note?: string) =>
    api.post<IncidentDetail>(`${org(orgId)}/incidents/${id}/transitions`, {
      to,
      ...(note ? { note } : {}),
    }),
  triage: (
    orgId: string,
    id: string,
    body: { priority: string; risks: IncidentDetail['risks']; note?: string },
  ) => api.put<IncidentDetail>(`${org(orgId)}/incidents/${id}/triage`, body),
  assign: (orgId: string, id: string, handlerId: string | null) =>
    api.put<IncidentDetail>(`${org(orgId)}/incidents/${id}/handler`, { handlerId }),
  firstContact: (orgId: string, id: string) =>
    api.post<IncidentDetail>(`${org(orgId)}/incidents/${id}/first-contact`, {}),
  message: (orgId: string, id: string, body: string) =>
    api.post<IncidentDetail>(`${org(orgId)}/incidents/${id}/messages`, { body }),
  addMeasure: (orgId: string, id: string, body: Record<string, unknown>) =>
    api.post<IncidentDetail>(`${org(orgId)}/incidents/${id}/measures`, body),
  updateMeasure: (orgId: string, id: string, measureId: string, body: Record<string, unknown>) =>
    api.patch<IncidentDetail>(`${org(orgId)}/incidents/${id}/measures/${measureId}`, body),
  planAftercare: (orgId: string, id: string) =>
    api.post<IncidentDetail>(`${org(orgId)}/incidents/${id}/aftercare/plan`, {}),
  settings: (orgId: string) => api.get<Settings>(`${org(orgId)}/incident-settings`),
  saveSettings: (orgId: string, body: SettingsInput) =>
    api.put<Settings>(`${org(orgId)}/incident-settings`, body),
  updateTask: (orgId: string, id: string, taskId: string, body: Record<string, unknown>) =>
    api.patch<IncidentDetail>(`${org(orgId)}/incidents/${id}/aftercare/${taskId}`, body),
};
