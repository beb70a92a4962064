import type { UseCaseContext } from '../../../platform/use-case';
import type { QuestionnaireDefinition } from '../definition/definition.schema';
import { PLATFORM_OWNER_ID } from '../questionnaires.constants';
import {
  canAuthorQuestionnaires,
  canCommission,
  canSeeAggregates,
  canStartResponse,
} from '../questionnaires.policy';
import { listQuestionnaires } from '../questionnaires.repository';

export interface VersionSummary {
  id: string;
  version: number;
  status: 'draft' | 'published';
  publishedAt: string | null;
  createdAt: string;
}

export interface QuestionnaireSummary {
  id: string;
  key: string;
  owner: 'platform' | 'organisation';
  /** The newest published definition (a draft for authors when nothing is published yet). */
  definition: QuestionnaireDefinition;
  published: VersionSummary | null;
  draft: VersionSummary | null;
  versions: VersionSummary[];
  may: { start: boolean; commission: boolean; aggregates: boolean; author: boolean };
}

/**
 * The instruments this organisation can use: the platform's and its own.
 * Drafts are listed only for authors of the owning organisation.
 */
export async function listQuestionnairesFor(ctx: UseCaseContext): Promise<QuestionnaireSummary[]> {
  const { db, scope } = ctx;
  const rows = await listQuestionnaires(db, scope.organisationId);
  const author = canAuthorQuestionnaires(scope);
  const out = new Map<string, QuestionnaireSummary>();
  for (const row of rows) {
    const own = row.ownerId === scope.organisationId;
    if (row.status === 'draft' && !(own && author)) continue;
    const summary: VersionSummary = {
      id: row.versionId,
      version: row.version,
      status: row.status,
      publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
      createdAt: new Date(row.created_at).toISOString(),
    };
    const definition = row.definition as QuestionnaireDefinition;
    let q = out.get(row.questionnaireId);
    if (!q) {
      q = {
        id: row.questionnaireId,
        key: row.key,
        owner: row.ownerId === PLATFORM_OWNER_ID ? 'platform' : 'organisation',
        definition,
        published: null,
        draft: null,
        versions: [],
        may: { start: false, commission: false, aggregates: false, author: own && author },
      };
      out.set(row.questionnaireId, q);
    }
    q.versions.push(summary);
    if (row.status === 'draft') q.draft = summary;
    else if (!q.published) {
      q.published = summary;
      q.definition = definition;
    }
  }
  for (const q of out.values()) {
    const privacy = q.definition.privacy;
    q.may.start =
      q.published !== null &&
      canStartResponse(privacy, scope) &&
      privacy.respondent !== 'commissioned';
    q.may.commission = q.published !== null && canCommission(privacy, scope);
    q.may.aggregates = canSeeAggregates(privacy, scope);
  }
  return [...out.values()];
}
