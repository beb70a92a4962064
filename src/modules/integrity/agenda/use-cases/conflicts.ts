import { audit } from '../../../../platform/audit/audit';
import { invalidField, notFound } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { openText, sealText } from '../../shared/sealing';
import { findMatch, listMatchesOf, updateMatch } from '../agenda.repository';

/** Shortest motivation for taking part despite a possible personal interest. */
export const MIN_MOTIVATION = 10;

/** The office holder's flagged agenda items, with the explanation and their decision. */
export async function myConflicts(ctx: UseCaseContext) {
  const org = ctx.scope.organisationId;
  const rows = await listMatchesOf(ctx.db, org, ctx.scope.actorId);
  const open = (v: string | null) => openText(ctx.db, ctx.keyring, org, v);
  const out = [];
  for (const r of rows) {
    out.push({
      id: r.id,
      meetingTitle: r.meeting_title,
      meetsOn: r.meets_on,
      itemNo: r.item_no,
      itemTitle: (await open(r.title_enc)) ?? '',
      declaredName: r.organisation_name,
      explanation: (await open(r.explanation_enc)) ?? '',
      decision: r.decision,
      motivation: await open(r.motivation_enc),
      decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    });
  }
  return out;
}

/** Record what the office holder decided: abstain, or take part with a motivation. */
export async function decideConflict(
  ctx: UseCaseContext,
  matchId: string,
  input: { decision: 'abstain' | 'participate'; motivation?: string },
  now = new Date(),
) {
  const org = ctx.scope.organisationId;
  const match = await findMatch(ctx.db, org, matchId);
  if (!match || match.person_id !== ctx.scope.actorId || match.status !== 'open')
    throw notFound('Deze treffer');
  if (input.decision === 'participate' && (input.motivation ?? '').length < MIN_MOTIVATION) {
    throw invalidField(
      'body.motivation',
      'Licht toe waarom u toch deelneemt (minstens 10 tekens).',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateMatch(trx, org, match.id, {
      decision: input.decision,
      motivation_enc: await sealText(trx, ctx.keyring, org, input.motivation),
      decided_at: now,
    });
    await audit(trx, ctx, `integrity.agenda.decide_${input.decision}`, {
      type: 'integrity_agenda_match',
      id: match.id,
    });
  });
}
