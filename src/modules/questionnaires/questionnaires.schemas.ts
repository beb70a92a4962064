import { z } from 'zod';
import { DefinitionSchema } from './definition/definition.schema';

/*
 * Request and response schemas of the questionnaire API. The definition format
 * itself is described by definition/definition.schema.ts and published as JSON
 * Schema at /api/v1/questionnaires/schema.json; the API accepts a definition as
 * a JSON object and reports every problem with its JSON path.
 */

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const VersionParams = OrgParams.extend({ versionId: z.uuid().describe('Version id') });
export const QuestionnaireParams = OrgParams.extend({
  questionnaireId: z.uuid().describe('Instrument id'),
});
export const ResponseParams = OrgParams.extend({ responseId: z.uuid().describe('Response id') });
export const LocaleQuery = z.object({
  lang: z
    .enum(['nl', 'en'])
    .optional()
    .describe('Language of titles, advice and the PDF (default: your own language)'),
});

export const DefinitionBody = z
  .record(z.string(), z.unknown())
  .describe('A questionnaire definition (see /api/v1/questionnaires/schema.json)');

export const Problem = z.object({
  path: z
    .string()
    .describe('JSON path of the problem, e.g. $.sections[1].questions[0].showIf.question'),
  message: z.string().describe('What is wrong, in Dutch'),
});

export const ValidationReport = z.object({
  valid: z.boolean().describe('True when the definition can be imported and published'),
  problems: z.array(Problem).describe('Every problem found, each with its JSON path'),
});

export const VersionSummary = z.object({
  id: z.uuid(),
  version: z.number().int().describe('Version number, counting up per instrument'),
  status: z.enum(['draft', 'published']).describe('draft: editable; published: immutable'),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const QuestionnaireSummary = z.object({
  id: z.uuid().describe('Instrument id'),
  key: z.string().describe('Stable key of the instrument'),
  owner: z.enum(['platform', 'organisation']).describe('Built into the platform, or your own'),
  title: z.string(),
  summary: z.string().nullable(),
  respondent: z.enum(['person', 'team', 'commissioned', 'anonymous']).describe('Who answers'),
  estimatedMinutes: z.number().nullable(),
  published: VersionSummary.nullable().describe('The version people fill in now'),
  draft: VersionSummary.nullable().describe('A draft beside it (authors only)'),
  versions: z.array(VersionSummary),
  may: z
    .object({
      start: z.boolean().describe('You may start a response yourself'),
      commission: z.boolean().describe('You may commission a response of someone else'),
      aggregates: z.boolean().describe('You may see aggregated scores'),
      author: z.boolean().describe('You may import, preview and publish versions'),
    })
    .describe('What you may do with it'),
});

export const VersionDetail = z.object({
  id: z.uuid(),
  questionnaireId: z.uuid(),
  key: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'published']),
  owner: z.enum(['platform', 'organisation']),
  publishedAt: z.string().nullable(),
  definition: DefinitionSchema,
});

/** An answer as it is stored: never null (null on a save clears it). */
export const StoredAnswerValue = z
  .union([
    z.string().max(4000),
    z.number(),
    z.boolean(),
    z.array(z.string().max(100)).max(50),
    z.record(z.string().max(100), z.string().max(100)),
  ])
  .describe(
    'single_choice/date/text: string; multiple_choice: string[]; likert/number: number; yes_no: boolean; matrix: {item: value}',
  );

export const AnswerValue = z
  .union([StoredAnswerValue, z.null()])
  .describe(
    'single_choice/date/text: string; multiple_choice: string[]; likert/number: number; yes_no: boolean; matrix: {item: value}; null clears',
  );

export const AnswersMap = z
  .record(z.string().max(100), AnswerValue)
  .refine((a) => Object.keys(a).length <= 500, 'te veel antwoorden')
  .describe('Answers by question id');

export const StartBody = z
  .object({
    versionId: z.uuid().describe('The published version to fill in'),
    members: z
      .array(z.email().max(254))
      .max(50)
      .optional()
      .describe(
        'Team instruments: e-mail addresses of colleagues in this organisation who fill in with you',
      ),
  })
  .strict();

export const SaveBody = z
  .object({
    answers: AnswersMap,
    completeSection: z
      .string()
      .max(63)
      .optional()
      .describe('Going to the next section: also check the required questions of this section'),
    currentSection: z.string().max(63).optional().describe('Section to resume at'),
  })
  .strict();

