import { api } from '../../api/client';

export type Stage =
  | 'commissioned'
  | 'discussed'
  | 'advice_given'
  | 'appointed'
  | 'not_appointed'
  | 'withdrawn';

export interface Tracking {
  vogRequestedOn: string | null;
  vogReceivedOn: string | null;
  discussionOn: string | null;
  adviceOn: string | null;
  decisionOn: string | null;
  notes: string | null;
}

export interface RiskAnalysis {
  responseId: string;
  office: 'wethouder' | 'gedeputeerde';
  stage: Stage;
  candidate: { personId: string; displayName: string };
  commissioner: { personId: string; displayName: string } | null;
  designatedOfficer: { personId: string; displayName: string } | null;
  questionnaireStatus: 'in_progress' | 'submitted';
  submittedAt: string | null;
  myRole: 'subject' | 'commissioner' | 'designated_officer';
  mayUpdate: boolean;
  tracking: Tracking | null;
  createdAt: string;
  updatedAt: string;
}

const base = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/risk-analyses`;

export const scansApi = {
  riskAnalyses: (orgId: string) => api.get<RiskAnalysis[]>(base(orgId)),
  riskAnalysis: (orgId: string, id: string) => api.get<RiskAnalysis>(`${base(orgId)}/${id}`),
  commission: (
    orgId: string,
    body: {
      candidateEmail: string;
      office: 'wethouder' | 'gedeputeerde';
      designatedOfficerEmail?: string;
    },
  ) => api.post<RiskAnalysis>(base(orgId), body),
  track: (orgId: string, id: string, body: Partial<Tracking> & { stage?: Stage }) =>
    api.patch<RiskAnalysis>(`${base(orgId)}/${id}`, body),
};

/** Stages the commissioner may move to from `stage` (mirrors the server's state machine). */
export const NEXT_STAGES: Record<Stage, Stage[]> = {
  commissioned: ['discussed', 'withdrawn'],
  discussed: ['advice_given', 'withdrawn'],
  advice_given: ['appointed', 'not_appointed', 'withdrawn'],
  appointed: [],
  not_appointed: [],
  withdrawn: [],
};
