import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit';
import { AppError, notFound } from '../../../platform/errors/app-error';
import { organisationName } from '../../../platform/identity';
import { addDays, amsterdamDate } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { presentPolicyVersion, renewalDueOf } from '../bibob.presenter';
import {
  adoptPolicyVersion,
  findPolicyVersion,
  insertPolicyVersion,
  listPolicyVersions,
} from '../bibob.repository';
import type { AdoptBody, PolicyBody, PolicyOverview } from '../bibob.schemas';
import { renderPolicyPdf } from '../policy-pdf';
import { POLICY_TEMPLATE } from '../policy-template';
import { loadSettings } from './settings';

/** How long before the renewal date the reminder goes out and the page says "due soon". */
export const RENEWAL_LEAD_DAYS = 90;

type Overview = z.infer<typeof PolicyOverview>;

/** Renewal status of the newest adopted version on `today`. */
export function renewalStatus(due: string | null, today: string): Overview['renewal']['status'] {
  if (!due) return 'none';
  if (today >= due) return 'overdue';
  return addDays(today, RENEWAL_LEAD_DAYS) >= due ? 'due_soon' : 'ok';
}

/** The policy: newest version, newest adopted version, all versions, the template. */
export async function getPolicy(ctx: UseCaseContext): Promise<Overview> {
  const org = ctx.scope.organisationId;
  const rows = await ctx.db.transaction().execute(async (trx) => {
    const list = await listPolicyVersions(trx, org);
    await audit(trx, ctx, 'bibob.policy.read', { type: 'bibob_policy', id: org });
    return list;
  });
  const adoptedRow = rows.find((r) => r.adopted_on !== null) ?? null;
  const due = adoptedRow ? renewalDueOf(adoptedRow) : null;
  return {
    current: rows[0] ? presentPolicyVersion(rows[0]) : null,
    adopted: adoptedRow ? presentPolicyVersion(adoptedRow) : null,
    versions: rows.map((r) => {
      const v = presentPolicyVersion(r);
      return { version: v.version, adoptedOn: v.adoptedOn, createdAt: v.createdAt };
    }),
    template: POLICY_TEMPLATE,
    renewal: { due, status: renewalStatus(due, amsterdamDate(ctx.clock.now())) },
  };
}

/** Save the policy as a new version (earlier versions are kept). */
export async function savePolicy(ctx: UseCaseContext, body: z.infer<typeof PolicyBody>) {
  const keys = body.items.map((i) => i.key);
  const dup = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (dup >= 0) {
    throw new AppError('validation_failed', 'Elk soort aanvraag komt maar één keer voor.', {
      fields: [{ field: `body.items.${dup}.key`, message: 'komt al voor' }],
    });
  }
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const settings = await loadSettings(trx, org);
    const row = await insertPolicyVersion(trx, {
      organisationId: org,
      title: body.title,
      items: body.items,
      renewalYears: settings.policyRenewalYears,
      createdBy: ctx.scope.actorId,
    });
    await audit(trx, ctx, 'bibob.policy.save', { type: 'bibob_policy', id: `${row.version}` });
    return presentPolicyVersion(row);
  });
}

/** Record who adopted a version and when; the renewal clock starts then. */
export async function adoptPolicy(
  ctx: UseCaseContext,
  version: number,
  body: z.infer<typeof AdoptBody>,
) {
  const org = ctx.scope.organisationId;
  if (body.adoptedOn > amsterdamDate(ctx.clock.now())) {
    throw new AppError('validation_failed', 'De datum van vaststelling ligt in de toekomst.', {
      fields: [{ field: 'body.adoptedOn', message: 'ligt in de toekomst' }],
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findPolicyVersion(trx, org, version, true);
    if (!row) throw notFound('Deze versie van het beleid');
    if (row.adopted_on !== null)
      throw new AppError('conflict', 'Deze versie is al vastgesteld; sla een nieuwe versie op.');
    const adopted = await adoptPolicyVersion(trx, org, version, body);
    await audit(trx, ctx, 'bibob.policy.adopt', { type: 'bibob_policy', id: `${version}` });
    return presentPolicyVersion(adopted);
  });
}

/** One version as a PDF document. */
export async function policyPdf(ctx: UseCaseContext, version: number) {
  const org = ctx.scope.organisationId;
  const { row, name } = await ctx.db.transaction().execute(async (trx) => {
    const found = await findPolicyVersion(trx, org, version);
    if (!found) throw notFound('Deze versie van het beleid');
    await audit(trx, ctx, 'bibob.policy.export', { type: 'bibob_policy', id: `${version}` });
    return { row: found, name: (await organisationName(trx, org)) ?? '' };
  });
  const pdf = await renderPolicyPdf({
    organisationName: name,
    policy: presentPolicyVersion(row),
    printedOn: amsterdamDate(ctx.clock.now()),
  });
  return { pdf, fileName: `bibob-beleid-versie-${version}.pdf` };
}
