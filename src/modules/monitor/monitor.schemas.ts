import { z } from 'zod';
import { ConditionSchema as QuestionCondition } from '../questionnaires';
import { ConditionSchema } from './indicators/indicator-condition';
import { MIN_CELL_SIZE } from './monitor.constants';
import { LAYERS, POPULATIONS, STRATUM_ROLES } from './monitor.vocabulary';

const Day = z.iso.date();

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const WaveParams = OrgParams.extend({ waveId: z.uuid().describe('Wave id') });
export const ImportParams = OrgParams.extend({ importId: z.uuid().describe('Import id') });
export const ReportParams = OrgParams.extend({ reportId: z.uuid().describe('Publication id') });
export const IndicatorParams = WaveParams.extend({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,62}$/)
    .describe('Indicator key, e.g. agressie'),
});
export const TokenParams = z.object({
  token: z.string().max(200).describe('Single-use survey token from the invitation'),
});

export const PopulationSchema = z
  .enum(POPULATIONS)
  .describe('office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)');
export const StatusSchema = z
  .enum(['draft', 'fielding', 'closed', 'published'])
  .describe('Wave status');

export const CreateWaveBody = z
  .object({
    year: z.number().int().min(1990).max(2100).describe('Year of the wave, e.g. 2026'),
    population: PopulationSchema,
    title: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Title; default "Monitor Integriteit en Veiligheid <year>"'),
    questionnaireKey: z
      .string()
      .max(40)
      .optional()
      .describe(
        'Questionnaire version (miv-v1 = 2016 wording, miv-v2 = from 2018); default the current one',
      ),
    fieldStart: Day.describe('First day of fieldwork'),
    fieldEnd: Day.describe('Last day of fieldwork'),
    minCellSize: z
      .number()
      .int()
      .min(1)
      .max(10000)
      .optional()
      .describe(`Cells with fewer respondents are suppressed (default ${MIN_CELL_SIZE})`),
  })
  .strict();

export const EditWaveBody = z
  .object({
    title: z.string().trim().min(1).max(200).optional().describe('Title'),
    fieldStart: Day.optional().describe('First day of fieldwork'),
    fieldEnd: Day.optional().describe('Last day of fieldwork'),
    minCellSize: z
      .number()
      .int()
      .min(1)
      .max(10000)
      .optional()
      .describe('Suppression threshold for this wave'),
  })
  .strict();

export const StatusBody = z
  .object({
    status: z
      .enum(['fielding', 'closed'])
      .describe('fielding: start fieldwork and send invitations; closed: end it'),
  })
  .strict();

export const Wave = z.object({
  id: z.uuid().describe('Wave id'),
  year: z.number().int().describe('Year'),
  population: PopulationSchema,
  populationLabel: z.string().describe('Population in Dutch'),
  title: z.string().describe('Title'),
  questionnaireKey: z.string().describe('Questionnaire version'),
  fieldStart: z.string().describe('First day of fieldwork (YYYY-MM-DD)'),
  fieldEnd: z.string().describe('Last day of fieldwork (YYYY-MM-DD)'),
  status: StatusSchema,
  statusLabel: z.string().describe('Status in Dutch'),
  synthetic: z.boolean().describe('Demo data made by the generator: always shown as "synthetisch"'),
  minCellSize: z.number().int().describe('Suppression threshold'),
  nextStatuses: z.array(StatusSchema).describe('Statuses the wave can move to'),
});

export const WaveDetail = Wave.extend({
  counts: z
    .object({
      strata: z.number().int().describe('Strata in the frame'),
      invited: z.number().int().describe('Invitations'),
      answered: z.number().int().describe('Invitations used'),
      pending: z.number().int().describe('Answers waiting for their batch'),
      responses: z.number().int().describe('Stored responses'),
    })
    .nullable()
    .describe('Counts for researchers; null for analysts'),
  publicationId: z.uuid().nullable().describe('The published report, if any'),
});

export const Stratum = z.object({
  code: z.string().describe('Stratum code used in invitee lists and microdata'),
  layer: z.enum(LAYERS).describe('Government layer'),
  role: z.enum(STRATUM_ROLES).describe('Role'),
  sizeClass: z.string().describe('Size class ("alle" when the layer has none)'),
  populationCount: z.number().int().describe('People in the population'),
  sampleSize: z.number().int().nullable().describe('People approached outside Weerbaar, if known'),
});

export const ResponseRates = z.object({
  strata: z.array(
    z.object({
      code: z.string().describe('Stratum code'),
      layer: z.enum(LAYERS).describe('Government layer'),
      layerLabel: z.string().describe('Government layer in Dutch'),
      role: z.enum(STRATUM_ROLES).describe('Role'),
      roleLabel: z.string().describe('Role in Dutch'),
      sizeClass: z.string().describe('Size class'),
      population: z.number().int().describe('People in the population'),
      invited: z.number().int().describe('Invitations'),
      answered: z.number().int().describe('Invitations used'),
      rate: z.number().nullable().describe('answered / invited'),
      storedResponses: z.number().int().describe('Responses stored (batches and imports)'),
      sampleSize: z
        .number()
        .int()
        .nullable()
        .describe('People approached outside Weerbaar (imported waves), if known'),
    }),
  ),
  invited: z.number().int().describe('All invitations'),
  answered: z.number().int().describe('All invitations used'),
  rate: z.number().nullable().describe('Overall response rate'),
  waitingInBatch: z.number().int().describe('Answers waiting for their batch'),
});

