import { invalidField, notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import type { FiledBy, MeasureStatus, MeasureType } from '../incident-vocabulary';
import { findMeasure, insertMeasure, updateMeasure } from '../measures.repository';
import { seal } from './context';
import { changeCase } from './with-case';

export interface MeasureInput {
  type: MeasureType;
  status?: MeasureStatus;
  filedBy?: FiledBy;
  useOrganisationAddress?: boolean;
  plannedOn?: string;
  doneOn?: string;
  note?: string;
}

function checkPoliceFields(input: Partial<MeasureInput>, type: MeasureType): void {
  if (type !== 'police_report' && (input.filedBy || input.useOrganisationAddress)) {
    throw invalidField('body.filedBy', 'Alleen bij een aangifte kiest u wie aangifte doet.');
  }
  if (input.status === 'done' && !input.doneOn) {
    throw invalidField('body.doneOn', 'Vul de datum in waarop de maatregel is uitgevoerd.');
  }
}

/** Add a measure: police report, measures against the perpetrator, security at home, referral. */
export async function addMeasure(ctx: UseCaseContext, incidentId: string, input: MeasureInput) {
  checkPoliceFields(input, input.type);
  return changeCase(ctx, incidentId, async (trx) => {
    await insertMeasure(trx, {
      organisation_id: ctx.scope.organisationId,
      incident_id: incidentId,
      type: input.type,
      status: input.status ?? 'planned',
      filed_by: input.type === 'police_report' ? (input.filedBy ?? 'employee') : null,
      use_organisation_address:
        input.type === 'police_report' && Boolean(input.useOrganisationAddress),
      planned_on: input.plannedOn ?? null,
      done_on: input.doneOn ?? null,
      note_enc: await seal(trx, ctx, input.note),
      created_by: ctx.scope.actorId,
    });
    return { action: 'incident.measure.add', event: { type: 'measure_added', note: input.type } };
  });
}

/** Change a measure's status, dates, police-report options or note. */
export async function changeMeasure(
  ctx: UseCaseContext,
  incidentId: string,
  measureId: string,
  input: Partial<Omit<MeasureInput, 'type'>>,
) {
  return changeCase(ctx, incidentId, async (trx) => {
    const org = ctx.scope.organisationId;
    const current = await findMeasure(trx, org, incidentId, measureId);
    if (!current) throw notFound('Deze maatregel');
    checkPoliceFields(
      { ...input, doneOn: input.doneOn ?? current.done_on ?? undefined },
      current.type,
    );
    await updateMeasure(trx, org, incidentId, measureId, {
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.filedBy !== undefined ? { filed_by: input.filedBy } : {}),
      ...(input.useOrganisationAddress !== undefined
        ? { use_organisation_address: input.useOrganisationAddress }
        : {}),
      ...(input.plannedOn !== undefined ? { planned_on: input.plannedOn } : {}),
      ...(input.doneOn !== undefined ? { done_on: input.doneOn } : {}),
      ...(input.note !== undefined ? { note_enc: await seal(trx, ctx, input.note) } : {}),
    });
    return {
      action: 'incident.measure.update',
      event: { type: 'measure_updated', note: current.type },
    };
  });
}
