import { audit } from '../../../platform/audit/audit';
import { amsterdamDate } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { presentSummary, referenceOf } from '../incidents.presenter';
import { countRegister, listRegister, type RegisterFilter } from '../register.repository';
import type { RegisterQuery } from '../register.schemas';
import { unseal } from './context';

/**
 * Search decrypts reports in the application (narrative text is encrypted, so the
 * database cannot search it): at most this many of the newest reports matching the
 * other filters are searched. See docs/adr/0006-incident-search.md.
 */
export const SEARCH_SCAN_LIMIT = 500;

/** Turn the query string into repository filters. */
export function filterOf(ctx: UseCaseContext, q: RegisterQuery): RegisterFilter {
  return {
    statuses: q.status,
    kind: q.kind,
    channel: q.channel,
    from: q.from,
    to: q.to,
    handler: q.handler === 'me' ? ctx.scope.actorId : q.handler,
    overdue: q.overdue,
    today: amsterdamDate(new Date()),
  };
}

/** Normalise for matching: lower case, accents removed ("ë" matches "e"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The register of the organisation with filters, overdue flags and search; audited. */
export async function listRegisterPage(ctx: UseCaseContext, q: RegisterQuery) {
  const org = ctx.scope.organisationId;
  const filter = filterOf(ctx, q);
  const total = await countRegister(ctx.db, org, filter);
  const term = q.q ? fold(q.q) : '';
  let items: ReturnType<typeof presentSummary>[];
  let searchLimited = false;
  let matched: number | null = null;
  if (!term) {
    const rows = await listRegister(ctx.db, org, filter, { limit: q.limit, offset: q.offset });
    items = rows.map(presentSummary);
  } else {
    const rows = await listRegister(
      ctx.db,
      org,
      filter,
      { limit: SEARCH_SCAN_LIMIT, offset: 0 },
      true,
    );
    searchLimited = total > SEARCH_SCAN_LIMIT;
    const hits = [];
    for (const row of rows) {
      const texts = [referenceOf(row)];
      for (const env of [
        row.narrative_enc,
        row.victim_name_enc,
        row.perpetrator_description_enc,
        row.email_subject_enc,
        row.email_sender_enc,
        row.location_detail_enc,
      ]) {
        const text = await unseal(ctx.db, ctx.keyring, org, env ?? null);
        if (text) texts.push(text);
      }
      if (texts.some((t) => fold(t).includes(term))) hits.push(row);
    }
    matched = hits.length;
    items = hits.slice(q.offset, q.offset + q.limit).map(presentSummary);
  }
  await ctx.db
    .transaction()
    .execute((trx) =>
      audit(trx, ctx, 'incident.register.read', { type: 'incident_register', id: null }),
    );
  return { items, total, matched, searchLimited };
}
