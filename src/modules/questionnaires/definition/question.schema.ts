/**
 * The question types of the definition format, each with its own scoring:
 * choice questions score by option, likert by step, number by range, yes/no by
 * answer; text and date questions are not scored.
 */
import { z } from 'zod';
import {
  MAX_MATRIX_ITEMS,
  MAX_OPTIONS,
  MAX_POINTS,
  MAX_TEXT_ANSWER_LENGTH,
} from '../questionnaires.constants';
import { ConditionSchema } from './condition';
import { Id, MarkdownSchema, TextSchema } from './text.schema';

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

/** Every question type but yes/no: a follow-up has no follow-up of its own. */
const FOLLOW_UP_TYPES = [
  SingleChoiceSchema,
  MultipleChoiceSchema,
  LikertSchema,
  NumberSchema,
  TextQuestionSchema,
  DateQuestionSchema,
  MatrixSchema,
] as const;

/** Every type a yes/no follow-up may have (a follow-up has no follow-up of its own). */
export const FollowUpQuestionSchema = z
  .discriminatedUnion('type', [...FOLLOW_UP_TYPES])
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
  .discriminatedUnion('type', [...FOLLOW_UP_TYPES, YesNoSchema])
  .meta({ id: 'Question' });
