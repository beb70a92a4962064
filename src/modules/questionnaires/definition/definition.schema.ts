import { z } from 'zod';
import { ROLES } from '../../../platform/auth/roles';
import {
  DEFINITION_FORMAT_VERSION,
  MAX_ACTIONS_PER_SECTION,
  MAX_BANDS,
  MAX_LABEL_LENGTH,
  MAX_MARKDOWN_LENGTH,
  MAX_MATRIX_ITEMS,
  MAX_OPTIONS,
  MAX_POINTS,
  MAX_QUESTIONS_PER_SECTION,
  MAX_SECTION_WEIGHT,
  MAX_SECTIONS,
  MAX_TEXT_ANSWER_LENGTH,
  MIN_AGGREGATE_RESPONSES,
  MIN_BENCHMARK_ORGANISATIONS,
  PEER_BENCHMARK_MIN_ORGANISATIONS,
} from '../questionnaires.constants';
import { ConditionSchema, ID_PATTERN } from './condition';

/*
 * The questionnaire definition format, version 1. This zod schema IS the
 * format: the JSON Schema at /api/v1/questionnaires/schema.json (and in
 * docs/questionnaire.schema.json) is generated from it. Rules that a JSON
 * Schema cannot express (ids unique, conditions only on earlier questions, no
 * cycles, bands covering 0–100, privacy combinations) live in
 * definition-validation.ts and are checked at import and at publish.
 */

const Id = z
  .string()
  .regex(ID_PATTERN, 'kleine letters, cijfers en _, beginnend met een letter (max. 63 tekens)');

/** Dutch first; English optional (the Dutch text is shown when English is missing). */
export const TextSchema = z
  .object({
    nl: z.string().trim().min(1).max(MAX_LABEL_LENGTH).describe('Dutch text (required)'),
    en: z.string().trim().min(1).max(MAX_LABEL_LENGTH).optional().describe('English text'),
  })
  .strict()
  .meta({ id: 'Text', description: 'A short text in Dutch and optionally English' });

export const MarkdownSchema = z
  .object({
    nl: z.string().trim().min(1).max(MAX_MARKDOWN_LENGTH).describe('Dutch Markdown (required)'),
    en: z.string().trim().min(1).max(MAX_MARKDOWN_LENGTH).optional().describe('English Markdown'),
  })
  .strict()
  .meta({
    id: 'Markdown',
    description:
      'Markdown in Dutch and optionally English: paragraphs, "- " lists, **bold**; no HTML',
  });

const Points = z.number().min(0).max(MAX_POINTS);

export const OptionSchema = z
  .object({
    value: Id.describe('Stored value of this option; unique within the question'),
    label: TextSchema.describe('What the respondent reads'),
    description: TextSchema.optional().describe('Extra explanation under the label'),
    points: Points.optional().describe('Points when chosen (0 when absent)'),
    exclusive: z
      .boolean()
      .optional()
      .describe('Multiple choice only: cannot be combined with other options ("none of these")'),
  })
  .strict()
  .meta({ id: 'Option' });

const Options = z.array(OptionSchema).min(2).max(MAX_OPTIONS);

const base = {
  id: Id.describe('Question id; unique in the whole definition; answers are stored under it'),
  text: TextSchema.describe('The question'),
  help: MarkdownSchema.optional().describe('Explanation shown under the question'),
  required: z.boolean().default(true).describe('Must be answered when shown (default true)'),
  showIf: ConditionSchema.optional().describe(
    'Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped',
  ),
};

export const SingleChoiceSchema = z
  .object({
    ...base,
    type: z.literal('single_choice'),
    options: Options.describe('Answer options; exactly one is chosen'),
  })
  .strict()
  .meta({ id: 'SingleChoiceQuestion' });

export const MultipleChoiceSchema = z
  .object({
    ...base,
    type: z.literal('multiple_choice'),
    options: Options.describe('Answer options; points of all chosen options are added'),
    minSelected: z.number().int().min(1).max(MAX_OPTIONS).optional().describe('At least this many'),
    maxSelected: z.number().int().min(1).max(MAX_OPTIONS).optional().describe('At most this many'),
  })
  .strict()
  .meta({ id: 'MultipleChoiceQuestion' });

