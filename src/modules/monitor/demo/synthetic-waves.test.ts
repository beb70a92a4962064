import { describe, expect, it } from 'vitest';
import { estimateWave } from '../results/estimate-wave';
import { buildTrends } from '../results/trends';
import { syntheticWaveData } from './synthetic-wave-data';
import { generateSyntheticWave, PUBLISHED_PREVALENCE } from './synthetic-waves';

describe('synthetic waves', () => {
  const results = PUBLISHED_PREVALENCE.map((p) => {
    const wave = generateSyntheticWave(p.population, p.year, p.target);
    const estimates = estimateWave(syntheticWaveData(wave));
    const agressie = estimates.indicators.find((i) => i.key === 'agressie')!.overall;
    return { ...p, wave, estimates, agressie };
  });

  it('reproduces every published figure within its 95% interval', () => {
    let largest = 0;
    for (const r of results) {
      if (r.agressie.suppressed) throw new Error('suppressed');
      expect(r.agressie.ciLow).toBeLessThan(r.target);
      expect(r.agressie.ciHigh).toBeGreaterThan(r.target);
      largest = Math.max(largest, Math.abs(r.agressie.p - r.target));
    }
    // Calibrated counts, not draws: the estimate is within a tenth of a percentage point.
    expect(largest).toBeLessThan(0.001);
    process.stdout.write(
      `largest deviation from the published figures: ${(largest * 100).toFixed(3)} percentage points\n`,
    );
  });

  it('is the same on every run and keeps the demo small', () => {
    const a = generateSyntheticWave('office_holders', 2022, 0.49);
    const b = generateSyntheticWave('office_holders', 2022, 0.49);
    expect(a.respondents).toEqual(b.respondents);
    for (const r of results) expect(r.wave.respondents.length).toBeLessThan(5000);
  });

  it('makes 2020 -> 2022 significant and 2016 -> 2018 not comparable', () => {
    const office = results.filter((r) => r.population === 'office_holders');
    const trend = buildTrends(
      'office_holders',
      office.map((r) => ({
        waveId: r.wave.year.toString(),
        year: r.year,
        synthetic: true,
        estimates: r.estimates,
      })),
    );
    const steps = trend.indicators.find((i) => i.key === 'agressie')!.steps;
    expect(steps.map((s) => [s.toYear, s.status])).toEqual([
      [2018, 'not_comparable'],
      [2020, 'compared'],
      [2022, 'compared'],
      [2024, 'compared'],
    ]);
    const s2022 = steps[2]!;
    expect(s2022.status === 'compared' && s2022.significant).toBe(true);
    expect(trend.indicators.find((i) => i.key === 'agressie')!.notes[0]).toMatch(/2016/);
  });

  it('gives every layer and role a stratum with at least two respondents', () => {
    for (const r of results) {
      const per = new Map<string, number>();
      for (const x of r.wave.respondents) per.set(x.stratumCode, (per.get(x.stratumCode) ?? 0) + 1);
      expect(Math.min(...per.values())).toBeGreaterThanOrEqual(2);
      expect(r.estimates.weighting.strataWithoutRespondents).toEqual([]);
    }
  });
});
