import { ApiError, api, type ProblemDetails } from '../../api/client';
import { authApi } from '../auth/api';

export type ClockState = 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
export interface Clock {
  dueOn: string | null;
  metOn: string | null;
  state: ClockState;
  daysLeft: number | null;
}
export interface Clocks {
  acknowledgement: Clock;
  feedback: Clock;
}
export type Status =
  | 'with_counsellor'
  | 'received'
  | 'assessment'
  | 'investigation'
  | 'concluded'
  | 'closed';
export type Channel = 'anonymous' | 'confidential' | 'identified';

export interface Attachment {
  id: string;
  messageId: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  addedBy: 'reporter' | 'handler' | 'counsellor';
  createdAt: string;
}
export interface Message {
  id: string;
  kind: 'message' | 'acknowledgement' | 'feedback';
  authorRole: 'reporter' | 'handler' | 'counsellor';
  body: string;
  createdAt: string;
}
export interface ReportContent {
  category: string;
  subjectType: string;
  summary: string;
  description: string;
  subject?: string;
  occurred?: string;
}
export interface ReporterView {
  reference: string;
  status: Status;
  channel: Channel;
  category: string;
  subjectType: string;
  summary: string;
  description: string;
  subject: string | null;
  occurred: string | null;
  receivedOn: string | null;
  clocks: Clocks;
  messages: Message[];
  attachments: Attachment[];
}
export interface MyReport extends ReporterView {
  id: string;
}
export interface MyReportSummary {
  id: string;
  reference: string;
  status: Status;
  channel: Channel;
  summary: string;
  receivedOn: string | null;
  lastMessageAt: string | null;
}
interface PersonRef {
  id: string;
  displayName: string;
}
export interface CaseSummary {
  id: string;
  reference: string;
  status: Status;
  channel: Channel;
  intake: 'web' | 'counsellor';
  category: string;
  subjectType: string;
  summary: string;
  receivedOn: string | null;
  handler: PersonRef | null;
  clocks: Clocks;
  overdue: boolean;
}
export interface UnmaskRequest {
  id: string;
  reportId: string;
  reference: string;
  requestedBy: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  requestedAt: string;
  decidedAt: string | null;
  accessUntil: string | null;
}
export interface CaseDetail extends CaseSummary {
  description: string;
  subject: string | null;
  occurred: string | null;
  recipient: PersonRef | null;
  counsellor: PersonRef | null;
  consentRecordedAt: string | null;
  identity: 'none' | 'visible' | 'sealed';
  assessment: string | null;
  decision: 'investigate' | 'no_investigation' | null;
  decisionReason: string | null;
  outcome: 'unfounded' | 'founded' | 'not_investigated' | null;
  outcomeSummary: string | null;
  measures: string | null;
  acknowledgedAt: string | null;
  feedbackAt: string | null;
  closedAt: string | null;
  allowedActions: string[];
  messages: Message[];
  attachments: Attachment[];
  timeline: {
    type: string;
    actorRole: string;
    actor: string | null;
    note: string | null;
    at: string;
  }[];
  unmaskRequests: UnmaskRequest[];
}
export interface Identity {
  name: string | null;
  email: string | null;
  contact: string | null;
  via: 'account' | 'counsellor';
}
export interface Breach {
  reportId: string;
  reference: string;
  clock: 'acknowledgement' | 'feedback';
  dueOn: string;
  detectedAt: string;
  metAt: string | null;
}
export interface Recipient {
  id: string;
  displayName: string;
  roles: string[];
}
export interface CustodyStatus {
  isCustodian: boolean;
  canManage: boolean;
  candidates: { personId: string; displayName: string }[];
  custodians: { personId: string; displayName: string }[];
  shareSet: {
    id: string;
    createdAt: string;
    keyVersions: number[];
    threshold: number;
    shares: { custodian: string; custodianId: string; collected: boolean }[];
  } | null;
  recovery: {
    status: string;
    startedAt: string;
    expiresAt: string;
    completedAt: string | null;
    waitingForSecondShare: boolean;
  } | null;
}
export interface Declaration {
  id: string;
  personId: string;
  holderName: string;
  kind: 'side_position' | 'financial_interest' | 'gift';
  organisationName: string;
  role: string | null;
  paid: boolean | null;
  description: string | null;
  valueCents: number | null;
  startOn: string;
  endOn: string | null;
  status: 'submitted' | 'validated' | 'rejected' | 'withdrawn';
  reviewNote: string | null;
  reviewedAt: string | null;
  current: boolean;
  income: { year: number; amountCents: number }[];
}
export interface OfficeHolder {
  personId: string;
  displayName: string;
  office: string;
  party: string | null;
  since: string;
  until: string | null;
  lastConfirmedOn: string | null;
  declaredThisYear: boolean;
  awaitingValidation: number;
  incomeMissing: boolean;
}
export interface MyDeclarations {
  officeHolder: OfficeHolder | null;
  giftThresholdCents: number;
  declarations: Declaration[];
}
export interface DeclarationInput {
  kind: string;
  organisationName: string;
  role?: string | null;
  paid?: boolean | null;
  description?: string | null;
  valueCents?: number | null;
  startOn: string;
  endOn?: string | null;
}
export interface Match {
  id: string;
  itemId: string;
  personId: string;
  holderName: string;
  declarationId: string;
  declaredName: string;
  declarationKind: string;
  score: number;
  explanation: string;
  status: 'open' | 'dismissed';
  notifiedAt: string | null;
  decision: 'abstain' | 'participate' | null;
  motivation: string | null;
  decidedAt: string | null;
}
export interface MeetingSummary {
  id: string;
  title: string;
  meetsOn: string;
  source: 'manual' | 'csv' | 'json';
  items: number;
  openMatches: number;
  notifiedAt: string | null;
}
export interface Meeting extends MeetingSummary {
  agenda: {
    id: string;
    itemNo: string;
    title: string;
    description: string | null;
    matches: Match[];
  }[];
}
export interface MyConflict {
  id: string;
  meetingTitle: string;
  meetsOn: string;
  itemNo: string;
  itemTitle: string;
  declaredName: string;
  explanation: string;
  decision: 'abstain' | 'participate' | null;
  motivation: string | null;
  decidedAt: string | null;
}
export interface PublicDeclaration {
  kind: Declaration['kind'];
  organisationName: string;
  role: string | null;
  paid: boolean | null;
  description: string | null;
  valueCents: number | null;
  startOn: string;
  endOn: string | null;
  income: { year: number; amountCents: number }[];
}
export interface PublicRegister {
  organisation: { code: string; name: string };
  generatedAt: string;
  giftThresholdCents: number;
  officeHolders: {
    name: string;
    office: string;
    party: string | null;
    since: string;
    until: string | null;
    inOffice: boolean;
    current: PublicDeclaration[];
    history: PublicDeclaration[];
  }[];
}

