/**
 * Limits and fixed values of the questionnaire engine. Limits keep one
 * definition or one response small enough to validate, encrypt and render
 * within a request; they are far above what a real instrument needs.
 */

/** Owner id of platform-wide definitions every organisation may use (the nil UUID, as the audit log uses it). */
export const PLATFORM_OWNER_ID = '00000000-0000-0000-0000-000000000000';

/** The definition format this engine reads; a breaking change of the format gets a new number. */
export const DEFINITION_FORMAT_VERSION = 1;

/** Public URL path of the JSON Schema of the definition format. */
export const SCHEMA_PATH = '/api/v1/questionnaires/schema.json';

export const MAX_SECTIONS = 40;
export const MAX_QUESTIONS_PER_SECTION = 60;
export const MAX_OPTIONS = 40;
export const MAX_MATRIX_ITEMS = 30;
export const MAX_BANDS = 6;
export const MAX_ACTIONS_PER_SECTION = 40;
export const MAX_CONDITION_DEPTH = 6;
export const MAX_CONDITION_BRANCHES = 20;
export const MAX_LABEL_LENGTH = 500;
/** Markdown advice per section and band. */
export const MAX_MARKDOWN_LENGTH = 8000;
/** Longest free-text answer. */
export const MAX_TEXT_ANSWER_LENGTH = 4000;
/** Points one answer may be worth (per option, per step, per range). */
export const MAX_POINTS = 1000;
/** Weight of a section in the weighted total. */
export const MAX_SECTION_WEIGHT = 100;
/** Team members besides the person who starts a team response. */
export const MAX_TEAM_MEMBERS = 25;

/**
 * A peer benchmark (anonymised averages of organisations of the same type) is
 * shown only when at least this many organisations took the same version.
 * An instrument may raise it (never lower it below MIN_BENCHMARK_ORGANISATIONS)
 * through `privacy.benchmark.minOrganisations`.
 */
export const PEER_BENCHMARK_MIN_ORGANISATIONS = 10;
/** Hard floor for the benchmark threshold an instrument may configure. */
export const MIN_BENCHMARK_ORGANISATIONS = 5;
/** Aggregates of fewer responses than this are never shown (hard floor for `privacy.aggregates.minResponses`). */
export const MIN_AGGREGATE_RESPONSES = 5;

/** How often the retention job looks for responses past their retention period. */
export const RETENTION_JOB_EVERY_MS = 6 * 60 * 60 * 1000;
export const RETENTION_QUEUE = 'questionnaires.retention';
