import {
  type ApiBody,
  type ApiQuery,
  type ApiResult,
  client,
  type FormInput,
  unwrap,
} from '../../api/client';
import { messageForm, reportForm } from './forms';

type CasePath = '/api/v1/orgs/{orgId}/integrity/cases/{reportId}';

export type CaseDetail = ApiResult<CasePath>;
export type Status = CaseDetail['status'];
export type Clocks = CaseDetail['clocks'];
export type Clock = Clocks['acknowledgement'];
export type Attachment = CaseDetail['attachments'][number];
export type Message = CaseDetail['messages'][number];
export type CaseQuery = ApiQuery<'/api/v1/orgs/{orgId}/integrity/cases'>;
export type Identity = ApiResult<`${CasePath}/identity`>;
/** What the reporter (logged in, or anonymous with a receipt) sees of a report. */
export type ReporterView = ApiResult<'/api/v1/integrity/receipt/report'>;
/** The report itself, as the reporter writes it (the JSON part of the multipart upload). */
export type ReportContent = ApiBody<'/api/v1/integrity/{organisationCode}/reports', 'post'>;
type DeclarationBody = ApiBody<'/api/v1/orgs/{orgId}/integrity/my-declarations', 'post'>;
/** A side position, interest or gift as the declaration form holds it. */
export type DeclarationInput = FormInput<DeclarationBody>;
export type MyConflict = ApiResult<'/api/v1/orgs/{orgId}/integrity/my-conflicts'>[number];
type PublicRegister = ApiResult<'/api/v1/public/{organisationCode}/side-positions'>;
export type PublicDeclaration = PublicRegister['officeHolders'][number]['current'][number];

type IntakeInput = ApiBody<'/api/v1/orgs/{orgId}/integrity/intakes', 'post'>;
type ForwardInput = ApiBody<`${CasePath}/forward`, 'post'>;
type HolderInput = ApiBody<'/api/v1/orgs/{orgId}/integrity/office-holders/{personId}', 'put'>;

/** Steps on a case that take a JSON body and answer the case. */
type CaseStep = 'acknowledgement' | 'assessment' | 'notes' | 'outcome' | 'feedback' | 'close';

const CASE: CasePath = '/api/v1/orgs/{orgId}/integrity/cases/{reportId}';
const orgPath = (orgId: string) => ({ params: { path: { orgId } } });
const casePath = (orgId: string, reportId: string) => ({ params: { path: { orgId, reportId } } });

/** Download URL of a file in the logged-in session (opened as a normal link). */
export const downloadUrl = (orgId: string, path: string) =>
  `/api/v1/orgs/${orgId}/integrity${path}`;

