import { type ApiBody, type ApiResult, client, formBody, unwrap } from '../../api/client';

export type Settings = ApiResult<'/api/v1/orgs/{orgId}/bibob/settings'>;
export type PolicyOverview = ApiResult<'/api/v1/orgs/{orgId}/bibob/policy'>;
export type PolicyItem = PolicyOverview['template']['items'][number];
export type CaseSummary = ApiResult<'/api/v1/orgs/{orgId}/bibob/cases'>[number];
export type CaseDetail = ApiResult<'/api/v1/orgs/{orgId}/bibob/cases/{caseId}'>;
export type CaseUpdate = ApiBody<'/api/v1/orgs/{orgId}/bibob/cases/{caseId}', 'patch'>;
export type NewCase = ApiBody<'/api/v1/orgs/{orgId}/bibob/cases', 'post'>;
export type Deadline = CaseDetail['deadlines'][number];
export type ApplicantView = ApiResult<'/api/v1/bibob-questionnaire/{token}'>;

const org = (orgId: string) => ({ params: { path: { orgId } } });
const kase = (orgId: string, caseId: string) => ({ params: { path: { orgId, caseId } } });

export const bibobApi = {
  settings: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/bibob/settings', org(orgId))),
  saveSettings: (orgId: string, body: ApiBody<'/api/v1/orgs/{orgId}/bibob/settings', 'patch'>) =>
    unwrap(client.PATCH('/api/v1/orgs/{orgId}/bibob/settings', { ...org(orgId), body })),
  policy: (orgId: string) => unwrap(client.GET('/api/v1/orgs/{orgId}/bibob/policy', org(orgId))),
  savePolicy: (
    orgId: string,
    body: ApiBody<'/api/v1/orgs/{orgId}/bibob/policy/versions', 'post'>,
  ) => unwrap(client.POST('/api/v1/orgs/{orgId}/bibob/policy/versions', { ...org(orgId), body })),
  adopt: (
    orgId: string,
    version: number,
    body: ApiBody<'/api/v1/orgs/{orgId}/bibob/policy/versions/{version}/adoption', 'post'>,
  ) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/bibob/policy/versions/{version}/adoption', {
        params: { path: { orgId, version } },
        body,
      }),
    ),
  policyPdfUrl: (orgId: string, version: number) =>
    `/api/v1/orgs/${orgId}/bibob/policy/versions/${version}/pdf`,
  cases: (orgId: string) => unwrap(client.GET('/api/v1/orgs/{orgId}/bibob/cases', org(orgId))),
  createCase: (orgId: string, body: NewCase) =>
    unwrap(client.POST('/api/v1/orgs/{orgId}/bibob/cases', { ...org(orgId), body })),
  case: (orgId: string, caseId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/bibob/cases/{caseId}', kase(orgId, caseId))),
  updateCase: (orgId: string, caseId: string, body: CaseUpdate) =>
    unwrap(
      client.PATCH('/api/v1/orgs/{orgId}/bibob/cases/{caseId}', { ...kase(orgId, caseId), body }),
    ),
  link: (orgId: string, caseId: string, email?: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/bibob/cases/{caseId}/questionnaire-link', {
        ...kase(orgId, caseId),
        body: email ? { email } : {},
      }),
    ),
  upload: (orgId: string, caseId: string, files: File[]) => {
    const form = new FormData();
    for (const f of files) form.append('documents', f);
    return unwrap(
      client.POST('/api/v1/orgs/{orgId}/bibob/cases/{caseId}/documents', {
        ...kase(orgId, caseId),
        body: formBody(form),
      }),
    );
  },
  documentUrl: (orgId: string, caseId: string, documentId: string) =>
    `/api/v1/orgs/${orgId}/bibob/cases/${caseId}/documents/${documentId}`,
  applicant: (token: string) =>
    unwrap(
      client.GET('/api/v1/bibob-questionnaire/{token}', {
        credentials: 'omit',
        cache: 'no-store',
        params: { path: { token } },
      }),
    ),
  /** The answers with the chosen documents, in one request: both arrive or neither. */
  submitApplicant: (token: string, answers: Record<string, unknown>, files: File[]) => {
    const form = new FormData();
    form.append('answers', JSON.stringify(answers));
    for (const f of files) form.append('documents', f);
    return unwrap(
      client.POST('/api/v1/bibob-questionnaire/{token}/with-documents', {
        credentials: 'omit',
        params: { path: { token } },
        body: formBody(form),
      }),
    );
  },
};
