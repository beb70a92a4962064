import type { UseCaseContext } from '../../../platform/use-case';
import { NOTIFY_REPORTER_QUEUE } from '../jobs/queues';
import { insertMessage } from '../messages.repository';
import { updateIncident } from '../reports.repository';
import { seal } from './context';
import { changeCase } from './with-case';

/**
 * The handler writes to the reporter (a question, or news). The first message also
 * counts as first contact. The reporter sees it under "Mijn meldingen".
 */
export async function sendHandlerMessage(
  ctx: UseCaseContext,
  incidentId: string,
  input: { body: string },
) {
  return changeCase(ctx, incidentId, async (trx, row) => {
    await insertMessage(trx, {
      organisation_id: ctx.scope.organisationId,
      incident_id: incidentId,
      author_role: 'handler',
      author_id: ctx.scope.actorId,
      body_enc: (await seal(trx, ctx, input.body))!,
    });
    if (!row.first_contact_at) {
      await updateIncident(trx, ctx.scope.organisationId, incidentId, {
        first_contact_at: new Date(),
      });
    }
    // Tell the reporter there is news, without the news itself (see jobs/notify-reporter).
    await ctx.jobs.enqueue(trx, NOTIFY_REPORTER_QUEUE, {
      organisationId: ctx.scope.organisationId,
      incidentId,
    });
    return { action: 'incident.message', event: { type: 'message_to_reporter' } };
  });
}
