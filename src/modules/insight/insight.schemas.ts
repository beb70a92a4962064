import { z } from 'zod';
import { INCIDENT_KINDS } from '../incidents';

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Gebruik jaar en maand: JJJJ-MM.')
  .refine((v) => Number(v.slice(0, 4)) >= 2000 && Number(v.slice(0, 4)) <= 2100, {
    message: 'Kies een jaar tussen 2000 en 2100.',
  });

export const DashboardQuery = z
  .object({
    granularity: z
      .enum(['month', 'quarter', 'year'])
      .default('month')
      .describe('Period granularity'),
    from: month.optional().describe('First month (YYYY-MM); default: a year, 2 or 5 years back'),
    to: month.optional().describe('Last month (YYYY-MM); default: this month'),
    kind: z.enum(INCIDENT_KINDS).optional().describe('Only reports of this kind'),
  })
  .strict();
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const TABLE_IDS = [
  'over-time',
  'kind',
  'channel',
  'target',
  'location',
  'handling',
  'integrity',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export const DashboardCsvQuery = DashboardQuery.extend({
  table: z.enum(TABLE_IDS).optional().describe('Only this table; default: all tables'),
}).strict();

const TableRow = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.enum(['count', 'percent', 'hours']),
  /** One value per period, then the whole selection; null: no figure (nothing to divide by). */
  values: z.array(z.number().nullable()),
});

export const DashboardTable = z.object({
  id: z.enum(TABLE_IDS),
  title: z.string(),
  /** The column headings after the row heading: the periods, then "Totaal". */
  columns: z.array(z.string()),
  rows: z.array(TableRow),
  chart: z.object({ title: z.string(), svg: z.string() }),
});
export type DashboardTable = z.infer<typeof DashboardTable>;

export const Dashboard = z.object({
  granularity: z.enum(['month', 'quarter', 'year']),
  from: z.string().describe('First month shown (YYYY-MM)'),
  to: z.string().describe('Last month shown (YYYY-MM)'),
  kind: z.enum(INCIDENT_KINDS).nullable(),
  periods: z.array(z.string()),
  firstContactWorkingDays: z.number().int(),
  summary: z.object({
    incidents: z.number().int(),
    medianHoursToFirstContact: z.number().nullable(),
    shareFirstContactInTime: z.number().nullable().describe('0..1 of contacted reports'),
    sharePoliceReport: z.number().nullable().describe('0..1 of reports'),
    shareAftercareCompleted: z.number().nullable().describe('0..1 of reports with aftercare'),
    open: z.number().int(),
    overdue: z.number().int(),
    integrityReceived: z.number().int(),
    integrityClocksBreached: z.number().int(),
  }),
  tables: z.array(DashboardTable),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const UnderRegistrationQuery = z
  .object({
    year: z.coerce
      .number()
      .int()
      .min(2000)
      .max(2100)
      .optional()
      .describe('Year of the Monitor wave; default: the latest published'),
  })
  .strict();

export const HeadcountBody = z
  .object({
    officeHolders: z.number().int().min(0).max(100_000).describe('Political office holders'),
    employees: z.number().int().min(0).max(1_000_000).describe('Employees (civil servants)'),
  })
  .strict();

const Estimate = z.object({
  registeredPer100: z.number(),
  surveyPer100: z.number(),
  surveyPer100Low: z.number(),
  surveyPer100High: z.number(),
  unregisteredShare: z.number(),
  unregisteredLow: z.number(),
  unregisteredHigh: z.number(),
  registerExceedsSurvey: z.boolean(),
});

export const UnderRegistration = z.object({
  scope: z.enum(['organisation', 'national']),
  year: z.number().int().nullable().describe('Year compared; null without a published wave'),
  publishedYears: z.array(z.number().int()),
  headcount: HeadcountBody.nullable().describe('Organisation: as entered; national: the frames'),
  canEditHeadcount: z.boolean(),
  populations: z.array(
    z.object({
      population: z.enum(['office_holders', 'civil_servants']),
      label: z.string(),
      /** Null nationally when fewer than the minimum number of reports (not shown). */
      registered: z.number().int().nullable(),
      headcount: z.number().int().nullable(),
      survey: z
        .object({
          title: z.string(),
          year: z.number().int(),
          synthetic: z.boolean(),
          layer: z.string().nullable(),
          p: z.number(),
          ciLow: z.number(),
          ciHigh: z.number(),
          n: z.number().int(),
        })
        .nullable(),
      estimate: Estimate.nullable(),
      /** Why there is no estimate. */
      missing: z.enum(['no_wave', 'suppressed', 'no_headcount', 'too_few_reports']).nullable(),
    }),
  ),
});
export type UnderRegistration = z.infer<typeof UnderRegistration>;

export const DistrictInsightQuery = z
  .object({
    from: month.optional().describe('First month (YYYY-MM); default: a year back'),
    to: month.optional().describe('Last month (YYYY-MM); default: this month'),
  })
  .strict();
export type DistrictInsightQuery = z.infer<typeof DistrictInsightQuery>;

const DistrictInsightRow = z.object({
  code: z.string().describe('CBS wijk or buurt code'),
  name: z.string(),
  wijkCode: z.string().nullable().describe('For a buurt: the wijk it lies in'),
  incidents: z
    .number()
    .int()
    .describe('Reports in a public place in the period (a wijk counts its buurten too)'),
  inwoners: z.number().nullable().describe('Inhabitants (CBS context figure); null: not known'),
  perThousand: z
    .number()
    .nullable()
    .describe('Reports per 1,000 inhabitants; null without inhabitants'),
  figures: z.record(z.string(), z.number().nullable()).describe('Every context figure'),
  d: z.string().describe('SVG path on the organisation map'),
  c: z.array(z.number()).describe('Centre [x, y] in map units'),
});

export const DistrictInsight = z.object({
  from: z.string(),
  to: z.string(),
  loaded: z.boolean().describe('Whether the organisation loaded wijk/buurt boundaries'),
  viewBox: z.array(z.number()).describe('SVG viewBox of the map'),
  publicPlace: z.number().int().describe('Reports in a public place in the period'),
  withoutDistrict: z.number().int().describe('Of those, reports without a wijk or buurt'),
  otherDistrict: z
    .number()
    .int()
    .describe('Of those, reports with a code no longer among the loaded areas'),
  figureLabels: z
    .array(z.object({ key: z.string(), label: z.string() }))
    .describe('The context figures, in data-dictionary order'),
  wijken: z.array(DistrictInsightRow),
  buurten: z.array(DistrictInsightRow),
});
export type DistrictInsight = z.infer<typeof DistrictInsight>;
