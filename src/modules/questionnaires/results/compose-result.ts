import type { Action, QuestionnaireDefinition } from '../definition/definition.schema';
import { localise } from '../definition/definition-model';
import type { ScoreResult } from '../scoring/scoring';

/*
 * The result as people read it: scores with their band, the tailored advice
 * for that band, recommended actions and discussion points, the change since
 * the previous attempt and, where allowed, the peer benchmark. Pure: it reads
 * the (immutable) definition and stored scores, so advice is never stored twice.
 */

type Locale = 'nl' | 'en';

export interface PresentedAction {
  id: string;
  sectionId: string;
  kind: 'next_step' | 'discussion_point';
  title: string;
  description: string | null;
  /** The toolkit item by key, with its title once resolved (withToolkitTitles). */
  toolkit: { key: string; url: string | null; title: string | null } | null;
}

export interface PresentedSection {
  id: string;
  title: string;
  score: number | null;
  band: { id: string; label: string } | null;
  advice: string | null;
  actions: PresentedAction[];
  previousScore: number | null;
  benchmarkScore: number | null;
}

export interface Benchmark {
  organisations: number;
  total: number | null;
  sections: Record<string, number | null>;
}

export interface PresentedResult {
  direction: 'higher_is_better' | 'higher_is_more_risk' | null;
  total: {
    score: number | null;
    band: { id: string; label: string } | null;
    advice: string | null;
    previousScore: number | null;
    benchmarkScore: number | null;
  } | null;
  sections: PresentedSection[];
  nextSteps: PresentedAction[];
  discussionGuide: { sectionId: string; sectionTitle: string; points: PresentedAction[] }[];
  previous: { submittedAt: string; version: number } | null;
  benchmark: { organisations: number } | null;
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export function composeResult(
  definition: QuestionnaireDefinition,
  scores: ScoreResult,
  locale: Locale,
  extra: {
    previous?: { scores: ScoreResult; submittedAt: Date; version: number } | null;
    benchmark?: Benchmark | null;
  } = {},
): PresentedResult {
  const bands = new Map(
    (definition.scoring?.bands ?? []).map((b) => [b.id, localise(b.label, locale)]),
  );
  const band = (id: string | null) => (id && bands.has(id) ? { id, label: bands.get(id)! } : null);
  const previousById = new Map(extra.previous?.scores.sections.map((s) => [s.id, s.score]) ?? []);
  const chosen = new Set(scores.actions);
  const present = (a: Action, sectionId: string): PresentedAction => ({
    id: a.id,
    sectionId,
    kind: a.kind,
    title: localise(a.title, locale),
    description: a.description ? localise(a.description, locale) : null,
    toolkit: a.toolkit ? { key: a.toolkit.key, url: a.toolkit.url ?? null, title: null } : null,
  });
  const sections: PresentedSection[] = [];
  for (const s of scores.sections) {
    const def = definition.sections.find((d) => d.id === s.id);
    if (!def) continue;
    const advice = s.band ? def.advice?.[s.band] : undefined;
    sections.push({
      id: s.id,
      title: localise(def.title, locale),
      score: round1(s.score),
      band: band(s.band),
      advice: advice ? localise(advice, locale) : null,
      actions: (def.actions ?? []).filter((a) => chosen.has(a.id)).map((a) => present(a, s.id)),
      previousScore: round1(previousById.get(s.id) ?? null),
      benchmarkScore: round1(extra.benchmark?.sections[s.id] ?? null),
    });
  }
  const all = sections.flatMap((s) => s.actions);
  const totalAdvice = scores.totalBand
    ? definition.scoring?.totalAdvice?.[scores.totalBand]
    : undefined;
  return {
    direction: definition.scoring?.direction ?? null,
    total: definition.scoring?.showTotal
      ? {
          score: round1(scores.total),
          band: band(scores.totalBand),
          advice: totalAdvice ? localise(totalAdvice, locale) : null,
          previousScore: round1(extra.previous?.scores.total ?? null),
          benchmarkScore: round1(extra.benchmark?.total ?? null),
        }
      : null,
    sections,
    nextSteps: all.filter((a) => a.kind === 'next_step'),
    discussionGuide: sections
      .map((s) => ({
        sectionId: s.id,
        sectionTitle: s.title,
        points: s.actions.filter((a) => a.kind === 'discussion_point'),
      }))
      .filter((g) => g.points.length > 0),
    previous: extra.previous
      ? { submittedAt: extra.previous.submittedAt.toISOString(), version: extra.previous.version }
      : null,
    benchmark: extra.benchmark ? { organisations: extra.benchmark.organisations } : null,
  };
}

/**
 * Average scores over organisations (each organisation's latest response
 * counts once), or null below the threshold: fewer organisations could be
 * recognised in an average.
 */
export function computeBenchmark(
  rows: { organisation_id: string; scores: unknown }[],
  minOrganisations: number,
): Benchmark | null {
  const latest = new Map<string, ScoreResult>();
  for (const row of rows) {
    if (!latest.has(row.organisation_id))
      latest.set(row.organisation_id, row.scores as ScoreResult);
  }
  if (latest.size < minOrganisations) return null;
  const mean = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length > 0 ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  const all = [...latest.values()];
  const ids = new Set(all.flatMap((s) => s.sections.map((x) => x.id)));
  const sections: Record<string, number | null> = {};
  for (const id of ids) {
    sections[id] = mean(all.map((s) => s.sections.find((x) => x.id === id)?.score ?? null));
  }
  return { organisations: latest.size, total: mean(all.map((s) => s.total)), sections };
}

/** Every toolkit key the result's actions name. */
export function toolkitKeysOf(result: PresentedResult): string[] {
  const actions = [...result.sections.flatMap((s) => s.actions), ...result.nextSteps];
  return [...new Set(actions.flatMap((a) => (a.toolkit ? [a.toolkit.key] : [])))];
}

/** The result with each toolkit link carrying the item's title, so nobody reads a raw key. */
export function withToolkitTitles(
  result: PresentedResult,
  titles: ReadonlyMap<string, string>,
): PresentedResult {
  const named = (a: PresentedAction): PresentedAction =>
    a.toolkit ? { ...a, toolkit: { ...a.toolkit, title: titles.get(a.toolkit.key) ?? null } } : a;
  return {
    ...result,
    sections: result.sections.map((s) => ({ ...s, actions: s.actions.map(named) })),
    nextSteps: result.nextSteps.map(named),
    discussionGuide: result.discussionGuide.map((g) => ({ ...g, points: g.points.map(named) })),
  };
}
