/*
 * The questionnaire definition format, version 1. This zod schema IS the
 * format: the JSON Schema at /api/v1/questionnaires/schema.json (and in
 * docs/questionnaire.schema.json) is generated from it. Rules that a JSON
 * Schema cannot express (ids unique, conditions only on earlier questions, no
 * cycles, bands covering 0–100, privacy combinations) live in
 * definition-validation.ts and are checked at import and at publish.
 *
 * This file holds the definition itself, its sections, actions and scoring;
 * the question types (question.schema.ts), the privacy rules
 * (privacy.schema.ts) and ids and texts (text.schema.ts) have files of their
 * own and are re-exported here, so importers need only this one.
 */
import { z } from 'zod';
import {
  DEFINITION_FORMAT_VERSION,
  MAX_ACTIONS_PER_SECTION,
  MAX_BANDS,
  MAX_QUESTIONS_PER_SECTION,
  MAX_SECTION_WEIGHT,
  MAX_SECTIONS,
} from '../questionnaires.constants';
import { ConditionSchema } from './condition';
import { PrivacySchema } from './privacy.schema';
import { type FollowUpQuestionSchema, type OptionSchema, QuestionSchema } from './question.schema';
import { Id, MarkdownSchema, TextSchema } from './text.schema';

export { PrivacySchema } from './privacy.schema';
export {
  DateQuestionSchema,
  FollowUpQuestionSchema,
  LikertSchema,
  MatrixSchema,
  MultipleChoiceSchema,
  NumberSchema,
  OptionSchema,
  QuestionSchema,
  SingleChoiceSchema,
  TextQuestionSchema,
  YesNoSchema,
} from './question.schema';
export { MarkdownSchema, TextSchema } from './text.schema';

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
