import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import { amsterdamDate } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { findDistrict } from '../../districts';
import { listAttachments } from '../files/attachments.repository';
import { presentIncidentDetail } from '../incidents.presenter';
import type { IncidentRow } from '../incidents.tables';
import { listMeasures, listTasks } from '../measures.repository';
import { listMessages } from '../messages.repository';
import { findPerson } from '../people.repository';
import { isOverdue } from '../register.repository';
import { listEvents } from '../timeline.repository';
import { loadForHandler, unseal } from './context';

async function reporterOf(trx: Db, row: IncidentRow) {
  if (!row.author_type || !row.author_id) return null;
  if (row.author_type === 'api_token')
    return { type: 'api_token' as const, displayName: null, email: null };
  const p = await findPerson(trx, row.author_id);
  return { type: 'person' as const, displayName: p?.display_name ?? null, email: p?.email ?? null };
}

/** Present the whole case for a handler, inside the caller's transaction. */
export async function presentCase(trx: Db, ctx: UseCaseContext, row: IncidentRow) {
  const org = ctx.scope.organisationId;
  const today = amsterdamDate(new Date());
  const [attachments, messages, measures, tasks, events, overdue, reporter, handler, district] =
    await Promise.all([
      listAttachments(trx, org, row.id),
      listMessages(trx, org, row.id),
      listMeasures(trx, org, row.id),
      listTasks(trx, org, row.id),
      listEvents(trx, org, row.id),
      isOverdue(trx, org, row.id, today),
      reporterOf(trx, row),
      row.handler_id ? findPerson(trx, row.handler_id) : Promise.resolve(undefined),
      row.district_code ? findDistrict(trx, org, row.district_code) : Promise.resolve(undefined),
    ]);
  return presentIncidentDetail(
    row,
    { attachments, messages, measures, tasks, events },
    {
      reporter,
      handler: handler ? { id: handler.id, displayName: handler.display_name } : null,
      district: row.district_code
        ? { code: row.district_code, name: district?.name ?? null }
        : null,
      overdue,
      today,
    },
    (e) => unseal(trx, ctx.keyring, org, e),
  );
}

/** A handler opens a case: every such read is audited. */
export async function getIncident(ctx: UseCaseContext, incidentId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadForHandler(trx, ctx, incidentId);
    const view = await presentCase(trx, ctx, row);
    await audit(trx, ctx, 'incident.read', { type: 'incident', id: incidentId });
    return view;
  });
}
