import type { Db } from '../../../db/database';
import { json } from '../monitor.jsonb';
import type { IndicatorRow } from '../monitor.tables';
import type { IndicatorDefinition } from '../results/wave-data';
import type { Condition } from './indicator-condition';

export async function listIndicators(db: Db, organisationId: string, waveId: string) {
  return db
    .selectFrom('monitor_indicator')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .orderBy('sort_order')
    .orderBy('key')
    .execute();
}

/** Insert or replace one indicator definition of a wave (by key). */
export async function upsertIndicator(
  db: Db,
  organisationId: string,
  waveId: string,
  d: IndicatorDefinition,
) {
  const values = {
    name: d.name,
    description: d.description,
    questions: json(d.questions),
    condition: json(d.condition),
    base_condition: d.baseCondition ? json(d.baseCondition) : null,
    base_label: d.baseLabel,
    comparability_key: d.comparabilityKey,
    comparability_note: d.comparabilityNote,
    sort_order: d.sortOrder,
  };
  return db
    .insertInto('monitor_indicator')
    .values({ organisation_id: organisationId, wave_id: waveId, key: d.key, ...values })
    .onConflict((oc) => oc.columns(['organisation_id', 'wave_id', 'key']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteIndicator(db: Db, organisationId: string, waveId: string, key: string) {
  const r = await db
    .deleteFrom('monitor_indicator')
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .where('key', '=', key)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** A stored row as the definition estimation uses. */
export function toDefinition(row: IndicatorRow): IndicatorDefinition {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    questions: row.questions,
    condition: row.condition as Condition,
    baseCondition: (row.base_condition as Condition | null) ?? null,
    baseLabel: row.base_label,
    comparabilityKey: row.comparability_key,
    comparabilityNote: row.comparability_note,
    sortOrder: row.sort_order,
  };
}
