import { audit } from '../../../../platform/audit/audit';
import { notFound } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { mayReadIdentity } from '../../integrity.policy';
import { openText } from '../../shared/sealing';
import { findIdentity } from '../reports.repository';
import { findActiveApproval } from '../unmask.repository';
import { loadCase } from './report-core';

interface SealedIdentity {
  via: 'account' | 'counsellor';
  personId?: string;
  name?: string | null;
  email?: string | null;
  contact?: string | null;
}

/**
 * Who made a report, for someone entitled to know (see mayReadIdentity). Every
 * opening is audited; a refusal is audited as denied and answered like a missing
 * identity, so the answer does not say whether there is one.
 */
export async function readIdentity(ctx: UseCaseContext, reportId: string, now = new Date()) {
  return ctx.db
    .transaction()
    .execute(async (trx) => {
      const row = await loadCase(trx, ctx, reportId);
      const approval = await findActiveApproval(
        trx,
        row.organisation_id,
        row.id,
        ctx.scope.actorId,
        now,
      );
      const stored = await findIdentity(trx, row.organisation_id, row.id);
      if (!stored || !mayReadIdentity(row, ctx.scope.actorId, !!approval)) {
        await audit(
          trx,
          ctx,
          'integrity.identity.read',
          { type: 'integrity_report', id: row.id },
          'denied',
        );
        return null;
      }
      const identity = JSON.parse(
        (await openText(trx, ctx.keyring, row.organisation_id, stored.identity_enc)) ?? '{}',
      ) as SealedIdentity;
      await audit(trx, ctx, 'integrity.identity.read', { type: 'integrity_report', id: row.id });
      return {
        name: identity.name ?? null,
        email: identity.email ?? null,
        contact: identity.contact ?? null,
        via: identity.via,
      };
    })
    .then((identity) => {
      // Thrown after the transaction so the denied audit event is kept.
      if (!identity) throw notFound('Deze gegevens');
      return identity;
    });
}