/** Turn a failed response into the same ApiError the JSON client throws. */
export async function problemOf(response: Response): Promise<ApiError> {
  const p = ((await response.json().catch(() => undefined)) ?? {}) as Partial<ProblemDetails>;
  return new ApiError({
    type: p.type ?? 'about:blank',
    title: p.title ?? response.statusText,
    status: response.status,
    detail: p.detail,
    code: p.code,
    errors: p.errors,
  });
}

export const networkError = (cause: unknown) =>
  new ApiError(
    { type: 'about:blank', title: 'Network error', status: 0, code: 'network_error' },
    { cause },
  );

/** POST multipart/form-data in the logged-in session, with the CSRF token. */
async function postForm<T>(path: string, form: FormData): Promise<T> {
  const session = await authApi.session();
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        'x-csrf-token': session.csrfToken ?? '',
      },
      body: form,
    });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}

const org = (orgId: string) => `/orgs/${orgId}/integrity`;

/** Download URL of a file in the logged-in session (opened as a normal link). */
export const downloadUrl = (orgId: string, path: string) => `/api/v1${org(orgId)}${path}`;

function messageForm(body: string, files: File[]) {
  const form = new FormData();
  form.append('body', body);
  for (const f of files) form.append('attachments', f, f.name);
  return form;
}

