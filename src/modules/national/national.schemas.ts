import { z } from 'zod';
import { INCIDENT_KINDS } from '../incidents';
import {
  FIRST_QUARTER,
  GRANULARITIES,
  isQuarter,
  LEVELS,
  TARGET_GROUPS,
} from './national-dimensions';

export const OrgParams = z.strictObject({ orgId: z.uuid() });

const Quarter = z
  .string()
  .refine(isQuarter, 'een kwartaal als JJJJ-Kn, bijvoorbeeld 2026-Q1')
  .refine((q) => q >= FIRST_QUARTER, `niet vóór ${FIRST_QUARTER}`);

/** The only questions national statistics answer: fixed levels, granularities and filters. */
export const NationalQuery = z
  .strictObject({
    level: z.enum(LEVELS).default('gemeente'),
    granularity: z.enum(GRANULARITIES).default('quarter'),
    from: Quarter.optional(),
    to: Quarter.optional(),
    kind: z.enum(INCIDENT_KINDS).optional(),
    target: z.enum(TARGET_GROUPS).optional(),
  })
  .refine((q) => !(q.kind && q.target), {
    message: 'kies een soort of een doelgroep, niet beide',
    path: ['target'],
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'het eind ligt vóór het begin',
    path: ['to'],
  });
export type NationalQuery = z.infer<typeof NationalQuery>;

export const AreaType = z.enum([
  'gemeente',
  'regio',
  'provincie',
  'waterschap',
  'rijk',
  'layer',
  'land',
]);

export const Cell = z.object({
  area: z.object({ code: z.string(), name: z.string(), type: AreaType }),
  period: z.string(),
  count: z.number().int().nullable(),
  rate: z
    .number()
    .nullable()
    .describe('Per 100 office holders/employees; null when unknown or suppressed'),
  suppressed: z
    .boolean()
    .describe(
      'Withheld by disclosure control. Why (fewer than k, or to protect another cell) is not said: that would tell a reader more than the count itself',
    ),
});

export const Denominator = z.object({
  source: z.string().nullable(),
  population: z.enum(['office_holders', 'employees', 'both']).nullable(),
  synthetic: z.boolean(),
});

export const NationalAnswer = z.object({
  level: z.enum(LEVELS),
  granularity: z.enum(GRANULARITIES),
  filter: z.object({
    kind: z.enum(INCIDENT_KINDS).nullable(),
    target: z.enum(TARGET_GROUPS).nullable(),
  }),
  k: z.number().int(),
  periods: z.array(z.string()),
  cells: z.array(Cell),
  totals: z.array(Cell),
  denominator: Denominator,
  refreshedAt: z.string().nullable(),
});
export type NationalAnswer = z.infer<typeof NationalAnswer>;

export const PeerFigure = z.object({
  period: z.string(),
  own: z.number().int().nullable(),
  median: z.number().nullable(),
  peers: z.number().int().describe('Organisations in the size class'),
  suppressed: z.boolean().describe('The median is withheld: too few organisations or reports'),
});

export const PeersAnswer = z.object({
  organisation: z.object({ code: z.string(), name: z.string(), type: AreaType }),
  sizeClass: z.object({ code: z.string(), label: z.string() }),
  k: z.number().int(),
  minimumPeers: z.number().int(),
  figures: z.array(PeerFigure),
});

export const ReleaseBody = z.strictObject({
  quarter: Quarter,
  correctsId: z.uuid().optional(),
});

export const ReleaseParams = z.strictObject({ releaseId: z.uuid() });

export const ReleaseMeta = z.object({
  id: z.uuid(),
  quarter: z.string(),
  correctsId: z.uuid().nullable(),
  k: z.number().int(),
  licence: z.string(),
  publishedAt: z.string(),
  cells: z.number().int(),
});

export const ReleaseTableRow = z.object({
  filter: z.string(),
  level: z.enum(LEVELS),
  period: z.string(),
  areaType: AreaType,
  areaCode: z.string(),
  areaName: z.string(),
  count: z.number().int().nullable(),
  rate: z.number().nullable(),
  suppressed: z.boolean(),
});
export type ReleaseTableRow = z.infer<typeof ReleaseTableRow>;

export const ReleaseTables = z.object({
  release: ReleaseMeta,
  rows: z.array(ReleaseTableRow),
});

export const DictionaryEntry = z.object({
  field: z.string(),
  type: z.string(),
  description: z.string(),
  values: z.array(z.string()).nullable(),
});

export const PublicNationalQuery = z.strictObject({
  level: z.enum(LEVELS).optional(),
  kind: z.enum(INCIDENT_KINDS).optional(),
  target: z.enum(TARGET_GROUPS).optional(),
});
