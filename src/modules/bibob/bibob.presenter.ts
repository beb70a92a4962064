import type { z } from 'zod';
import type { Db } from '../../db/database';
import type { KeyRing } from '../../platform/crypto/keyring';
import { addMonths, amsterdamDate } from '../../platform/time';
import {
  type AdviceRequest,
  type CaseSummary,
  CHECK_KEYS,
  type CheckItem,
  type CheckKey,
  type Decision,
  type DocumentView,
  type Intent,
  type PolicyItem,
  type PolicyVersion,
  type RiskAssessment,
  type Settings,
} from './bibob.schemas';
import type { CaseRow, DocumentRow, PolicyVersionRow, SettingsRow } from './bibob.tables';
import { type CaseDates, caseDeadlines, caseStage, nextDeadline } from './bibob-deadlines';

/** What a case holds beyond its plain columns; stored as one encrypted JSON document. */
export interface CaseFile {
  subject: string | null;
  policyItemKey: string | null;
  checklist: Record<z.infer<typeof CheckKey>, z.infer<typeof CheckItem>>;
  risk: z.infer<typeof RiskAssessment> | null;
  advice: z.infer<typeof AdviceRequest> | null;
  intent: z.infer<typeof Intent> | null;
  decision: z.infer<typeof Decision> | null;
  notes: string | null;
}

export function emptyCaseFile(subject: string | null, policyItemKey: string | null): CaseFile {
  return {
    subject,
    policyItemKey,
    checklist: Object.fromEntries(
      CHECK_KEYS.map((k) => [k, { status: 'open', on: null, note: null }]),
    ) as CaseFile['checklist'],
    risk: null,
    advice: null,
    intent: null,
    decision: null,
    notes: null,
  };
}

/** The statutory or customary terms, until the organisation sets its own. */
export const DEFAULT_SETTINGS: Settings = {
  adviceWeeks: 8,
  adviceExtensionWeeks: 4,
  decisionWeeks: 8,
  questionnaireDays: 14,
  zienswijzeDays: 14,
  policyRenewalYears: 4,
  retentionMonths: 60,
};

export function presentSettings(row: SettingsRow | undefined): Settings {
  if (!row) return DEFAULT_SETTINGS;
  return {
    adviceWeeks: row.advice_weeks,
    adviceExtensionWeeks: row.advice_extension_weeks,
    decisionWeeks: row.decision_weeks,
    questionnaireDays: row.questionnaire_days,
    zienswijzeDays: row.zienswijze_days,
    policyRenewalYears: row.policy_renewal_years,
    retentionMonths: row.retention_months,
  };
}

const day = (d: string | Date | null): string | null =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 10) : amsterdamDate(d);

/** When an adopted version is due for renewal. */
export function renewalDueOf(row: Pick<PolicyVersionRow, 'adopted_on' | 'renewal_years'>) {
  const adopted = day(row.adopted_on);
  return adopted ? addMonths(adopted, row.renewal_years * 12) : null;
}

export function presentPolicyVersion(row: PolicyVersionRow): z.infer<typeof PolicyVersion> {
  return {
    version: row.version,
    title: row.title,
    items: row.items as PolicyItem[],
    adoptedBy: row.adopted_by,
    adoptedOn: day(row.adopted_on),
    renewalYears: row.renewal_years,
    renewalDue: renewalDueOf(row),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export interface DecryptedCase {
  row: CaseRow;
  reference: string;
  applicantName: string;
  file: CaseFile;
}

export async function decryptCase(db: Db, keyring: KeyRing, row: CaseRow): Promise<DecryptedCase> {
  const org = row.organisation_id;
  return {
    row,
    reference: await keyring.decryptText(db, org, row.reference_enc),
    applicantName: await keyring.decryptText(db, org, row.applicant_name_enc),
    file: JSON.parse(await keyring.decryptText(db, org, row.file_enc)) as CaseFile,
  };
}

export function datesOf(c: DecryptedCase): CaseDates {
  return {
    receivedOn: day(c.row.received_on)!,
    questionnaireSentOn: day(c.row.questionnaire_sent_on),
    questionnaireSubmittedOn: day(c.row.questionnaire_submitted_on),
    advice: c.file.advice,
    intent: c.file.intent,
    risk: c.file.risk,
    decision: c.file.decision,
  };
}

export function presentSummary(
  c: DecryptedCase,
  settings: Settings,
  today: string,
): z.infer<typeof CaseSummary> {
  const dates = datesOf(c);
  const deadlines = caseDeadlines(dates, settings, today);
  return {
    id: c.row.id,
    kind: c.row.kind,
    reference: c.reference,
    applicantName: c.applicantName,
    receivedOn: dates.receivedOn,
    status: c.row.status,
    stage: caseStage(dates),
    nextDeadline: c.row.status === 'closed' ? null : nextDeadline(deadlines),
    overdue: deadlines.filter((d) => d.overdue).length,
  };
}

export function presentDocument(row: DocumentRow, fileName: string): z.infer<typeof DocumentView> {
  return {
    id: row.id,
    fileName,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    fromApplicant: row.from_applicant,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export { day as dateOf };
