import { audit } from '../../../../platform/audit/audit';
import { AppError, invalidField } from '../../../../platform/errors/app-error';
import { addDays } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import { LABELS_NL } from '../../integrity.vocabulary';
import { sealRequired, sealText } from '../../shared/sealing';
import { declarationsToCheck, insertItem, insertMatch, insertMeeting } from '../agenda.repository';
import type { MeetingBody } from '../agenda.schemas';
import { type AgendaRow, parseAgenda } from '../agenda-import';
import { explainMatch, matchName } from '../name-matching';

/** Gifts count for conflicts during this many days after they were received. */
export const GIFT_RELEVANCE_DAYS = 365;

type Declared = Awaited<ReturnType<typeof declarationsToCheck>>[number];

/** Declarations that apply on the meeting date: running positions, recent gifts, holders in office. */
function activeOn(declarations: readonly Declared[], meetsOn: string): Declared[] {
  return declarations.filter((d) => {
    if (d.until && d.until < meetsOn) return false;
    if (d.kind === 'gift')
      return d.start_on <= meetsOn && d.start_on >= addDays(meetsOn, -GIFT_RELEVANCE_DAYS);
    return d.start_on <= meetsOn && (d.end_on === null || d.end_on >= meetsOn);
  });
}

function rowsOf(input: MeetingBody): {
  rows: Omit<AgendaRow, 'line'>[];
  source: 'manual' | 'csv' | 'json';
} {
  if (input.items && input.file) {
    throw invalidField('body.file', 'Kies óf een bestand, óf voer de agendapunten zelf in.');
  }
  if (input.items) {
    return {
      source: 'manual',
      rows: input.items.map((i) => ({
        itemNo: i.item,
        title: i.title,
        description: i.description || null,
      })),
    };
  }
  if (!input.file) throw invalidField('body.items', 'Voer agendapunten in of kies een bestand.');
  const parsed = parseAgenda(input.file.content, input.file.format);
  if (!parsed.ok) {
    throw new AppError(
      'validation_failed',
      `Het agendabestand heeft ${parsed.problems.length === 1 ? 'een fout' : `${parsed.problems.length} fouten`}; er is niets ingelezen.`,
      {
        fields: parsed.problems.map((p) => ({ field: 'body.file', message: p.message })),
        extra: { lines: parsed.problems.map((p) => p.line) },
      },
    );
  }
  return { source: input.file.format, rows: parsed.items };
}

/**
 * Enter or import a meeting's agenda and check every item against the declared side
 * positions, interests and gifts of the office holders. Every match is stored with
 * its explanation. One transaction: a broken file stores nothing.
 */
export async function importAgenda(ctx: UseCaseContext, input: MeetingBody) {
  const { rows, source } = rowsOf(input);
  const org = ctx.scope.organisationId;
  const declarations = activeOn(await declarationsToCheck(ctx.db, org), input.meetsOn);
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = await insertMeeting(trx, {
      organisation_id: org,
      title: input.title,
      meets_on: input.meetsOn,
      source,
      created_by: ctx.scope.actorId,
      notified_at: null,
    });
    let matches = 0;
    for (const [position, row] of rows.entries()) {
      const item = await insertItem(trx, {
        organisation_id: org,
        meeting_id: meeting.id,
        position,
        item_no: row.itemNo,
        title_enc: await sealRequired(trx, ctx.keyring, org, row.title),
        description_enc: await sealText(trx, ctx.keyring, org, row.description),
      });
      const text = `${row.title}\n${row.description ?? ''}`;
      for (const d of declarations) {
        const match = matchName(d.organisation_name, text);
        if (!match) continue;
        const explanation = explainMatch(
          {
            name: d.organisation_name,
            holder: d.display_name,
            kind: LABELS_NL.declarationKind[d.kind].toLowerCase(),
          },
          { itemNo: row.itemNo, title: row.title },
          match,
        );
        await insertMatch(trx, {
          organisation_id: org,
          meeting_id: meeting.id,
          item_id: item.id,
          declaration_id: d.id,
          person_id: d.person_id,
          score: match.score,
          explanation_enc: await sealRequired(trx, ctx.keyring, org, explanation),
          notified_at: null,
          decision: null,
          motivation_enc: null,
          decided_at: null,
        });
        matches++;
      }
    }
    await audit(trx, ctx, 'integrity.agenda.import', { type: 'integrity_meeting', id: meeting.id });
    return { id: meeting.id, items: rows.length, matches };
  });
}
