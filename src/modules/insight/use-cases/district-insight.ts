import { audit } from '../../../platform/audit/audit';
import { amsterdamDate } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { FIGURE_DICTIONARY, findDistrictMap, listDistricts, wijkOfBuurt } from '../../districts';
import { dashboardDistricts } from '../../incidents';
import { periodRange } from '../dashboard-periods';
import type { DistrictInsight, DistrictInsightQuery } from '../insight.schemas';

const PER = 1000;

/**
 * Reports in a public place per wijk and buurt in a period, next to the CBS context figures
 * (rate per 1,000 inhabitants). Within the organisation the counts are shown as they are
 * (ADR 0037); this view is never shown outside it (ADR 0044). Audited.
 */
export async function getDistrictInsight(
  ctx: UseCaseContext,
  query: DistrictInsightQuery,
): Promise<DistrictInsight> {
  const range = periodRange('month', query.from, query.to, amsterdamDate(ctx.clock.now()));
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const map = await findDistrictMap(trx, org);
    const districts = await listDistricts(trx, org);
    const counts = await dashboardDistricts(trx, org, range.fromDate, range.untilDate);
    await audit(trx, ctx, 'insight.districts.view', { type: 'organisation', id: org });

    const known = new Set(districts.map((d) => d.code));
    const own = new Map<string, number>();
    let otherDistrict = 0;
    for (const { code, n } of counts.byCode) {
      if (!known.has(code)) otherDistrict += n;
      own.set(code, (own.get(code) ?? 0) + n);
      // A report placed in a buurt counts for its wijk too.
      if (code.startsWith('BU')) {
        const wijk = wijkOfBuurt(code);
        own.set(wijk, (own.get(wijk) ?? 0) + n);
      }
    }
    const withDistrict = counts.byCode.reduce((sum, c) => sum + c.n, 0);
    const rows = districts.map((d) => {
      const incidents = own.get(d.code) ?? 0;
      const inwoners = d.figures?.inwoners ?? null;
      return {
        code: d.code,
        name: d.name,
        wijkCode: d.level === 'buurt' ? wijkOfBuurt(d.code) : null,
        incidents,
        inwoners,
        perThousand: inwoners ? Math.round(((incidents * PER) / inwoners) * 100) / 100 : null,
        figures: d.figures ?? {},
        d: d.path,
        c: [d.centre_x, d.centre_y],
        level: d.level,
      };
    });
    const strip = ({ level: _level, ...row }: (typeof rows)[number]) => row;
    return {
      from: range.from,
      to: range.to,
      loaded: map !== undefined,
      viewBox: map ? [0, 0, map.width, map.height] : [0, 0, 0, 0],
      publicPlace: counts.publicPlace,
      withoutDistrict: counts.publicPlace - withDistrict,
      otherDistrict,
      figureLabels: FIGURE_DICTIONARY.map((f) => ({ key: f.key, label: f.label })),
      wijken: rows.filter((r) => r.level === 'wijk').map(strip),
      buurten: rows.filter((r) => r.level === 'buurt').map(strip),
    };
  });
}

/** The district view as CSV rows: the same numbers as the table on the page. */
export function districtCsvRows(view: DistrictInsight): (string | number | null)[][] {
  const header = [
    'niveau',
    'code',
    'naam',
    'meldingen openbare plek',
    ...view.figureLabels.map((f) => f.label),
    'meldingen per 1.000 inwoners',
  ];
  const line = (level: string, r: DistrictInsight['wijken'][number]) => [
    level,
    r.code,
    r.name,
    r.incidents,
    ...view.figureLabels.map((f) => r.figures[f.key] ?? null),
    r.perThousand,
  ];
  return [
    header,
    ...view.wijken.map((r) => line('wijk', r)),
    ...view.buurten.map((r) => line('buurt', r)),
  ];
}
