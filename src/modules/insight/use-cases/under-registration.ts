import { audit } from '../../../platform/audit/audit';
import type { UseCaseContext } from '../../../platform/use-case';
import { registeredOwnReports } from '../../incidents';
import {
  type MonitorLayer,
  type MonitorPopulation,
  publishedPrevalence,
  publishedWaveYears,
} from '../../monitor';
import { findHeadcount, type Headcount, saveHeadcount } from '../headcount.repository';
import { canEditHeadcount } from '../insight.policy';
import type { UnderRegistration } from '../insight.schemas';
import { estimateUnderRegistration } from '../under-registration';

/** Below this many reports a national count is not shown (the national module's default k). */
export const MIN_NATIONAL_REPORTS = 10;

const LAYER_OF: Record<string, MonitorLayer> = {
  gemeente: 'municipality',
  provincie: 'province',
  waterschap: 'water_board',
  rijk: 'central_government',
};

const POPULATIONS: { population: MonitorPopulation; label: string; key: keyof Headcount }[] = [
  { population: 'office_holders', label: 'Politieke ambtsdragers', key: 'officeHolders' },
  { population: 'civil_servants', label: 'Medewerkers', key: 'employees' },
];

type Db = Parameters<typeof publishedWaveYears>[0];

/** One population's comparison; `headcount` null: not known. */
async function comparePopulation(
  db: Db,
  p: (typeof POPULATIONS)[number],
  year: number | null,
  layer: MonitorLayer | null,
  registered: number | null,
  headcount: number | null,
): Promise<UnderRegistration['populations'][number]> {
  const prevalence =
    year === null
      ? null
      : await publishedPrevalence(db, p.population, { year, layer: layer ?? undefined });
  const base = {
    population: p.population,
    label: p.label,
    registered,
    survey: null,
    estimate: null,
  };
  if (!prevalence) return { ...base, headcount, missing: 'no_wave' };
  const n = headcount ?? prevalence.framePopulation;
  if (prevalence.p === null || prevalence.ciLow === null || prevalence.ciHigh === null) {
    return { ...base, headcount: n, missing: 'suppressed' };
  }
  const survey = {
    title: prevalence.title,
    year: prevalence.year,
    synthetic: prevalence.synthetic,
    layer: prevalence.layer,
    p: prevalence.p,
    ciLow: prevalence.ciLow,
    ciHigh: prevalence.ciHigh,
    n: prevalence.n ?? 0,
  };
  if (registered === null) return { ...base, survey, headcount: n, missing: 'too_few_reports' };
  const estimate = n > 0 ? estimateUnderRegistration(registered, n, survey) : null;
  return { ...base, survey, headcount: n, estimate, missing: estimate ? null : 'no_headcount' };
}

/**
 * The organisation's registered reports per 100 office holders and employees in a year,
 * against the Monitor's prevalence for its government layer that year, and the estimated
 * share not registered with its interval. Needs the organisation's headcount.
 */
export async function getUnderRegistration(
  ctx: UseCaseContext,
  query: { year?: number },
): Promise<UnderRegistration> {
  const { scope } = ctx;
  return ctx.db.transaction().execute(async (trx) => {
    const years = await publishedWaveYears(trx);
    const year = query.year ?? years[0] ?? null;
    const headcount = await findHeadcount(trx, scope.organisationId);
    const registered =
      year === null
        ? { officeHolders: 0, employees: 0 }
        : await registeredOwnReports(trx, scope.organisationId, year);
    const layer = LAYER_OF[scope.organisationType] ?? null;
    const populations = [];
    for (const p of POPULATIONS) {
      const count = headcount ? headcount[p.key] : null;
      const row = await comparePopulation(trx, p, year, layer, registered[p.key], count);
      // Without the organisation's own headcount the frame's national total does not apply.
      populations.push(
        headcount || row.missing
          ? row
          : { ...row, headcount: null, estimate: null, missing: 'no_headcount' as const },
      );
    }
    await audit(trx, ctx, 'insight.under_registration.view', {
      type: 'organisation',
      id: scope.organisationId,
    });
    return {
      scope: 'organisation',
      year,
      publishedYears: years,
      headcount,
      canEditHeadcount: canEditHeadcount(scope),
      populations,
    };
  });
}

/**
 * The national comparison: every organisation's registered reports against the Monitor's
 * prevalence for the whole population, with the sampling frame's population as denominator.
 * A national count below MIN_NATIONAL_REPORTS is not shown.
 */
export async function getNationalUnderRegistration(
  ctx: UseCaseContext,
  query: { year?: number },
): Promise<UnderRegistration> {
  return ctx.db.transaction().execute(async (trx) => {
    const years = await publishedWaveYears(trx);
    const year = query.year ?? years[0] ?? null;
    const registered =
      year === null
        ? { officeHolders: 0, employees: 0 }
        : await registeredOwnReports(trx, null, year);
    const populations = [];
    for (const p of POPULATIONS) {
      const count = registered[p.key];
      const shown = count >= MIN_NATIONAL_REPORTS ? count : null;
      populations.push(await comparePopulation(trx, p, year, null, shown, null));
    }
    await audit(trx, ctx, 'insight.under_registration.national_view', {
      type: 'organisation',
      id: ctx.scope.organisationId,
    });
    return {
      scope: 'national',
      year,
      publishedYears: years,
      headcount: null,
      canEditHeadcount: false,
      populations,
    };
  });
}

/** The organisation admin records how many office holders and employees there are. */
export async function updateHeadcount(ctx: UseCaseContext, body: Headcount) {
  return ctx.db.transaction().execute(async (trx) => {
    await saveHeadcount(trx, ctx.scope.organisationId, body);
    await audit(trx, ctx, 'insight.headcount.update', {
      type: 'organisation',
      id: ctx.scope.organisationId,
    });
    return body;
  });
}
