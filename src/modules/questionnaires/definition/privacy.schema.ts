/** The privacy rules of a questionnaire: who sees answers and aggregates, retention, encryption. */
import { z } from 'zod';
import { ROLES } from '../../../platform/auth/roles';
import {
  MIN_AGGREGATE_RESPONSES,
  MIN_BENCHMARK_ORGANISATIONS,
  PEER_BENCHMARK_MIN_ORGANISATIONS,
} from '../questionnaires.constants';

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