export const integrityApi = {
  recipients: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/integrity/recipients', orgPath(orgId))),
  report: (
    orgId: string,
    input: FormInput<ReportContent> & { channel: string; recipientId?: string; contact?: string },
    files: File[],
  ) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/integrity/reports/with-attachments', {
        ...orgPath(orgId),
        body: reportForm(input, files),
      }),
    ),
  myReports: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/integrity/my-reports', orgPath(orgId))),
  myReport: (orgId: string, id: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/integrity/my-reports/{reportId}', casePath(orgId, id))),
  answerMine: (orgId: string, id: string, body: string, files: File[]) =>
    unwrap(
      client.POST(
        '/api/v1/orgs/{orgId}/integrity/my-reports/{reportId}/messages/with-attachments',
        {
          ...casePath(orgId, id),
          body: messageForm(body, files),
        },
      ),
    ),
  cases: (orgId: string, query: CaseQuery = {}) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/integrity/cases', { params: { path: { orgId }, query } }),
    ),
  case: (orgId: string, id: string) => unwrap(client.GET(CASE, casePath(orgId, id))),
  step: (orgId: string, id: string, step: CaseStep, body: object = {}) =>
    unwrap(
      client.POST(`${CASE}/${step}` as `${CasePath}/notes`, {
        ...casePath(orgId, id),
        body: body as never,
      }),
    ),
  assign: (orgId: string, id: string, handlerId: string | null) =>
    unwrap(client.PUT(`${CASE}/handler`, { ...casePath(orgId, id), body: { handlerId } })),
  writeToReporter: (orgId: string, id: string, body: string, files: File[]) =>
    unwrap(
      client.POST(`${CASE}/messages/with-attachments`, {
        ...casePath(orgId, id),
        body: messageForm(body, files),
      }),
    ),
  identity: (orgId: string, id: string) =>
    unwrap(client.GET(`${CASE}/identity`, casePath(orgId, id))),
  requestUnmask: (orgId: string, id: string, reason: string) =>
    unwrap(client.POST(`${CASE}/unmask-requests`, { ...casePath(orgId, id), body: { reason } })),
  intake: (orgId: string, body: FormInput<IntakeInput>) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/integrity/intakes', {
        ...orgPath(orgId),
        body: body as IntakeInput,
      }),
    ),
  forward: (orgId: string, id: string, body: FormInput<ForwardInput>) =>
    unwrap(client.POST(`${CASE}/forward`, { ...casePath(orgId, id), body: body as ForwardInput })),
  breaches: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/integrity/clock-breaches', orgPath(orgId))),
  unmaskQueue: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/integrity/unmask-requests', orgPath(orgId))),
  decideUnmask: (orgId: string, id: string, approve: boolean, note?: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/integrity/unmask-requests/{requestId}/decision', {
        params: { path: { orgId, requestId: id } },
        body: { approve, ...(note ? { note } : {}) },
      }),
    ),
  custody: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/integrity/custody', orgPath(orgId))),
  setCustodians: (orgId: string, personIds: string[]) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/integrity/custodians', {
        ...orgPath(orgId),
        body: { personIds },
      }),
    ),
  splitKey: (orgId: string) =>
    unwrap(client.POST('/api/v1/orgs/{orgId}/integrity/key-shares', orgPath(orgId))),
  collectShare: (orgId: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/integrity/key-shares/mine/collect', {
        ...orgPath(orgId),
      }),
    ),
  submitShare: (orgId: string, share: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/integrity/key-recovery/shares', {
        ...orgPath(orgId),
        body: { share },
      }),
    ),
  officeHolders: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/integrity/office-holders', orgPath(orgId))),
  holderCandidates: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/integrity/office-holder-candidates', orgPath(orgId))),
  registerHolder: (orgId: string, personId: string, body: FormInput<HolderInput>) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/integrity/office-holders/{personId}', {
        params: { path: { orgId, personId } },
        body: body as HolderInput,
      }),
    ),
  declarations: (orgId: string, status?: 'submitted') =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/integrity/declarations', {
        params: { path: { orgId }, query: status ? { status } : {} },
      }),
    ),
  review: (orgId: string, id: string, decision: 'validate' | 'reject', note?: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/integrity/declarations/{declarationId}/review', {
        params: { path: { orgId, declarationId: id } },
        body: { decision, ...(note ? { note } : {}) },
      }),
    ),
  myDeclarations: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/integrity/my-declarations', orgPath(orgId))),
  declare: (orgId: string, body: DeclarationInput) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/integrity/my-declarations', {
        ...orgPath(orgId),
        body: body as DeclarationBody,
      }),
    ),
  confirm: (orgId: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/integrity/my-declarations/confirmation', {
        ...orgPath(orgId),
      }),
    ),
  endDeclaration: (orgId: string, id: string, endOn: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/integrity/my-declarations/{declarationId}/end', {
        params: { path: { orgId, declarationId: id } },
        body: { endOn },
      }),
    ),
  withdraw: (orgId: string, id: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/integrity/my-declarations/{declarationId}/withdraw', {
        params: { path: { orgId, declarationId: id } },
      }),
    ),
  myConflicts: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/integrity/my-conflicts', orgPath(orgId))),
  decideConflict: (orgId: string, id: string, decision: string, motivation?: string) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/integrity/my-conflicts/{matchId}', {
        params: { path: { orgId, matchId: id } },
        body: {
          decision: decision as NonNullable<MyConflict['decision']>,
          ...(motivation ? { motivation } : {}),
        },
      }),
    ),
  meetings: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/integrity/meetings', orgPath(orgId))),
  meeting: (orgId: string, id: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/integrity/meetings/{meetingId}', {
        params: { path: { orgId, meetingId: id } },
      }),
    ),
  importAgenda: (orgId: string, body: ApiBody<'/api/v1/orgs/{orgId}/integrity/meetings', 'post'>) =>
    unwrap(client.POST('/api/v1/orgs/{orgId}/integrity/meetings', { ...orgPath(orgId), body })),
  notify: (orgId: string, id: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/integrity/meetings/{meetingId}/notifications', {
        params: { path: { orgId, meetingId: id } },
      }),
    ),
  setMatch: (orgId: string, meetingId: string, matchId: string, status: 'open' | 'dismissed') =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/integrity/meetings/{meetingId}/matches/{matchId}', {
        params: { path: { orgId, meetingId, matchId } },
        body: { status },
      }),
    ),
  publicRegister: (code: string) =>
    unwrap(
      client.GET('/api/v1/public/{organisationCode}/side-positions', {
        params: { path: { organisationCode: code } },
      }),
    ),
  organisations: () => unwrap(client.GET('/api/v1/organisations')),
};
