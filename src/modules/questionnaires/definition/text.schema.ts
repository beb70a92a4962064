/** The building blocks used throughout the definition format: ids and texts in Dutch and English. */
import { z } from 'zod';
import { MAX_LABEL_LENGTH, MAX_MARKDOWN_LENGTH } from '../questionnaires.constants';
import { ID_PATTERN } from './condition';

/** An id of a question, option, section, band or action; answers and results are keyed by it. */
export const Id = z
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
