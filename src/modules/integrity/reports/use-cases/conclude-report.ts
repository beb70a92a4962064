import type { UseCaseContext } from '../../../../platform/use-case';
import { sealRequired, sealText } from '../../shared/sealing';
import { updateReport } from '../reports.repository';
import { caseStep } from './case-step';

/** Record the outcome of the investigation: unfounded, or founded with measures. */
export async function concludeReport(
  ctx: UseCaseContext,
  reportId: string,
  input: { outcome: 'unfounded' | 'founded'; summary: string; measures?: string },
  now = new Date(),
) {
  return caseStep(ctx, reportId, 'conclude', async (trx, row) => {
    const org = row.organisation_id;
    const updated = await updateReport(trx, org, row.id, {
      status: 'concluded',
      outcome: input.outcome,
      outcome_enc: await sealRequired(trx, ctx.keyring, org, input.summary),
      measures_enc:
        input.outcome === 'founded' ? await sealText(trx, ctx.keyring, org, input.measures) : null,
      concluded_at: now,
    });
    return { result: updated, event: `concluded_${input.outcome}` };
  });
}
