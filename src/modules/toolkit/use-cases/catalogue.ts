import { audit } from '../../../platform/audit/audit';
import { AppError, notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { canKeep, canManageToolkit, isVisibleIn } from '../toolkit.policy';
import { presentItem, presentSession } from '../toolkit.presenter';
import {
  deleteItem,
  findItemBySlug,
  type ItemFilter,
  insertItem,
  isHidden,
  listItems,
  listSessions,
  listSignupsOf,
  setHidden,
  slugTaken,
  updateItem,
  waitingPosition,
} from '../toolkit.repository';
import type { Audience, Theme, ToolkitKind } from '../toolkit.tables';

/** The catalogue: national items and the organisation's own; hidden ones only for the admin. */
export async function listCatalogue(ctx: UseCaseContext, filter: ItemFilter) {
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await listItems(trx, ctx.scope.organisationId, filter);
    const admin = canManageToolkit(ctx.scope);
    return rows
      .map((r) => presentItem({ ...r, hidden: r.hidden === true }))
      .filter((r) => admin || !r.hidden);
  });
}

/** A visible item in this organisation (404 for another organisation's or a hidden one). */
export async function visibleItem(ctx: UseCaseContext, trx: UseCaseContext['db'], slug: string) {
  const row = await findItemBySlug(trx, slug);
  if (!row || !isVisibleIn(ctx.scope, row)) throw notFound('Dit toolkit-item');
  const hidden = await isHidden(trx, ctx.scope.organisationId, row.id);
  if (hidden && !canManageToolkit(ctx.scope)) throw notFound('Dit toolkit-item');
  return { ...row, hidden };
}

/** One item with its training sessions, the acting person's sign-ups and waiting places. */
export async function getItem(ctx: UseCaseContext, slug: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await visibleItem(ctx, trx, slug);
    const sessions = await listSessions(trx, row.id, ctx.scope.organisationId);
    const mine = await listSignupsOf(
      trx,
      ctx.scope.actorId,
      sessions.map((s) => s.id),
    );
    const positions = new Map<string, number>();
    for (const m of mine) {
      if (m.status === 'waiting') {
        positions.set(m.session_id, await waitingPosition(trx, m.session_id, m.id));
      }
    }
    return {
      ...presentItem(row),
      editable: canKeep(ctx.scope, row),
      body: row.body,
      sessions: sessions.map((s) =>
        presentSession(
          s,
          mine.find((m) => m.session_id === s.id)?.status ?? null,
          positions.get(s.id) ?? null,
        ),
      ),
    };
  });
}

export interface NewItem {
  kind: ToolkitKind;
  title: string;
  summary: string;
  body: string;
  source: string;
  publishedOn: string;
  audiences: Audience[];
  themes: Theme[];
  national?: boolean;
}

/** Paths under /toolkit that are pages of their own, so no item may take them as its slug. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'nieuw',
  'norm',
  'trainingsoverzicht',
  'bijeenkomsten',
]);

/** A URL-safe slug from a Dutch title ("Melden & aangifte" → "melden-aangifte"). */
export function slugify(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/g, '') || 'item'
  );
}

/** The org admin adds an item of the organisation; a platform admin may add a national one. */
export async function createItem(ctx: UseCaseContext, input: NewItem) {
  const actor = ctx.scope.actor;
  const national = input.national === true;
  if (national && !(actor.type === 'person' && actor.isPlatformAdmin)) {
    throw new AppError('forbidden', 'Alleen het platformbeheer voegt landelijke items toe.');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const base = slugify(input.title);
    let slug = base;
    for (let n = 2; RESERVED_SLUGS.has(slug) || (await slugTaken(trx, slug)); n++) {
      slug = `${base}-${n}`;
    }
    const row = await insertItem(trx, {
      organisation_id: national ? null : ctx.scope.organisationId,
      slug,
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      body: input.body,
      source: input.source,
      published_on: input.publishedOn,
      audiences: input.audiences,
      themes: input.themes,
    });
    await audit(trx, ctx, 'toolkit_item.create', { type: 'toolkit_item', id: row.id });
    return presentItem({ ...row, hidden: false });
  });
}

/** The org admin hides a national item from the organisation's people, or shows it again. */
export async function setVisibility(ctx: UseCaseContext, slug: string, hidden: boolean) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findItemBySlug(trx, slug);
    if (!row || !isVisibleIn(ctx.scope, row)) throw notFound('Dit toolkit-item');
    if (row.organisation_id !== null) {
      throw new AppError('conflict', 'Alleen landelijke items kunt u verbergen.');
    }
    await setHidden(trx, ctx.scope.organisationId, row.id, hidden);
    await audit(trx, ctx, hidden ? 'toolkit_item.hide' : 'toolkit_item.show', {
      type: 'toolkit_item',
      id: row.id,
    });
    return presentItem({ ...row, hidden });
  });
}

/** An item this person keeps: the org admin the organisation's own, a platform admin national ones. */
async function keptItem(ctx: UseCaseContext, trx: UseCaseContext['db'], slug: string) {
  const row = await findItemBySlug(trx, slug);
  if (!row || !isVisibleIn(ctx.scope, row)) throw notFound('Dit toolkit-item');
  if (!canKeep(ctx.scope, row)) {
    throw new AppError('forbidden', 'Landelijke items worden bijgehouden door het platformbeheer.');
  }
  return row;
}

/** Change the content of an item the acting person keeps; the slug stays. */
export async function editItem(
  ctx: UseCaseContext,
  slug: string,
  input: Omit<NewItem, 'national'>,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await keptItem(ctx, trx, slug);
    const updated = await updateItem(trx, row.id, {
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      body: input.body,
      source: input.source,
      published_on: input.publishedOn,
      audiences: input.audiences,
      themes: input.themes,
    });
    await audit(trx, ctx, 'toolkit_item.update', { type: 'toolkit_item', id: row.id });
    return presentItem({
      ...updated,
      hidden: await isHidden(trx, ctx.scope.organisationId, row.id),
    });
  });
}

/** Delete an item the acting person keeps, with its sessions and sign-ups. */
export async function removeItem(ctx: UseCaseContext, slug: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await keptItem(ctx, trx, slug);
    await deleteItem(trx, row.id);
    await audit(trx, ctx, 'toolkit_item.delete', { type: 'toolkit_item', id: row.id });
  });
}