const Issue = z.object({
  line: z.number().int().nullable().describe('Line (CSV) or case (.sav), 1-based'),
  column: z.string().nullable().describe('Column or variable'),
  message: z.string().describe('What is wrong and what to fix (Dutch)'),
});

export const ImportStatus = z.object({
  id: z.uuid().describe('Import id'),
  waveId: z.uuid().describe('Wave'),
  format: z.enum(['csv', 'sav']).describe('Detected file format'),
  status: z.enum(['queued', 'running', 'done', 'failed']).describe('Where the import is'),
  phase: z.string().describe('queued, validating, saving, done or failed'),
  processedRows: z.number().int().describe('Rows checked so far'),
  totalRows: z.number().int().nullable().describe('Rows in the file'),
  percent: z.number().describe('Progress 0-100'),
  importedRows: z.number().int().describe('Responses stored (only when done)'),
  issues: z.array(Issue).describe('Problems that made the import fail; nothing was stored'),
  moreIssues: z.number().int().describe('Problems beyond those listed'),
  notes: z.array(z.string()).describe('How the file was read (delimiter, BOM, mapping)'),
  createdAt: z.string().describe('When the import was started'),
});

export const IndicatorBody = z
  .object({
    name: z.string().trim().min(1).max(200).describe('Name as published'),
    description: z.string().max(2000).default('').describe('What the indicator measures'),
    condition: ConditionSchema.describe(
      'When a respondent counts (e.g. {"question":"agressie_ervaren","equals":"ja"})',
    ),
    baseCondition: ConditionSchema.nullable()
      .default(null)
      .describe('Who is in the base (denominator); null = every respondent'),
    baseLabel: z.string().trim().min(1).max(200).describe('The base population in words'),
    comparabilityKey: z
      .string()
      .trim()
      .min(1)
      .max(80)
      .describe('Equal keys in two waves mean the figures can be compared'),
    comparabilityNote: z
      .string()
      .max(2000)
      .nullable()
      .default(null)
      .describe('Why the indicator is not comparable with earlier waves'),
    sortOrder: z
      .number()
      .int()
      .min(0)
      .max(10000)
      .default(100)
      .describe('Order in results and report'),
  })
  .strict();

export const Indicator = z.object({
  key: z.string().describe('Indicator key'),
  name: z.string().describe('Name'),
  description: z.string().describe('Description'),
  questions: z.array(z.string()).describe('Questions the definition reads'),
  condition: z.unknown().describe('When a respondent counts'),
  baseCondition: z.unknown().nullable().describe('Who is in the base'),
  baseLabel: z.string().describe('Base population in words'),
  comparabilityKey: z.string().describe('Comparability key'),
  comparabilityNote: z.string().nullable().describe('Comparability note'),
  sortOrder: z.number().int().describe('Order'),
});

export const TrendsQuery = z.object({ population: PopulationSchema }).strict();

export const Publication = z.object({
  id: z.uuid().describe('Publication id'),
  waveId: z.uuid().describe('Wave'),
  title: z.string().describe('Title'),
  year: z.number().int().describe('Year of the wave'),
  population: PopulationSchema,
  synthetic: z.boolean().describe('Made from synthetic demo data'),
  publishedAt: z.string().describe('When it was published'),
});

const BothLanguages = z.object({ nl: z.string(), en: z.string() });

const SurveyQuestionView = z.object({
  id: z.string().describe('Question id: the key of its answer'),
  type: z.enum(['single_choice', 'text']),
  text: BothLanguages,
  options: z.array(z.object({ value: z.string(), label: BothLanguages })).optional(),
  required: z.boolean(),
  showIf: QuestionCondition.optional().describe('Shown only when this holds for earlier answers'),
});

const SurveyQuestionnaireView = z.object({
  key: z.string().describe('Key of the questionnaire'),
  title: BothLanguages,
  intro: BothLanguages,
  questions: z.array(SurveyQuestionView),
});

export const SurveyView = z.object({
  title: z.string().describe('Wave title'),
  year: z.number().int().describe('Year'),
  synthetic: z.boolean().describe('Demo wave'),
  fieldEnd: z.string().describe('Last day to answer'),
  questionnaire: SurveyQuestionnaireView.describe(
    'Questions with options and conditions (Dutch and English)',
  ),
});

export const SurveyBody = z
  .object({
    answers: z
      .record(z.string().max(64), z.union([z.string().max(4000), z.null()]))
      .refine((a) => Object.keys(a).length <= 100, 'te veel antwoorden')
      .describe('{ questionId: answer }; free text is stored encrypted'),
  })
  .strict();
