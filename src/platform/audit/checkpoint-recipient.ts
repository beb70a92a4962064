import type { Db } from '../../db/database';
import type { Scope } from '../auth/actor';
import type { Mailer } from '../mail/mailer';
import { audit } from './audit';
import type { Checkpoint } from './audit-checkpoint';
import type { AuditKeys } from './audit-key';

/** The address an organisation's checkpoints are mailed to, or null. */
export async function findCheckpointRecipient(db: Db, organisationId: string) {
  const row = await db
    .selectFrom('audit_checkpoint_recipient')
    .select('email')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.email ?? null;
}

/** Set (or with null, remove) where the organisation's audit checkpoints are mailed; audited. */
export async function setCheckpointRecipient(
  db: Db,
  scope: Scope,
  email: string | null,
  origin: string,
): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    if (email === null) {
      await trx
        .deleteFrom('audit_checkpoint_recipient')
        .where('organisation_id', '=', scope.organisationId)
        .execute();
    } else {
      await trx
        .insertInto('audit_checkpoint_recipient')
        .values({ organisation_id: scope.organisationId, email: email.toLowerCase() })
        .onConflict((oc) =>
          oc
            .column('organisation_id')
            .doUpdateSet({ email: email.toLowerCase(), updated_at: new Date() }),
        )
        .execute();
    }
    await audit(
      trx,
      { scope, origin },
      email === null ? 'audit.checkpoint_recipient.remove' : 'audit.checkpoint_recipient.set',
      { type: 'organisation', id: scope.organisationId },
    );
    return findCheckpointRecipient(trx, scope.organisationId);
  });
}

/**
 * The sealer's checkpoint hook: mail each organisation's new checkpoint to the
 * address it set, with the public key that checks it. The mail holds chain
 * positions and hashes only, never content.
 */
export function mailCheckpoints(db: Db, mailer: Mailer) {
  return async (checkpoints: Checkpoint[], keys: AuditKeys): Promise<void> => {
    for (const checkpoint of checkpoints) {
      const to = await findCheckpointRecipient(db, checkpoint.chain);
      if (!to) continue;
      await mailer.send({
        to,
        subject: `Weerbaar: controlepunt auditlog ${checkpoint.chain} tot nummer ${checkpoint.seq}`,
        text: checkpointMailText(checkpoint, keys.publicKeyPem),
      });
    }
  };
}

function checkpointMailText(checkpoint: Checkpoint, publicKeyPem: string): string {
  return `Dit is een ondertekend controlepunt van het auditlog van uw organisatie in Weerbaar.
Bewaar dit bericht. Wie de database beheert, kan hiermee achteraf niet ongemerkt
gebeurtenissen tot en met nummer ${checkpoint.seq} wijzigen of weghalen.
Controle: \`weerbaar audit verify\` met het controlepunt in de map audit-checkpoints,
of controleer de handtekening met de openbare sleutel hieronder (Ed25519).

This is a signed checkpoint of your organisation's audit log in Weerbaar. Keep this
message: it lets you prove later that events up to number ${checkpoint.seq} were not
altered or removed, even by a database administrator.

Controlepunt / checkpoint:
${JSON.stringify(checkpoint)}

Openbare sleutel / public key:
${publicKeyPem}`;
}
