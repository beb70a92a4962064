import { AppError, invalidField, notFound } from '../../../platform/errors/app-error';
import { amsterdamDate } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { planAftercare } from '../incident-settings';
import { insertTasks, listTasks, updateTask } from '../measures.repository';
import { seal } from './context';
import { getIncidentSettings } from './get-settings';
import { changeCase } from './with-case';

/**
 * Plan aftercare from the organisation's schedule (default: next working day, after
 * one week, after four weeks), counted from `from` (default today). Planning twice
 * is refused while check-ins are still open, so nobody gets a double plan.
 */
export async function planAftercareForCase(
  ctx: UseCaseContext,
  incidentId: string,
  input: { from?: string },
) {
  const settings = await getIncidentSettings(ctx.db, ctx.scope.organisationId);
  const from = input.from ?? amsterdamDate(new Date());
  return changeCase(ctx, incidentId, async (trx) => {
    const existing = await listTasks(trx, ctx.scope.organisationId, incidentId);
    if (existing.some((t) => t.status === 'planned')) {
      throw new AppError('conflict', 'Er is al nazorg gepland. Pas de bestaande afspraken aan.');
    }
    await insertTasks(
      trx,
      planAftercare(from, settings.aftercareSchedule).map((t) => ({
        organisation_id: ctx.scope.organisationId,
        incident_id: incidentId,
        label: t.label,
        due_on: t.dueOn,
        outcome_enc: null,
        reminded_on: null,
        done_at: null,
      })),
    );
    return { action: 'incident.aftercare.plan', event: { type: 'aftercare_planned' } };
  });
}

/** Add one extra check-in. */
export async function addAftercareTask(
  ctx: UseCaseContext,
  incidentId: string,
  input: { label: string; dueOn: string },
) {
  return changeCase(ctx, incidentId, async (trx) => {
    await insertTasks(trx, [
      {
        organisation_id: ctx.scope.organisationId,
        incident_id: incidentId,
        label: input.label,
        due_on: input.dueOn,
        outcome_enc: null,
        reminded_on: null,
        done_at: null,
      },
    ]);
    return { action: 'incident.aftercare.add', event: { type: 'aftercare_task_added' } };
  });
}

/** Record the outcome of a check-in, move it, or cancel it. */
export async function updateAftercareTask(
  ctx: UseCaseContext,
  incidentId: string,
  taskId: string,
  input: { status?: 'planned' | 'done' | 'cancelled'; dueOn?: string; outcome?: string },
) {
  if (input.status === 'done' && !input.outcome) {
    throw invalidField('body.outcome', 'Beschrijf kort hoe het contact is verlopen.');
  }
  return changeCase(ctx, incidentId, async (trx) => {
    const updated = await updateTask(trx, ctx.scope.organisationId, incidentId, taskId, {
      ...(input.status
        ? { status: input.status, done_at: input.status === 'done' ? new Date() : null }
        : {}),
      // A new date deserves a new reminder.
      ...(input.dueOn ? { due_on: input.dueOn, reminded_on: null } : {}),
      ...(input.outcome !== undefined ? { outcome_enc: await seal(trx, ctx, input.outcome) } : {}),
    });
    if (!updated) throw notFound('Deze nazorgafspraak');
    return {
      action: 'incident.aftercare.update',
      event: input.status === 'done' ? { type: 'aftercare_done', note: updated.label } : undefined,
    };
  });
}
