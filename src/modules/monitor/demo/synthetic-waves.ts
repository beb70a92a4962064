import { ALL_SIZES, type FrameStratum, stratumCode } from '../frames/frame-csv';
import type { Answers, Gender, Layer, Population, StratumRole } from '../monitor.tables';
import { seededRandom, seedOf } from './prng';

/**
 * Synthetic Monitor waves for the demo. The aggression/intimidation prevalence
 * is calibrated so that the weighted estimate reproduces the published figure
 * of each wave: per stratum the number of "yes" answers is fixed (not drawn)
 * from a stratum-specific rate whose population-weighted mean is the target,
 * then rounding is corrected on the heaviest strata. The other indicators are
 * plausible, seeded draws. Everything is deterministic.
 */

/** The published prevalence of aggression or intimidation, per population and year. */
export const PUBLISHED_PREVALENCE: { population: Population; year: number; target: number }[] = [
  { population: 'office_holders', year: 2016, target: 0.27 },
  { population: 'office_holders', year: 2018, target: 0.29 },
  { population: 'office_holders', year: 2020, target: 0.35 },
  { population: 'office_holders', year: 2022, target: 0.49 },
  { population: 'office_holders', year: 2024, target: 0.45 },
  { population: 'civil_servants', year: 2022, target: 0.33 },
  { population: 'civil_servants', year: 2024, target: 0.29 },
];

/** Respondents per synthetic wave: enough for stable figures, few enough for a fast demo load. */
export const SYNTHETIC_RESPONDENTS: Record<Population, number> = {
  office_holders: 2400,
  civil_servants: 2800,
};

/** Plausible rates of the other indicators (share of everyone, melding: of victims). */
const OTHER_RATES: Record<
  Population,
  Record<number, { online: number; melding: number; vermoeden: number; gedragscode: number }>
> = {
  office_holders: {
    2016: { online: 0.1, melding: 0.38, vermoeden: 0.18, gedragscode: 0.88 },
    2018: { online: 0.14, melding: 0.4, vermoeden: 0.19, gedragscode: 0.89 },
    2020: { online: 0.2, melding: 0.41, vermoeden: 0.2, gedragscode: 0.9 },
    2022: { online: 0.34, melding: 0.44, vermoeden: 0.22, gedragscode: 0.91 },
    2024: { online: 0.31, melding: 0.45, vermoeden: 0.21, gedragscode: 0.92 },
  },
  civil_servants: {
    2022: { online: 0.12, melding: 0.47, vermoeden: 0.15, gedragscode: 0.8 },
    2024: { online: 0.11, melding: 0.49, vermoeden: 0.14, gedragscode: 0.82 },
  },
};

const MUNICIPAL_SIZES = ['<20.000', '20.000-50.000', '50.000-100.000', '100.000+'] as const;
const SIZE_RISK = [0.9, 1, 1.05, 1.15];

interface StratumSpec {
  layer: Layer;
  role: StratumRole;
  sizeClass: string;
  population: number;
  /** Relative risk of aggression against the population average. */
  risk: number;
}

function municipal(role: StratumRole, counts: number[], risk: number): StratumSpec[] {
  return MUNICIPAL_SIZES.map((sizeClass, i) => ({
    layer: 'municipality' as const,
    role,
    sizeClass,
    population: counts[i]!,
    risk: risk * SIZE_RISK[i]!,
  }));
}

/** Realistic orders of magnitude for the Dutch population of each stratum. */
export function syntheticStrata(population: Population): StratumSpec[] {
  if (population === 'office_holders') {
    return [
      ...municipal('councillor', [2700, 3400, 1300, 1100], 1),
      ...municipal('alderman', [380, 560, 260, 200], 1.25),
      ...municipal('mayor', [120, 140, 50, 32], 1.35),
      {
        layer: 'province',
        role: 'provincial_councillor',
        sizeClass: ALL_SIZES,
        population: 570,
        risk: 0.9,
      },
      { layer: 'province', role: 'deputy', sizeClass: ALL_SIZES, population: 80, risk: 1.2 },
      {
        layer: 'province',
        role: 'kings_commissioner',
        sizeClass: ALL_SIZES,
        population: 12,
        risk: 1.3,
      },
      {
        layer: 'water_board',
        role: 'water_board_member',
        sizeClass: ALL_SIZES,
        population: 650,
        risk: 0.6,
      },
    ];
  }
  return [
    ...municipal('civil_servant', [35000, 50000, 40000, 65000], 1.1),
    {
      layer: 'province',
      role: 'civil_servant',
      sizeClass: ALL_SIZES,
      population: 13000,
      risk: 0.8,
    },
    {
      layer: 'water_board',
      role: 'civil_servant',
      sizeClass: ALL_SIZES,
      population: 11000,
      risk: 0.7,
    },
    {
      layer: 'central_government',
      role: 'civil_servant',
      sizeClass: ALL_SIZES,
      population: 130000,
      risk: 0.95,
    },
  ];
}