export const SubmitBody = z
  .object({
    aggregateConsent: z
      .boolean()
      .optional()
      .describe(
        'Personal instruments that ask for it: add an anonymous copy of the scores to the aggregate',
      ),
  })
  .strict();

export const TeamBody = z
  .object({ members: z.array(z.email().max(254)).max(50).describe('Colleagues by e-mail') })
  .strict();

export const PreviewBody = z.object({ answers: AnswersMap }).strict();

export const Participant = z.object({
  personId: z.uuid(),
  displayName: z.string(),
  role: z.enum(['owner', 'member', 'subject', 'commissioner', 'designated_officer']),
});

export const Access = z.object({
  readAnswers: z.boolean(),
  editAnswers: z.boolean(),
  readResult: z.boolean(),
  manageTeam: z.boolean(),
  erase: z.boolean(),
});

export const ResponseSummary = z.object({
  id: z.uuid(),
  questionnaireId: z.uuid(),
  versionId: z.uuid(),
  version: z.number().int(),
  key: z.string(),
  title: z.string(),
  respondent: z.enum(['person', 'team', 'commissioned']),
  status: z.enum(['in_progress', 'submitted']),
  myRole: z.enum(['owner', 'member', 'subject', 'commissioner', 'designated_officer']).nullable(),
  currentSection: z.string().nullable().describe('Section to resume at'),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  access: Access,
});

export const ResponseDetail = ResponseSummary.extend({
  answers: z
    .record(z.string(), StoredAnswerValue)
    .nullable()
    .describe('Answers by question id (null when you may not read them)'),
  visibleSections: z.array(z.string()).describe('Sections shown for these answers, in order'),
  visibleQuestions: z.array(z.string()).describe('Questions shown for these answers'),
  progress: z.number().min(0).max(1).describe('Share of shown questions answered'),
  participants: z.array(Participant),
});

const BandOut = z.object({ id: z.string(), label: z.string() }).nullable();
const ActionOut = z.object({
  id: z.string(),
  sectionId: z.string(),
  kind: z.enum(['next_step', 'discussion_point']),
  title: z.string(),
  description: z.string().nullable().describe('Markdown'),
  toolkit: z
    .object({
      key: z.string().describe('Slug of the toolkit item (/toolkit/<key>)'),
      url: z.string().nullable().describe('Outside source, if any'),
      title: z.string().nullable().describe('Title of the toolkit item, when it exists'),
    })
    .nullable(),
});

export const ResultBody = z.object({
  direction: z.enum(['higher_is_better', 'higher_is_more_risk']).nullable(),
  total: z
    .object({
      score: z.number().nullable().describe('0–100'),
      band: BandOut,
      advice: z.string().nullable().describe('Markdown'),
      previousScore: z.number().nullable(),
      benchmarkScore: z.number().nullable(),
    })
    .nullable(),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      score: z.number().nullable(),
      band: BandOut,
      advice: z.string().nullable().describe('Markdown advice for this section and band'),
      actions: z.array(ActionOut),
      previousScore: z.number().nullable().describe('Your previous attempt'),
      benchmarkScore: z.number().nullable().describe('Average of comparable organisations'),
    }),
  ),
  nextSteps: z.array(ActionOut),
  discussionGuide: z.array(
    z.object({ sectionId: z.string(), sectionTitle: z.string(), points: z.array(ActionOut) }),
  ),
  previous: z.object({ submittedAt: z.string(), version: z.number() }).nullable(),
  benchmark: z
    .object({ organisations: z.number().int() })
    .nullable()
    .describe('Present only when enough organisations of your type took this version'),
});

export const ResultResponse = z.object({
  responseId: z.uuid(),
  key: z.string().describe('Stable key of the instrument'),
  title: z.string(),
  version: z.number().int(),
  submittedAt: z.string().nullable(),
  result: ResultBody,
});

export const PreviewResponse = z.object({ result: ResultBody });

export const Aggregates = z.object({
  key: z.string(),
  minResponses: z.number().int().describe('Below this many responses nothing is shown'),
  suppressed: z.boolean(),
  responses: z.number().int().nullable(),
  total: z.number().nullable(),
  sections: z.array(
    z.object({ id: z.string(), title: z.string(), average: z.number().nullable() }),
  ),
});

export const ExportBody = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
});
