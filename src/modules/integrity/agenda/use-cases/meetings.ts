import { audit } from '../../../../platform/audit/audit';
import { AppError, notFound } from '../../../../platform/errors/app-error';
import { amsterdamDate } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import { AGENDA_NOTIFY_QUEUE } from '../../reports/jobs/queues';
import { openText } from '../../shared/sealing';
import {
  findMatch,
  findMeeting,
  listItems,
  listMatches,
  listMeetings,
  updateMatch,
} from '../agenda.repository';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export async function meetingList(ctx: UseCaseContext) {
  const rows = await listMeetings(ctx.db, ctx.scope.organisationId);
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    meetsOn: m.meets_on,
    source: m.source,
    items: Number(m.item_count ?? 0),
    openMatches: Number(m.open_matches ?? 0),
    notifiedAt: iso(m.notified_at),
  }));
}

/** A meeting with its agenda and, per item, the flagged office holders and their decisions. */
export async function meetingDetail(ctx: UseCaseContext, meetingId: string) {
  const org = ctx.scope.organisationId;
  const meeting = await findMeeting(ctx.db, org, meetingId);
  if (!meeting) throw notFound('Deze vergadering');
  const items = await listItems(ctx.db, org, meeting.id);
  const matches = await listMatches(ctx.db, org, meeting.id);
  const open = (v: string | null) => openText(ctx.db, ctx.keyring, org, v);
  const agenda = [];
  for (const item of items) {
    const mine = [];
    for (const m of matches.filter((x) => x.item_id === item.id)) {
      mine.push({
        id: m.id,
        itemId: m.item_id,
        personId: m.person_id,
        holderName: m.display_name,
        declarationId: m.declaration_id,
        declaredName: m.organisation_name,
        declarationKind: m.kind,
        score: Number(m.score),
        explanation: (await open(m.explanation_enc)) ?? '',
        status: m.status,
        notifiedAt: iso(m.notified_at),
        decision: m.decision,
        motivation: await open(m.motivation_enc),
        decidedAt: iso(m.decided_at),
      });
    }
    agenda.push({
      id: item.id,
      itemNo: item.item_no,
      title: (await open(item.title_enc)) ?? '',
      description: await open(item.description_enc),
      matches: mine,
    });
  }
  return {
    id: meeting.id,
    title: meeting.title,
    meetsOn: meeting.meets_on,
    source: meeting.source,
    items: items.length,
    openMatches: matches.filter((m) => m.status === 'open').length,
    notifiedAt: iso(meeting.notified_at),
    agenda,
  };
}

/** Dismiss a match that is no real conflict (or reopen it); audited. */
export async function setMatchStatus(
  ctx: UseCaseContext,
  meetingId: string,
  matchId: string,
  status: 'open' | 'dismissed',
) {
  const org = ctx.scope.organisationId;
  const match = await findMatch(ctx.db, org, matchId);
  if (!match || match.meeting_id !== meetingId) throw notFound('Deze treffer');
  await ctx.db.transaction().execute(async (trx) => {
    await updateMatch(trx, org, match.id, { status });
    await audit(trx, ctx, `integrity.agenda.match_${status}`, {
      type: 'integrity_agenda_match',
      id: match.id,
    });
  });
}

/**
 * Mail the flagged office holders before the meeting (a job sends the mails). A
 * meeting that has taken place gets no notifications.
 */
export async function notifyMeeting(ctx: UseCaseContext, meetingId: string, now = new Date()) {
  const org = ctx.scope.organisationId;
  const meeting = await findMeeting(ctx.db, org, meetingId);
  if (!meeting) throw notFound('Deze vergadering');
  if (meeting.meets_on < amsterdamDate(now)) {
    throw new AppError(
      'conflict',
      'Deze vergadering is al geweest; er gaan geen berichten meer uit.',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await ctx.jobs.enqueue(trx, AGENDA_NOTIFY_QUEUE, {
      organisationId: org,
      meetingId: meeting.id,
    });
    await audit(trx, ctx, 'integrity.agenda.notify', { type: 'integrity_meeting', id: meeting.id });
  });
}
