import type { UseCaseContext } from '../../../platform/use-case';
import { notify } from '../../notifications';
import { effectivePriority, type RiskFactors } from '../incident-triage';
import type { Priority } from '../incident-vocabulary';
import { labelNl } from '../incident-vocabulary';
import { updateIncident } from '../reports.repository';
import { seal } from './context';
import { changeCase } from './with-case';

/**
 * Record priority and the short risk assessment; risk factors raise the priority. Raising a
 * report to urgent notifies the handlers.
 */
export async function triageIncident(
  ctx: UseCaseContext,
  incidentId: string,
  input: { priority: Priority; risks: RiskFactors; note?: string },
) {
  return changeCase(ctx, incidentId, async (trx, before) => {
    const priority = effectivePriority(input.priority, input.risks);
    await updateIncident(trx, ctx.scope.organisationId, incidentId, {
      priority,
      risk_repeat: input.risks.repeat,
      risk_weapon: input.risks.weapon,
      risk_home_address_known: input.risks.homeAddressKnown,
      risk_threat_to_relatives: input.risks.threatToRelatives,
      risk_note_enc: await seal(trx, ctx, input.note),
      triaged_at: new Date(),
    });
    // Raised to urgent: the handlers hear of it at once, "Spoed" in the subject (ADR 0035).
    if (priority === 'urgent' && before.priority !== 'urgent') {
      await notify(trx, {
        type: 'incident.urgent',
        organisationId: ctx.scope.organisationId,
        objectType: 'incident',
        objectId: incidentId,
        at: ctx.clock.now(),
        urgent: true,
      });
    }
    return {
      action: 'incident.triage',
      event: { type: 'triaged', note: `Prioriteit: ${labelNl(priority)}` },
    };
  });
}
