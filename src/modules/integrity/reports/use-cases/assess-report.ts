import type { UseCaseContext } from '../../../../platform/use-case';
import { sealRequired } from '../../shared/sealing';
import { updateReport } from '../reports.repository';
import { caseStep } from './case-step';

/**
 * Record the preliminary assessment and the decision whether to investigate. Not
 * investigating concludes the case at once with the outcome "not investigated"
 * (feedback to the reporter is still due, and needed before closing).
 */
export async function assessReport(
  ctx: UseCaseContext,
  reportId: string,
  input: { assessment: string; decision: 'investigate' | 'no_investigation'; reason: string },
  now = new Date(),
) {
  return caseStep(ctx, reportId, 'decide', async (trx, row) => {
    const org = row.organisation_id;
    const investigate = input.decision === 'investigate';
    const updated = await updateReport(trx, org, row.id, {
      assessment_enc: await sealRequired(trx, ctx.keyring, org, input.assessment),
      assessed_at: now,
      decision: input.decision,
      decision_reason_enc: await sealRequired(trx, ctx.keyring, org, input.reason),
      decided_at: now,
      status: investigate ? 'investigation' : 'concluded',
      ...(investigate ? {} : { outcome: 'not_investigated' as const, concluded_at: now }),
    });
    return {
      result: updated,
      event: investigate ? 'decided_investigate' : 'decided_no_investigation',
    };
  });
}
