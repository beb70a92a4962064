import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import { notFound } from '../../../platform/errors/app-error';
import { findOrganisationByCode } from '../../../platform/identity';
import type { UseCaseContext } from '../../../platform/use-case';
import { day } from '../toolkit.presenter';
import { findNorm, upsertNorm } from '../toolkit.repository';

/** A first text for an organisation that has no norm yet; the org admin adapts it. */
export const NORM_TEMPLATE = [
  '## Onze norm: melden hoort en helpt',
  '',
  'Agressie, intimidatie en bedreiging horen niet bij uw werk, ook niet bij een politiek ambt.',
  '',
  '- **Melden hoort.** Elk incident meldt u, ook als het “wel meeviel”.',
  '- **Melden helpt.** U krijgt steun, en wij zien wat er speelt en kunnen ingrijpen.',
  '- **Wij staan achter u.** Wie meldt, krijgt een reactie en hulp bij aangifte.',
].join('\n');

const publicPath = (code: string) => `/norm/${encodeURIComponent(code)}`;

/** The organisation's norm for its admin to edit (a template while there is none). */
export async function getNorm(ctx: UseCaseContext) {
  const row = await findNorm(ctx.db, ctx.scope.organisationId);
  return {
    body: row?.body ?? NORM_TEMPLATE,
    published: row?.published ?? false,
    adoptedOn: row ? day(row.adopted_on) : null,
    publicPath: publicPath(ctx.scope.organisationCode),
  };
}

export interface NormInput {
  body: string;
  published: boolean;
  adoptedOn: string;
}

/** The org admin saves (and publishes or withdraws) the organisation's norm. */
export async function saveNorm(ctx: UseCaseContext, input: NormInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await upsertNorm(trx, {
      organisation_id: ctx.scope.organisationId,
      body: input.body,
      published: input.published,
      adopted_on: input.adoptedOn,
      updated_by: ctx.scope.actorId,
    });
    await audit(trx, ctx, input.published ? 'toolkit_norm.publish' : 'toolkit_norm.save', {
      type: 'toolkit_norm',
      id: ctx.scope.organisationId,
    });
    return {
      body: row.body,
      published: row.published,
      adoptedOn: day(row.adopted_on),
      publicPath: publicPath(ctx.scope.organisationCode),
    };
  });
}

/** The published norm of an organisation, for anyone (404 when none is published). */
export async function publicNorm(db: Db, organisationCode: string) {
  const org = await findOrganisationByCode(db, organisationCode);
  const row = org && !org.deactivated_at ? await findNorm(db, org.id) : undefined;
  if (!org || !row?.published) throw notFound('De norm van deze organisatie');
  return {
    organisation: { code: org.code, name: org.name },
    body: row.body,
    adoptedOn: day(row.adopted_on),
  };
}