export const integrityApi = {
  recipients: (orgId: string) => api.get<Recipient[]>(`${org(orgId)}/recipients`),
  report: (
    orgId: string,
    input: ReportContent & { channel: string; recipientId?: string; contact?: string },
    files: File[],
  ) => {
    const form = new FormData();
    form.append('report', JSON.stringify(input));
    for (const f of files) form.append('attachments', f, f.name);
    return postForm<{
      id: string;
      reference: string;
      receivedOn: string;
      acknowledgementDueOn: string;
    }>(`${org(orgId)}/reports/with-attachments`, form);
  },
  myReports: (orgId: string) => api.get<MyReportSummary[]>(`${org(orgId)}/my-reports`),
  myReport: (orgId: string, id: string) => api.get<MyReport>(`${org(orgId)}/my-reports/${id}`),
  answerMine: (orgId: string, id: string, body: string, files: File[]) =>
    postForm<MyReport>(
      `${org(orgId)}/my-reports/${id}/messages/with-attachments`,
      messageForm(body, files),
    ),
  cases: (orgId: string, query = '') => api.get<CaseSummary[]>(`${org(orgId)}/cases${query}`),
  case: (orgId: string, id: string) => api.get<CaseDetail>(`${org(orgId)}/cases/${id}`),
  step: (orgId: string, id: string, step: string, body: unknown = {}) =>
    api.post<CaseDetail>(`${org(orgId)}/cases/${id}/${step}`, body),
  assign: (orgId: string, id: string, handlerId: string | null) =>
    api.put<CaseDetail>(`${org(orgId)}/cases/${id}/handler`, { handlerId }),
  writeToReporter: (orgId: string, id: string, body: string, files: File[]) =>
    postForm<CaseDetail>(
      `${org(orgId)}/cases/${id}/messages/with-attachments`,
      messageForm(body, files),
    ),
  identity: (orgId: string, id: string) => api.get<Identity>(`${org(orgId)}/cases/${id}/identity`),
  requestUnmask: (orgId: string, id: string, reason: string) =>
    api.post<{ id: string }>(`${org(orgId)}/cases/${id}/unmask-requests`, { reason }),
  intake: (orgId: string, body: unknown) =>
    api.post<{ id: string; reference: string }>(`${org(orgId)}/intakes`, body),
  forward: (orgId: string, id: string, body: unknown) =>
    api.post<{ id: string }>(`${org(orgId)}/cases/${id}/forward`, body),
  breaches: (orgId: string) => api.get<Breach[]>(`${org(orgId)}/clock-breaches`),
  unmaskQueue: (orgId: string) => api.get<UnmaskRequest[]>(`${org(orgId)}/unmask-requests`),
  decideUnmask: (orgId: string, id: string, approve: boolean, note?: string) =>
    api.post<{ status: string }>(`${org(orgId)}/unmask-requests/${id}/decision`, {
      approve,
      ...(note ? { note } : {}),
    }),
  custody: (orgId: string) => api.get<CustodyStatus>(`${org(orgId)}/custody`),
  setCustodians: (orgId: string, personIds: string[]) =>
    api.put<void>(`${org(orgId)}/custodians`, { personIds }),
  splitKey: (orgId: string) => api.post<{ shares: number }>(`${org(orgId)}/key-shares`, {}),
  collectShare: (orgId: string) =>
    api.post<{ share: string }>(`${org(orgId)}/key-shares/mine/collect`, {}),
  submitShare: (orgId: string, share: string) =>
    api.post<{ status: 'collecting' | 'completed' }>(`${org(orgId)}/key-recovery/shares`, {
      share,
    }),
  officeHolders: (orgId: string) => api.get<OfficeHolder[]>(`${org(orgId)}/office-holders`),
  holderCandidates: (orgId: string) =>
    api.get<{ personId: string; displayName: string }[]>(`${org(orgId)}/office-holder-candidates`),
  registerHolder: (orgId: string, personId: string, body: unknown) =>
    api.put<OfficeHolder>(`${org(orgId)}/office-holders/${personId}`, body),
  declarations: (orgId: string, status?: string) =>
    api.get<Declaration[]>(`${org(orgId)}/declarations${status ? `?status=${status}` : ''}`),
  review: (orgId: string, id: string, decision: 'validate' | 'reject', note?: string) =>
    api.post<void>(`${org(orgId)}/declarations/${id}/review`, {
      decision,
      ...(note ? { note } : {}),
    }),
  myDeclarations: (orgId: string) => api.get<MyDeclarations>(`${org(orgId)}/my-declarations`),
  declare: (orgId: string, body: DeclarationInput) =>
    api.post<MyDeclarations>(`${org(orgId)}/my-declarations`, body),
  confirm: (orgId: string) =>
    api.post<MyDeclarations>(`${org(orgId)}/my-declarations/confirmation`, {}),
  endDeclaration: (orgId: string, id: string, endOn: string) =>
    api.post<MyDeclarations>(`${org(orgId)}/my-declarations/${id}/end`, { endOn }),
  withdraw: (orgId: string, id: string) =>
    api.post<MyDeclarations>(`${org(orgId)}/my-declarations/${id}/withdraw`, {}),
  myConflicts: (orgId: string) => api.get<MyConflict[]>(`${org(orgId)}/my-conflicts`),
  decideConflict: (orgId: string, id: string, decision: string, motivation?: string) =>
    api.put<MyConflict[]>(`${org(orgId)}/my-conflicts/${id}`, {
      decision,
      ...(motivation ? { motivation } : {}),
    }),
  meetings: (orgId: string) => api.get<MeetingSummary[]>(`${org(orgId)}/meetings`),
  meeting: (orgId: string, id: string) => api.get<Meeting>(`${org(orgId)}/meetings/${id}`),
  importAgenda: (orgId: string, body: unknown) => api.post<Meeting>(`${org(orgId)}/meetings`, body),
  notify: (orgId: string, id: string) =>
    api.post<{ queued: true }>(`${org(orgId)}/meetings/${id}/notifications`, {}),
  setMatch: (orgId: string, meetingId: string, matchId: string, status: 'open' | 'dismissed') =>
    api.put<Meeting>(`${org(orgId)}/meetings/${meetingId}/matches/${matchId}`, { status }),
  publicRegister: (code: string) =>
    api.get<PublicRegister>(`/public/${encodeURIComponent(code)}/side-positions`),
  organisations: () => api.get<{ code: string; name: string; type: string }[]>('/organisations'),
};