/** Square-root allocation: small groups (mayors, King's Commissioners) get relatively many respondents. */
function allocate(specs: StratumSpec[], total: number): number[] {
  const roots = specs.map((s) => Math.sqrt(s.population));
  const sum = roots.reduce((a, b) => a + b, 0);
  return specs.map((s, i) =>
    Math.max(3, Math.min(Math.floor(s.population * 0.75), Math.round((total * roots[i]!) / sum))),
  );
}

/** Scale the relative risks so the population-weighted rate is exactly the target. */
function calibrate(specs: StratumSpec[], target: number): number[] {
  const total = specs.reduce((n, s) => n + s.population, 0);
  const rates = (c: number) => specs.map((s) => Math.min(0.95, Math.max(0.02, c * s.risk)));
  const mean = (c: number) => rates(c).reduce((n, p, i) => n + p * specs[i]!.population, 0) / total;
  let lo = 0;
  let hi = 10;
  for (let k = 0; k < 100; k++) {
    const mid = (lo + hi) / 2;
    if (mean(mid) < target) lo = mid;
    else hi = mid;
  }
  return rates((lo + hi) / 2);
}

/** Per stratum the number of "yes" answers whose weighted share is closest to the target. */
function yesCounts(
  specs: StratumSpec[],
  sizes: number[],
  rates: number[],
  target: number,
): number[] {
  const total = specs.reduce((n, s) => n + s.population, 0);
  const counts = sizes.map((n, h) => Math.round(n * rates[h]!));
  const step = (h: number) => specs[h]!.population / sizes[h]! / total;
  let diff = target - counts.reduce((a, k, h) => a + k * step(h), 0);
  const byWeight = specs.map((_, h) => h).sort((a, b) => step(b) - step(a));
  for (const h of byWeight) {
    while (Math.abs(diff) > step(h) / 2) {
      const d = Math.sign(diff);
      if (counts[h]! + d < 0 || counts[h]! + d > sizes[h]!) break;
      counts[h] = counts[h]! + d;
      diff -= d * step(h);
    }
  }
  return counts;
}

export interface SyntheticRespondent {
  stratumCode: string;
  gender: Gender;
  answers: Answers;
}

export interface SyntheticWave {
  population: Population;
  year: number;
  questionnaireKey: string;
  target: number;
  frame: FrameStratum[];
  respondents: SyntheticRespondent[];
}

/** Generate one synthetic wave. */
export function generateSyntheticWave(
  population: Population,
  year: number,
  target: number,
  respondents = SYNTHETIC_RESPONDENTS[population],
): SyntheticWave {
  const random = seededRandom(seedOf(`weerbaar-monitor-${population}-${year}`));
  const specs = syntheticStrata(population);
  const sizes = allocate(specs, respondents);
  const counts = yesCounts(specs, sizes, calibrate(specs, target), target);
  const other = OTHER_RATES[population][year] ?? OTHER_RATES[population][2022]!;
  const questionnaireKey = year <= 2016 ? 'miv-v1' : 'miv-v2';
  const victimQuestion = year <= 2016 ? 'agressie_2016' : 'agressie_ervaren';
  const womenShare = population === 'office_holders' ? 0.36 : 0.52;
  const yesNo = (p: number) => (random() < p ? 'ja' : 'nee');

  const frame: FrameStratum[] = [];
  const out: SyntheticRespondent[] = [];
  specs.forEach((spec, h) => {
    const code = stratumCode(spec.layer, spec.role, spec.sizeClass);
    frame.push({
      code,
      layer: spec.layer,
      role: spec.role,
      sizeClass: spec.sizeClass,
      populationCount: spec.population,
      sampleSize: Math.min(spec.population, Math.round(sizes[h]! / 0.38)),
    });
    const genders: Gender[] = Array.from({ length: sizes[h]! }, () => {
      const u = random();
      return u < 0.015 ? 'anders' : u < 0.015 + womenShare ? 'vrouw' : 'man';
    });
    // Women are somewhat more often targeted: weighted sampling without replacement
    // (Efraimidis-Spirakis keys) picks exactly counts[h] victims.
    const keys = genders.map((g, i) => ({ i, key: random() ** (1 / (g === 'vrouw' ? 1.3 : 1)) }));
    keys.sort((a, b) => b.key - a.key);
    const victims = new Set(keys.slice(0, counts[h]!).map((k) => k.i));
    const onlineGivenVictim = Math.min(0.95, other.online / target);
    genders.forEach((gender, i) => {
      const victim = victims.has(i);
      const answers: Answers = { [victimQuestion]: victim ? 'ja' : 'nee', geslacht: gender };
      if (victim) {
        answers.agressie_online = yesNo(onlineGivenVictim);
        answers.melding_gedaan = yesNo(other.melding);
      }
      answers.vermoeden_integriteit = yesNo(other.vermoeden);
      answers.bekend_gedragscode = yesNo(other.gedragscode);
      out.push({ stratumCode: code, gender, answers });
    });
  });
  return { population, year, questionnaireKey, target, frame, respondents: out };
}

/** Every published wave, generated. */
export function generateAllSyntheticWaves(): SyntheticWave[] {
  return PUBLISHED_PREVALENCE.map((p) => generateSyntheticWave(p.population, p.year, p.target));
}
