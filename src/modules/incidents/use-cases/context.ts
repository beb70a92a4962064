import type { Db } from '../../../db/database';
import type { KeyRing } from '../../../platform/crypto/keyring';
import { notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { isAuthor } from '../incidents.policy';
import type { IncidentRow } from '../incidents.tables';
import { findIncident } from '../reports.repository';

/** The report, for a handler (the route policy already checked the role), or 404. */
export async function loadForHandler(
  trx: Db,
  ctx: UseCaseContext,
  incidentId: string,
  forUpdate = false,
): Promise<IncidentRow> {
  return loadIf(trx, ctx, incidentId, forUpdate, () => true);
}

/** The report, for its author only; anyone else gets the same 404 as for a missing one. */
export async function loadForAuthor(
  trx: Db,
  ctx: UseCaseContext,
  incidentId: string,
  forUpdate = false,
): Promise<IncidentRow> {
  return loadIf(trx, ctx, incidentId, forUpdate, (row) => isAuthor(ctx.scope, row));
}

/** A report the caller may not see answers the same 404 as a missing one, so ids leak nothing. */
async function loadIf(
  trx: Db,
  ctx: UseCaseContext,
  incidentId: string,
  forUpdate: boolean,
  mayRead: (row: IncidentRow) => boolean,
): Promise<IncidentRow> {
  const row = await findIncident(trx, ctx.scope.organisationId, incidentId, forUpdate);
  if (!row || !mayRead(row)) throw notFound('Deze melding');
  return row;
}

/** Encrypt an optional text field of this organisation. */
export async function seal(
  trx: Db,
  ctx: Pick<UseCaseContext, 'keyring' | 'scope'>,
  text: string | null | undefined,
): Promise<string | null> {
  if (text === null || text === undefined || text === '') return null;
  return ctx.keyring.encryptText(trx, ctx.scope.organisationId, text);
}

/** Decrypt an optional text field of this organisation. */
export async function unseal(
  trx: Db,
  keyring: KeyRing,
  organisationId: string,
  envelope: string | null,
): Promise<string | null> {
  if (!envelope) return null;
  return keyring.decryptText(trx, organisationId, envelope);
}

/** The role in which the actor acts on a report, for the timeline. */
export function actorRoleOf(ctx: UseCaseContext, row: IncidentRow): 'reporter' | 'handler' {
  return isAuthor(ctx.scope, row) && !ctx.scope.roles.has('handler') ? 'reporter' : 'handler';
}

/** Person id of the actor, or null for an API token (timeline and message authors). */
export function personIdOf(ctx: UseCaseContext): string | null {
  return ctx.scope.actorType === 'person' ? ctx.scope.actorId : null;
}
