import { z } from 'zod';
import { RETENTION_TERMS } from './retention-kinds';

export const RetentionKind = z
  .enum(['incidents', 'integrity', 'bibob'])
  .describe(
    'incidents: closed reports of aggression and violence; integrity: closed integrity reports; bibob: closed Bibob screening cases',
  );

/** One kind of record with its term and the bounds it must stay within. */
export const RetentionTermView = z.object({
  kind: RetentionKind,
  months: z
    .number()
    .int()
    .describe('Months after closing before the record is anonymised or deleted'),
  minMonths: z.number().int().describe('Shortest term allowed'),
  maxMonths: z.number().int().describe('Longest term allowed'),
  defaultMonths: z.number().int().describe('The term when the organisation has not chosen'),
});

const months = (kind: keyof typeof RETENTION_TERMS) => {
  const term = RETENTION_TERMS[kind];
  return z
    .number('Vul een aantal maanden in.')
    .int('Vul een heel aantal maanden in.')
    .min(term.minMonths, `minstens ${term.minMonths} maanden`)
    .max(term.maxMonths, `hoogstens ${term.maxMonths} maanden`)
    .optional()
    .describe(`Months for this kind (${term.minMonths}–${term.maxMonths}); left out: unchanged`);
};

export const RetentionTermsBody = z
  .object({
    incidents: months('incidents'),
    integrity: months('integrity'),
    bibob: months('bibob'),
  })
  .strict();
export type RetentionTermsBody = z.infer<typeof RetentionTermsBody>;