export const LikertSchema = z
  .object({
    ...base,
    type: z.literal('likert'),
    scale: z
      .object({
        from: z.number().int().min(0).max(1).describe('Lowest step (0 or 1)'),
        to: z.number().int().min(2).max(11).describe('Highest step'),
        fromLabel: TextSchema.describe('Meaning of the lowest step'),
        toLabel: TextSchema.describe('Meaning of the highest step'),
        labels: z
          .array(TextSchema)
          .max(12)
          .optional()
          .describe('Optional label per step, from lowest to highest'),
      })
      .strict()
      .describe('The scale; the answer is a whole number from `from` to `to`'),
    scoring: z
      .object({
        perStep: Points.describe('Points per step above the lowest'),
        reverse: z
          .boolean()
          .default(false)
          .describe('Count steps from the highest down (for negatively worded statements)'),
      })
      .strict()
      .optional()
      .describe('Points: (answer - from) x perStep, or (to - answer) x perStep when reversed'),
  })
  .strict()
  .meta({ id: 'LikertQuestion' });

export const NumberSchema = z
  .object({
    ...base,
    type: z.literal('number'),
    min: z.number().optional().describe('Lowest allowed answer'),
    max: z.number().optional().describe('Highest allowed answer'),
    integer: z.boolean().default(false).describe('Whole numbers only'),
    unit: TextSchema.optional().describe('Unit shown after the field, e.g. "fte"'),
    scoring: z
      .object({
        ranges: z
          .array(
            z
              .object({
                min: z.number().optional().describe('From this number (inclusive)'),
                max: z.number().optional().describe('Up to this number (inclusive)'),
                points: Points,
              })
              .strict(),
          )
          .min(1)
          .max(MAX_OPTIONS)
          .describe('The first range that contains the answer gives the points'),
        otherwise: Points.default(0).describe('Points when no range contains the answer'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: 'NumberQuestion' });

export const TextQuestionSchema = z
  .object({
    ...base,
    type: z.literal('text'),
    multiline: z.boolean().default(false).describe('A text area instead of one line'),
    maxLength: z
      .number()
      .int()
      .min(1)
      .max(MAX_TEXT_ANSWER_LENGTH)
      .default(MAX_TEXT_ANSWER_LENGTH)
      .describe('Longest answer in characters'),
  })
  .strict()
  .meta({ id: 'TextQuestion' });

export const DateQuestionSchema = z
  .object({
    ...base,
    type: z.literal('date'),
    notAfterToday: z.boolean().default(false).describe('Refuse dates in the future'),
    notBefore: z.iso.date().optional().describe('Earliest allowed date (YYYY-MM-DD)'),
  })
  .strict()
  .meta({ id: 'DateQuestion' });

export const MatrixSchema = z
  .object({
    ...base,
    type: z.literal('matrix'),
    items: z
      .array(
        z
          .object({
            id: Id.describe('Item id; unique within the matrix'),
            text: TextSchema,
          })
          .strict(),
      )
      .min(2)
      .max(MAX_MATRIX_ITEMS)
      .describe('Statements rated on the same scale; every item gets one answer'),
    scale: Options.describe('The shared scale; points per item are added'),
  })
  .strict()
  .meta({ id: 'MatrixQuestion' });

/** Every type a yes/no follow-up may have (a follow-up has no follow-up of its own). */
export const FollowUpQuestionSchema = z
  .discriminatedUnion('type', [
    SingleChoiceSchema,
    MultipleChoiceSchema,
    LikertSchema,
    NumberSchema,
    TextQuestionSchema,
    DateQuestionSchema,
    MatrixSchema,
  ])
  .meta({ id: 'FollowUpQuestion' });

export const YesNoSchema = z
  .object({
    ...base,
    type: z.literal('yes_no'),
    points: z
      .object({ yes: Points, no: Points })
      .strict()
      .optional()
      .describe('Points for yes and for no'),
    followUp: z
      .object({
        when: z.boolean().describe('Ask the follow-up after yes (true) or after no (false)'),
        question: FollowUpQuestionSchema.describe('The follow-up question'),
      })
      .strict()
      .optional()
      .describe('A question asked right after this one, depending on the answer'),
  })
  .strict()
  .meta({ id: 'YesNoQuestion' });

export const QuestionSchema = z
  .discriminatedUnion('type', [
    SingleChoiceSchema,
    MultipleChoiceSchema,
    LikertSchema,
    NumberSchema,
    TextQuestionSchema,
    DateQuestionSchema,
    MatrixSchema,
    YesNoSchema,
  ])
  .meta({ id: 'Question' });

export const ActionSchema = z
  .object({
    id: Id.describe('Action id; unique in the definition'),
    kind: z
      .enum(['next_step', 'discussion_point'])
      .default('next_step')
      .describe('A recommended next step, or a point for a discussion guide'),
    title: TextSchema.describe('Short, concrete instruction'),
    description: MarkdownSchema.optional(),
    bands: z
      .array(Id)
      .max(MAX_BANDS)
      .optional()
      .describe("Recommend only when the section's score falls in one of these bands"),
    when: ConditionSchema.optional().describe('Recommend only when this holds for the answers'),
    toolkit: z
      .object({
        key: z
          .string()
          .regex(/^[a-z][a-z0-9-]{1,62}$/, 'kleine letters, cijfers en -')
          .describe('Key of a toolkit item (guide, code of conduct, training)'),
        url: z.url().max(500).optional().describe('Where the toolkit item can be read'),
      })
      .strict()
      .optional()
      .describe('Link to a toolkit item'),
  })
  .strict()
  .meta({ id: 'Action' });

export const SectionSchema = z
  .object({
    id: Id.describe('Section id; unique in the definition'),
    title: TextSchema,
    intro: MarkdownSchema.optional().describe('Shown above the questions'),
    showIf: ConditionSchema.optional().describe(
      'Show the whole section only when this holds for answers in EARLIER sections',
    ),
    weight: z
      .number()
      .min(0)
      .max(MAX_SECTION_WEIGHT)
      .default(1)
      .describe('Weight in the weighted total (0: not counted)'),
    questions: z.array(QuestionSchema).min(1).max(MAX_QUESTIONS_PER_SECTION),
    advice: z
      .record(Id, MarkdownSchema)
      .optional()
      .describe('Tailored advice per band id, shown with this section’s result'),
    actions: z.array(ActionSchema).max(MAX_ACTIONS_PER_SECTION).optional(),
  })
  .strict()
  .meta({ id: 'Section' });

export const BandSchema = z
  .object({
    id: Id,
    label: TextSchema.describe('e.g. "Veel aandacht nodig"'),
    from: z.number().min(0).max(100).describe('Lowest score of the band (inclusive)'),
    to: z
      .number()
      .min(0)
      .max(100)
      .describe('Upper bound (exclusive, except 100 for the last band)'),
  })
  .strict()
  .meta({ id: 'Band' });

export const ScoringSchema = z
  .object({
    direction: z
      .enum(['higher_is_better', 'higher_is_more_risk'])
      .describe(
        'How to read a score: maturity (higher is better) or risk (higher needs attention)',
      ),
    bands: z
      .array(BandSchema)
      .min(1)
      .max(MAX_BANDS)
      .describe('Bands over 0–100, ordered, without gaps or overlap'),
    totalAdvice: z
      .record(Id, MarkdownSchema)
      .optional()
      .describe('Advice per band id for the weighted total'),
    showTotal: z.boolean().default(true).describe('Show the weighted total besides the sections'),
  })
  .strict()
  .meta({
    id: 'Scoring',
    description:
      'A section score is its points scaled to 0–100 between the lowest and highest possible points of the answered questions; the total is the weighted mean of section scores',
  });

const RoleList = z.array(z.enum(ROLES)).max(ROLES.length);

export const PrivacySchema = z
  .object({
    respondent: z
      .enum(['person', 'team', 'commissioned', 'anonymous'])
      .describe(
        'person: one person, private; team: shared by a team of one organisation; commissioned: a commissioner asks a named person (the subject) to answer; anonymous: no identity stored (surveys)',
      ),
    answersVisibleToRoles: RoleList.default([]).describe(
      'Roles that may read individual team responses besides the team (must be empty for person and commissioned)',
    ),
    commissionerRoles: RoleList.default([]).describe(
      'commissioned only: roles that may commission a response',
    ),
    aggregates: z
      .object({
        visibleToRoles: RoleList.describe('Roles that see aggregated scores of the organisation'),
        consent: z
          .enum(['none', 'opt_in', 'implied'])
          .describe(
            'none: no aggregates; opt_in: only respondents who agree add an anonymous copy of their scores; implied: every submitted response counts',
          ),
        minResponses: z
          .number()
          .int()
          .min(MIN_AGGREGATE_RESPONSES)
          .max(1000)
          .default(MIN_AGGREGATE_RESPONSES)
          .describe('Aggregates of fewer responses are not shown'),
      })
      .strict(),
    exportResponses: z
      .enum(['none', 'scores', 'answers'])
      .describe('What a response-level export may contain'),
    retention: z
      .object({
        submittedDays: z
          .number()
          .int()
          .min(1)
          .max(3650)
          .describe('Submitted responses are erased this many days after submission'),
        unfinishedDays: z
          .number()
          .int()
          .min(1)
          .max(3650)
          .describe('Unfinished responses are erased this many days after the last change'),
      })
      .strict(),
    encryption: z
      .enum(['data', 'integrity'])
      .default('data')
      .describe(
        'Which organisation key encrypts the answers (integrity: the separate integrity key)',
      ),
    benchmark: z
      .object({
        enabled: z.boolean().describe('Show a peer benchmark of organisations of the same type'),
        minOrganisations: z
          .number()
          .int()
          .min(MIN_BENCHMARK_ORGANISATIONS)
          .max(10_000)
          .default(PEER_BENCHMARK_MIN_ORGANISATIONS)
          .describe('Shown only when at least this many organisations took the same version'),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'Privacy', description: 'Who sees individual answers and aggregates; retention' });

export const DefinitionSchema = z
  .object({
    $schema: z.string().max(500).optional().describe('URL of this JSON Schema (ignored)'),
    formatVersion: z
      .literal(DEFINITION_FORMAT_VERSION)
      .describe('Version of the definition format (this schema): 1'),
    key: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,62}$/, 'kleine letters, cijfers en -')
      .describe('Stable key of the instrument; every version of it has the same key'),
    title: TextSchema,
    summary: TextSchema.optional().describe('One sentence: what it is for'),
    intro: MarkdownSchema.optional().describe('Shown before the first section'),
    estimatedMinutes: z.number().int().min(1).max(240).optional(),
    changeNote: TextSchema.optional().describe('What changed compared with the previous version'),
    privacy: PrivacySchema,
    sections: z.array(SectionSchema).min(1).max(MAX_SECTIONS),
    scoring: ScoringSchema.optional().describe('Absent: the questionnaire is not scored (surveys)'),
  })
  .strict()
  .meta({
    id: 'QuestionnaireDefinition',
    title: 'Weerbaar questionnaire definition',
    description:
      'A versioned questionnaire: sections, questions, conditional logic, scoring, advice and privacy rules',
  });

export type QuestionnaireDefinition = z.output<typeof DefinitionSchema>;
export type DefinitionInput = z.input<typeof DefinitionSchema>;
export type Section = z.output<typeof SectionSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type FollowUpQuestion = z.output<typeof FollowUpQuestionSchema>;
export type QuestionOption = z.output<typeof OptionSchema>;
export type Action = z.output<typeof ActionSchema>;
export type Band = z.output<typeof BandSchema>;
export type Privacy = z.output<typeof PrivacySchema>;
export type LocalText = z.output<typeof TextSchema>;

/** The JSON Schema of the definition format (draft 2020-12), as served and committed. */
export function definitionJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DefinitionSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
}
