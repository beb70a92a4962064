import { z } from 'zod';
import { Publication } from '../monitor.schemas';

/*
 * Results, trends and reports are generated structures (results/*.ts, report/report-model.ts).
 * These schemas document the fields the web app reads; every object stays open
 * (looseObject), so the figures the API has always answered are all still sent.
 */

const ratio = z.number().nullable();

export const CellSchema = z
  .looseObject({
    suppressed: z.boolean().describe('Fewer respondents than the minimum cell size: no figures'),
    n: z.number().int().nullable().describe('Respondents in the cell who answered'),
    p: ratio.describe('Weighted proportion (0–1)'),
    ciLow: ratio.describe('Lower bound of the 95% interval'),
    ciHigh: ratio.describe('Upper bound of the 95% interval'),
  })
  .describe('One estimate, or a suppressed cell');

const ChartSchema = z.looseObject({
  id: z.string().describe('Chart id'),
  indicator: z.string().nullable().describe('Indicator it shows'),
  dimension: z.string().nullable().optional().describe('Breakdown it shows'),
  title: z.string().describe('Title (also the accessible name)'),
  svg: z.string().describe('The chart as SVG'),
});

const IndicatorEstimateSchema = z.looseObject({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  baseLabel: z.string().describe('Base population in words'),
  comparabilityNote: z.string().nullable(),
  overall: CellSchema,
  breakdowns: z.array(
    z.looseObject({
      dimension: z.string().describe('layer, role, size_class or gender'),
      label: z.string(),
      categories: z.array(z.looseObject({ code: z.string(), label: z.string(), cell: CellSchema })),
    }),
  ),
});

export const WaveResultsSchema = z.looseObject({
  wave: z.looseObject({
    id: z.uuid(),
    year: z.number().int(),
    title: z.string(),
    populationLabel: z.string(),
    synthetic: z.boolean(),
    minCellSize: z.number().int(),
  }),
  response: z.looseObject({
    responses: z.number().int(),
    approached: z.number().int().nullable(),
    rate: ratio,
  }),
  estimates: z.looseObject({
    minCellSize: z.number().int(),
    indicators: z.array(IndicatorEstimateSchema),
  }),
  charts: z.array(ChartSchema),
});

const years = { fromYear: z.number().int(), toYear: z.number().int() };
export const TrendStepSchema = z.discriminatedUnion('status', [
  z.looseObject({
    ...years,
    status: z.literal('compared'),
    difference: z.number(),
    ciLow: z.number(),
    ciHigh: z.number(),
    pValue: z.number(),
    significant: z.boolean(),
  }),
  z.looseObject({
    ...years,
    status: z.literal('not_comparable'),
    note: z.string().nullable().describe('Why the waves cannot be compared'),
  }),
  z.looseObject({ ...years, status: z.enum(['suppressed', 'missing']) }),
]);

export const TrendsSchema = z.looseObject({
  population: z.enum(['office_holders', 'civil_servants']),
  years: z.array(z.number().int()),
  indicators: z.array(
    z.looseObject({
      key: z.string(),
      name: z.string(),
      points: z.array(
        z.looseObject({
          year: z.number().int(),
          synthetic: z.boolean(),
          cell: CellSchema.nullable(),
        }),
      ),
      steps: z.array(TrendStepSchema),
      notes: z.array(z.string()).describe('Notes on comparability, one per break'),
    }),
  ),
  charts: z.array(ChartSchema),
});

export const ReportSchema = z.object({
  publication: Publication,
  content: z
    .looseObject({
      keyFigures: z.array(z.looseObject({ key: z.string(), name: z.string(), cell: CellSchema })),
    })
    .describe('The report as data: the snapshot the HTML and PDF are rendered from'),
});
