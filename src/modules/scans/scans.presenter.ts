import type { LoadedResponse } from '../questionnaires';
import type { RiskAnalysisRow } from './scans.tables';

export interface TrackingDetails {
  vogRequestedOn: string | null;
  vogReceivedOn: string | null;
  discussionOn: string | null;
  adviceOn: string | null;
  decisionOn: string | null;
  notes: string | null;
}

export const EMPTY_TRACKING: TrackingDetails = {
  vogRequestedOn: null,
  vogReceivedOn: null,
  discussionOn: null,
  adviceOn: null,
  decisionOn: null,
  notes: null,
};

export function presentRiskAnalysis(
  row: RiskAnalysisRow,
  loaded: Pick<LoadedResponse, 'response' | 'participants' | 'myRole'>,
  names: Map<string, string>,
  tracking: TrackingDetails | null,
  mayUpdate: boolean,
) {
  const person = (role: string) => {
    const p = loaded.participants.find((x) => x.role === role);
    return p ? { personId: p.person_id, displayName: names.get(p.person_id) ?? '' } : null;
  };
  return {
    responseId: row.response_id,
    office: row.office,
    stage: row.stage,
    candidate: person('subject') ?? { personId: loaded.response.id, displayName: '' },
    commissioner: person('commissioner'),
    designatedOfficer: person('designated_officer'),
    questionnaireStatus: loaded.response.status,
    submittedAt: loaded.response.submitted_at
      ? new Date(loaded.response.submitted_at).toISOString()
      : null,
    myRole: loaded.myRole as 'subject' | 'commissioner' | 'designated_officer',
    mayUpdate,
    tracking: tracking ? { ...EMPTY_TRACKING, ...tracking } : null,
    compliance: appointmentCompliance(row.stage, tracking),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/**
 * An appointment without a received VOG does not meet the rules (the VOG is mandatory).
 * The stage machine refuses it now; rows recorded before that are shown as non-compliant.
 * Null where the viewer may not see the tracking.
 */
export function appointmentCompliance(
  stage: RiskAnalysisRow['stage'],
  tracking: TrackingDetails | null,
): { compliant: boolean; missing: 'vog'[] } | null {
  if (!tracking) return null;
  const missing: 'vog'[] = stage === 'appointed' && !tracking.vogReceivedOn ? ['vog'] : [];
  return { compliant: missing.length === 0, missing };
}
