import type { Db } from '../../../../db/database';
import { audit } from '../../../../platform/audit/audit';
import type { UseCaseContext } from '../../../../platform/use-case';
import { RETENTION_KINDS, RETENTION_TERMS } from '../retention-kinds';
import type { RetentionTermsBody } from '../retention-terms.schemas';

/** Each kind's term and bounds; one query after the other, as inside a transaction. */
async function load(db: Db, organisationId: string) {
  const terms = [];
  for (const kind of RETENTION_KINDS) {
    const term = RETENTION_TERMS[kind];
    terms.push({
      kind,
      months: await term.read(db, organisationId),
      minMonths: term.minMonths,
      maxMonths: term.maxMonths,
      defaultMonths: term.defaultMonths,
    });
  }
  return terms;
}

/** The organisation's retention term per kind of record, with the bounds of each. */
export async function readRetentionTerms(ctx: UseCaseContext) {
  return load(ctx.db, ctx.scope.organisationId);
}

/**
 * Change some terms, all in one transaction (all or nothing); the retention jobs apply them
 * from their next run. The body was checked against each kind's bounds.
 */
export async function updateRetentionTerms(ctx: UseCaseContext, body: RetentionTermsBody) {
  const orgId = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    // One after the other: a transaction has one connection.
    for (const kind of RETENTION_KINDS) {
      const months = body[kind];
      if (months === undefined) continue;
      await RETENTION_TERMS[kind].write(trx, orgId, months);
    }
    await audit(trx, ctx, 'organisation.update_retention_terms', {
      type: 'organisation',
      id: orgId,
    });
    return load(trx, orgId);
  });
}
