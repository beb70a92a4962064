import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  FIRST_QUARTER,
  GRANULARITIES,
  type Granularity,
  KINDS,
  LEVELS,
  type Level,
  type NationalQuery,
  TARGETS,
} from './api';
import type { Measure } from './figures';

/** 'all', 'kind:threat' or 'target:employee': the one optional filter the API allows. */
export type Filter = string;
export const FILTERS: readonly Filter[] = [
  'all',
  ...KINDS.map((k) => `kind:${k}`),
  ...TARGETS.map((t) => `target:${t}`),
];

/** The quarters from the first national quarter up to the one `now` falls in. */
export function quartersUntil(now: Date): string[] {
  const last = `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
  const out: string[] = [];
  let [year, quarter] = [Number(FIRST_QUARTER.slice(0, 4)), Number(FIRST_QUARTER.slice(6))];
  for (let q = FIRST_QUARTER; q <= last; q = `${year}-Q${quarter}`) {
    out.push(q);
    quarter++;
    if (quarter > 4) [year, quarter] = [year + 1, 1];
  }
  return out;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/**
 * The question the national pages ask, kept in the address (so it can be shared and the
 * back button works): level, granularity, first and last quarter, filter and measure.
 */
export function useNationalQuery(fixedLevel?: Level) {
  const [params, setParams] = useSearchParams();
  const quarters = quartersUntil(new Date());
  const lastQuarter = quarters[quarters.length - 1] ?? FIRST_QUARTER;
  const state = {
    level: fixedLevel ?? pick(params.get('niveau'), LEVELS, 'gemeente'),
    granularity: pick(params.get('per'), GRANULARITIES, 'quarter' as Granularity),
    from: pick(
      params.get('van'),
      quarters,
      quarters[Math.max(0, quarters.length - 4)] ?? FIRST_QUARTER,
    ),
    to: pick(params.get('tot'), quarters, lastQuarter),
    filter: pick(params.get('filter'), FILTERS, 'all'),
    measure: pick(params.get('maat'), ['count', 'rate'] as const, 'count' as Measure),
    period: params.get('periode'),
  };
  const keys = {
    level: 'niveau',
    granularity: 'per',
    from: 'van',
    to: 'tot',
    filter: 'filter',
    measure: 'maat',
    period: 'periode',
  } as const;
  const set = (name: keyof typeof keys, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(keys[name], value);
        // Another question has other periods: show its latest again.
        if (name !== 'period' && name !== 'measure') next.delete(keys.period);
        return next;
      },
      { replace: true },
    );
  const [kindOrTarget, value] = state.filter.split(':');
  // Quarters sort as text: the earlier of the two is the start.
  const [from = state.from] = [state.from, state.to].sort();
  const api: NationalQuery = {
    level: state.level,
    granularity: state.granularity,
    from: state.granularity === 'year' ? `${from.slice(0, 4)}-Q1` : from,
    to: state.granularity === 'year' ? `${state.to.slice(0, 4)}-Q4` : state.to,
    ...(kindOrTarget === 'kind' ? { kind: value as NationalQuery['kind'] } : {}),
    ...(kindOrTarget === 'target' ? { target: value as NationalQuery['target'] } : {}),
  };
  return { ...state, quarters, set, api };
}

/** 'kind:threat' -> "Soort: bedreiging"; 'all' -> "Alle meldingen". */
export function useFilterLabel() {
  const { t } = useTranslation();
  return (filter: Filter) => {
    const [group, value] = filter.split(':');
    if (group === 'kind') return t('national.kind', { kind: t(`national.kinds.${value}`) });
    if (group === 'target') return t('national.target', { target: t(`national.targets.${value}`) });
    return t('national.allReports');
  };
}
