import type { AuditActor } from '../../../platform/audit/audit';
import { audit } from '../../../platform/audit/audit';
import { invalidField, notFound } from '../../../platform/errors/app-error';
import { amsterdamDate } from '../../../platform/time/calendar';
import type { UseCaseDeps } from '../../../platform/use-case';
import { releaseRows } from '../answers';
import {
  findRelease,
  insertRelease,
  latestRelease,
  listReleases,
  releaseExists,
} from '../national.repository';
import type { NationalReleaseRow } from '../national.tables';
import { disclosureK } from '../national-config';
import { DATA_DICTIONARY, LICENCE } from '../national-dictionary';
import { lastCompleteQuarter } from '../national-dimensions';
import { loadPublication } from '../publication';

/**
 * Publish the national release of a complete quarter (platform admin): the protected
 * tables of every filter and level for that quarter, with the data dictionary, as one
 * immutable row. A correction is a new release naming the one it corrects.
 */
export async function publishRelease(
  deps: UseCaseDeps,
  actor: AuditActor,
  input: { quarter: string; correctsId?: string },
): Promise<NationalReleaseRow> {
  const now = deps.clock.now();
  if (input.quarter > lastCompleteQuarter(amsterdamDate(now))) {
    throw invalidField('body.quarter', 'Kies een kwartaal dat voorbij is.');
  }
  return deps.db.transaction().execute(async (trx) => {
    if (input.correctsId && !(await releaseExists(trx, input.correctsId))) {
      throw invalidField('body.correctsId', 'De te corrigeren publicatie bestaat niet.');
    }
    const k = disclosureK(deps.config);
    const { publication } = await loadPublication(trx, deps.db, now, k, input.quarter);
    const row = await insertRelease(trx, {
      quarter: input.quarter,
      corrects_id: input.correctsId ?? null,
      k,
      licence: LICENCE,
      published_by: actor.actorId,
      published_at: now,
      tables: releaseRows(publication, input.quarter),
      dictionary: DATA_DICTIONARY,
    });
    await audit(trx, actor, 'insight.release.publish', { type: 'national_release', id: row.id });
    return row;
  });
}

export { listReleases };

export async function getRelease(deps: UseCaseDeps, id: string): Promise<NationalReleaseRow> {
  const row = await findRelease(deps.db, id);
  if (!row) throw notFound('Deze publicatie');
  return row;
}

export async function getLatestRelease(deps: UseCaseDeps): Promise<NationalReleaseRow> {
  const row = await latestRelease(deps.db);
  if (!row) throw notFound('Een landelijke publicatie');
  return row;
}
