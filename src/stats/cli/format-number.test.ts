import { describe, expect, it } from 'vitest';
import { formatNumber, quoteString, signif } from './format-number';

describe('formatNumber', () => {
  it('prints 12 significant digits in fixed notation, as survey-oracle.R does', () => {
    expect(formatNumber(0.2959332525123457)).toBe('0.295933252512');
    expect(formatNumber(2.76886925233e-12)).toBe('0.00000000000276886925233');
    expect(formatNumber(811.656)).toBe('811.656');
    expect(formatNumber(969994)).toBe('969994');
    expect(formatNumber(84876788.41379999)).toBe('84876788.4138');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(1)).toBe('1');
    expect(formatNumber(Number.NaN)).toBe('NA');
  });

  it('rounds twice like R: first to 15 digits (as.character), then signif(x, 12)', () => {
    // 15 digits give ...474500, a tie that rounds to even at 12 digits.
    expect(formatNumber(0.38276997447450023)).toBe('0.382769974474');
    expect(formatNumber(0.382769974474501)).toBe('0.382769974475');
  });

  it('implements signif with round-half-even on the scaled value', () => {
    expect(signif(123456.5, 6)).toBe(123456);
    expect(signif(123457.5, 6)).toBe(123458);
    expect(signif(-0.000123456789, 3)).toBe(-0.000123);
    expect(signif(987654321987654, 12)).toBe(987654321988000);
  });

  it('quotes strings as write.csv does', () => {
    expect(quoteString('(all)')).toBe('"(all)"');
    expect(quoteString('say "hi"')).toBe('"say ""hi"""');
  });
});
