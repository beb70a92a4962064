import { systemActor } from '../../platform/audit/audit';
import type { AppDeps } from '../../platform/deps';
import { findOrganisationByCode, insertOrganisation } from '../../platform/identity';
import { amsterdamDate } from '../../platform/time/calendar';
import { unscopedContext } from '../../platform/use-case';
import { insertSyntheticIncidents, type SyntheticLoad } from '../incidents';
import { ORGANISATIONS } from './data/organisations';
import { FIRST_QUARTER, lastCompleteQuarter, quarterStart } from './national-dimensions';
import { rebuildStatistics } from './use-cases/rebuild-statistics';
import { publishRelease } from './use-cases/releases';

/** A size between 1 and ~e^3.3 from a code, the same on every start (FNV-1a). */
function hashOf(code: string): number {
  let h = 0x811c9dc5;
  for (const ch of code) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

function sizeOf(code: string): number {
  return Math.exp(((hashOf(code) % 1000) / 1000) * 3.3);
}

/**
 * About one municipality in eleven has not joined in the demo, as in real life: the
 * platform admin can add them from the official list (e.g. GM0579 Oegstgeest), and the
 * map shows them without figures.
 */
export function joinedInDemo(type: string, code: string): boolean {
  return type !== 'gemeente' || hashOf(code) % 11 !== 0;
}

/**
 * Demo (ADR 0036): the real organisations that joined (those the demo does not have yet), each
 * with synthetic statistical reports from 2025 on — few for most, many for some, so
 * the national map shows figures and suppressed cells — then the rollup, and one
 * published release of the last complete quarter.
 */
export async function contributeNationalDemo(deps: AppDeps): Promise<void> {
  const loads: SyntheticLoad[] = [];
  for (const [type, code, name] of ORGANISATIONS) {
    if (!joinedInDemo(type, code)) continue;
    if (await findOrganisationByCode(deps.db, code)) continue;
    const row = await insertOrganisation(deps.db, { type, code, name });
    const scale = type === 'gemeente' ? 8 : 5;
    loads.push({ organisationId: row.id, count: Math.round(scale * sizeOf(code)) });
  }
  const ctx = unscopedContext(deps);
  const now = ctx.clock.now();
  await insertSyntheticIncidents(
    deps.db,
    loads,
    new Date(`${quarterStart(FIRST_QUARTER)}T00:00:00Z`),
    now,
  );
  const incidents = await rebuildStatistics(deps);
  const quarter = lastCompleteQuarter(amsterdamDate(now));
  if (quarter >= FIRST_QUARTER) await publishRelease(ctx, systemActor(null, 'demo'), { quarter });
  deps.logger.info(
    { organisations: loads.length, incidents },
    'national demo loaded (synthetic statistics)',
  );
}
