import { progressOf } from './answers/answer-validation';
import type { Answers } from './definition/condition';
import type { QuestionnaireDefinition } from './definition/definition.schema';
import { computeVisibility, localise } from './definition/definition-model';
import { PLATFORM_OWNER_ID } from './questionnaires.constants';
import type { ResponseAccess } from './questionnaires.policy';
import type { ParticipantRole, ResponseRow, VersionRow } from './questionnaires.tables';
import type { QuestionnaireSummary } from './use-cases/list-questionnaires';

type Locale = 'nl' | 'en';
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function presentSummary(q: QuestionnaireSummary, locale: Locale) {
  return {
    id: q.id,
    key: q.key,
    owner: q.owner,
    title: localise(q.definition.title, locale),
    summary: q.definition.summary ? localise(q.definition.summary, locale) : null,
    respondent: q.definition.privacy.respondent,
    estimatedMinutes: q.definition.estimatedMinutes ?? null,
    published: q.published,
    draft: q.draft,
    versions: q.versions,
    may: q.may,
  };
}

export function presentVersion(row: VersionRow, definition: QuestionnaireDefinition) {
  return {
    id: row.id,
    questionnaireId: row.questionnaire_id,
    key: definition.key,
    version: row.version,
    status: row.status,
    owner:
      row.organisation_id === PLATFORM_OWNER_ID ? ('platform' as const) : ('organisation' as const),
    publishedAt: iso(row.published_at),
    definition,
  };
}

/** The exported file: the definition with a pointer to its JSON Schema. */
export function presentExport(definition: QuestionnaireDefinition, schemaUrl: string) {
  return { $schema: schemaUrl, ...definition };
}

export function presentResponseSummary(
  row: Pick<
    ResponseRow,
    | 'id'
    | 'version_id'
    | 'questionnaire_key'
    | 'respondent'
    | 'status'
    | 'current_section'
    | 'created_at'
    | 'updated_at'
    | 'submitted_at'
  >,
  meta: { questionnaireId: string; version: number; definition: QuestionnaireDefinition },
  myRole: ParticipantRole | null,
  access: ResponseAccess,
  locale: Locale,
) {
  return {
    id: row.id,
    questionnaireId: meta.questionnaireId,
    versionId: row.version_id,
    version: meta.version,
    key: row.questionnaire_key,
    title: localise(meta.definition.title, locale),
    respondent: row.respondent,
    status: row.status,
    myRole,
    currentSection: row.current_section,
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    submittedAt: iso(row.submitted_at),
    access,
  };
}

export function presentResponseDetail(
  loaded: {
    response: ResponseRow;
    version: VersionRow;
    definition: QuestionnaireDefinition;
    participants: { person_id: string; role: ParticipantRole }[];
    myRole: ParticipantRole | null;
    access: ResponseAccess;
  },
  answers: Answers | null,
  names: Map<string, string>,
  locale: Locale,
) {
  const visibility = computeVisibility(loaded.definition, answers ?? {});
  return {
    ...presentResponseSummary(
      loaded.response,
      {
        questionnaireId: loaded.version.questionnaire_id,
        version: loaded.version.version,
        definition: loaded.definition,
      },
      loaded.myRole,
      loaded.access,
      locale,
    ),
    answers,
    visibleSections: loaded.definition.sections
      .map((s) => s.id)
      .filter((id) => visibility.sections.has(id)),
    visibleQuestions: [...visibility.questions],
    progress: answers ? progressOf(loaded.definition, answers) : 0,
    participants: loaded.participants.map((p) => ({
      personId: p.person_id,
      displayName: names.get(p.person_id) ?? '',
      role: p.role,
    })),
  };
}
