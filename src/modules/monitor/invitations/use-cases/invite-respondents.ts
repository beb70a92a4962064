import { audit } from '../../../../platform/audit/audit';
import { newSecret, sha256 } from '../../../../platform/auth/tokens';
import type { UseCaseContext } from '../../../../platform/use-case';
import { listStrata } from '../../frames/frames.repository';
import { ImportError, importProblem } from '../../imports/import-issue';
import { JOBS } from '../../monitor.jobs-names';
import { requireStatus, requireWave } from '../../waves/load-wave';
import { acceptsInvitees } from '../../waves/wave-status';
import { insertInvitations, type NewInvitation } from '../invitations.repository';
import { parseInviteeCsv } from '../invitee-csv';

/** Secret bytes in a survey token: unguessable, short enough for a link. */
const TOKEN_BYTES = 24;

/**
 * Add invitees from a CSV list (e-mail + stratum), all or nothing. Each gets a
 * single-use token; address and token are stored encrypted, the token also as
 * a hash to find it. During fieldwork the mails go out at once (a job).
 */
export async function inviteRespondents(
  ctx: UseCaseContext,
  waveId: string,
  bytes: Uint8Array,
): Promise<{ invited: number }> {
  const { scope, origin } = ctx;
  const deps = ctx;
  return deps.db.transaction().execute(async (trx) => {
    const wave = await requireWave(trx, scope.organisationId, waveId, true);
    requireStatus(wave, acceptsInvitees, 'Genodigden toevoegen');
    const strata = new Map(
      (await listStrata(trx, scope.organisationId, waveId)).map((s) => [s.code, s.id]),
    );
    let invitees: ReturnType<typeof parseInviteeCsv>;
    try {
      invitees = parseInviteeCsv(bytes, strata);
    } catch (error) {
      if (error instanceof ImportError) throw importProblem(error);
      throw error;
    }
    const rows: NewInvitation[] = [];
    for (const invitee of invitees) {
      const token = newSecret('wbm', TOKEN_BYTES);
      rows.push({
        organisationId: scope.organisationId,
        waveId,
        stratumId: invitee.stratumId,
        emailEnc: await deps.keyring.encryptText(trx, scope.organisationId, invitee.email),
        tokenEnc: await deps.keyring.encryptText(trx, scope.organisationId, token),
        tokenHash: sha256(token),
      });
    }
    for (let i = 0; i < rows.length; i += 1000)
      await insertInvitations(trx, rows.slice(i, i + 1000));
    if (wave.status === 'fielding') {
      await deps.jobs.enqueue(
        trx,
        JOBS.sendInvitations,
        { organisationId: scope.organisationId, waveId },
        { singletonKey: `send:${waveId}` },
      );
    }
    await audit(trx, { ...scope, origin }, 'monitor.invitations.add', {
      type: 'monitor_wave',
      id: waveId,
    });
    return { invited: rows.length };
  });
}
