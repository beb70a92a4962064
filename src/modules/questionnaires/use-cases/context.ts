import { createHash } from 'node:crypto';
import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/auth/actor';
import type { KeyRing } from '../../../platform/crypto/keyring';
import { AppError, notFound } from '../../../platform/errors/app-error';
import { amsterdamDate, daysAfter } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import type { Answers } from '../definition/condition';
import type { QuestionnaireDefinition } from '../definition/definition.schema';
import { type ResponseAccess, responseAccess } from '../questionnaires.policy';
import { findVersionByOwner } from '../questionnaires.repository';
import type { ParticipantRole, ResponseRow, VersionRow } from '../questionnaires.tables';
import { findResponse, listParticipants, personNames } from '../responses.repository';

/** Shared helpers of the use cases: loading with access checks, audit, crypto, dates. */

/** Today as YYYY-MM-DD in Amsterdam, for date answers and day-precision timestamps. */
export const today = (now = new Date()) => amsterdamDate(now);

export const daysFrom = daysAfter;

/** sha256 of the stored definition, to recognise an unchanged re-import. */
export const contentHash = (definition: unknown) =>
  createHash('sha256').update(JSON.stringify(definition)).digest('hex');

const parsed = new Map<string, QuestionnaireDefinition>();

/**
 * The definition of a version row. Rows hold the validated, defaults-applied
 * output of the schema, so no re-parse is needed; published versions never
 * change, so they are cached by id.
 */
export function definitionOf(row: Pick<VersionRow, 'id' | 'status' | 'definition'>) {
  if (row.status !== 'published') return row.definition as QuestionnaireDefinition;
  let d = parsed.get(row.id);
  if (!d) {
    d = row.definition as QuestionnaireDefinition;
    parsed.set(row.id, d);
  }
  return d;
}

export interface LoadedResponse {
  response: ResponseRow;
  version: VersionRow;
  definition: QuestionnaireDefinition;
  participants: { person_id: string; role: ParticipantRole }[];
  myRole: ParticipantRole | null;
  access: ResponseAccess;
}

/**
 * A response with everything needed to act on it, or 404 when the actor has
 * no access at all (so a personal scan's existence is not even confirmed).
 */
export async function loadResponse(
  db: Db,
  scope: Scope,
  responseId: string,
  options: { lock?: boolean } = {},
): Promise<LoadedResponse> {
  const response = await findResponse(db, scope.organisationId, responseId, options.lock);
  if (!response) throw notFound('Deze vragenlijst');
  const version = await findVersionByOwner(db, response.version_owner_id, response.version_id);
  if (!version) throw notFound('Deze vragenlijst');
  const definition = definitionOf(version);
  const participants = (await listParticipants(db, scope.organisationId, responseId)) as {
    person_id: string;
    role: ParticipantRole;
  }[];
  const myRole =
    scope.actorType === 'person'
      ? (participants.find((p) => p.person_id === scope.actorId)?.role ?? null)
      : null;
  const access = responseAccess(definition.privacy, myRole, scope.roles, response.status);
  if (!access.readAnswers && !access.readResult && !access.editAnswers) {
    throw notFound('Deze vragenlijst');
  }
  return { response, version, definition, participants, myRole, access };
}

/** Display names of a loaded response's participants. */
export function participantNames(db: Db, loaded: Pick<LoadedResponse, 'participants'>) {
  return personNames(
    db,
    loaded.participants.map((p) => p.person_id),
  );
}

/** 409 when a finished response is changed; 403 for readers who may not edit. */
export function assertEditable(loaded: LoadedResponse): void {
  if (loaded.response.status === 'submitted') {
    throw new AppError(
      'conflict',
      'Deze vragenlijst is al ingeleverd. Een ingeleverde vragenlijst kan niet meer worden gewijzigd of opnieuw ingeleverd.',
      { extra: { reason: 'already_submitted' } },
    );
  }
  if (!loaded.access.editAnswers) {
    throw new AppError('forbidden', 'U kunt deze vragenlijst inzien, maar niet invullen.');
  }
}

export async function decryptAnswers(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  envelope: string | null,
): Promise<Answers> {
  if (!envelope) return {};
  return JSON.parse(await keyring.decryptText(db, organisationId, envelope)) as Answers;
}

export async function encryptJson(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  value: unknown,
  purpose: 'data' | 'integrity',
): Promise<string> {
  return keyring.encryptText(db, organisationId, JSON.stringify(value), purpose);
}

/**
 * Change an editable response in one transaction: load and lock it, decrypt its answers,
 * let `change` validate and store, then audit `action` and add the participants' names.
 */
export async function changeEditableResponse<T extends object>(
  ctx: UseCaseContext,
  responseId: string,
  action: string,
  change: (trx: Db, loaded: LoadedResponse, stored: Answers) => Promise<T>,
) {
  const { db, keyring, scope } = ctx;
  return db.transaction().execute(async (trx) => {
    const loaded = await loadResponse(trx, scope, responseId, { lock: true });
    assertEditable(loaded);
    const stored = await decryptAnswers(
      trx,
      keyring,
      scope.organisationId,
      loaded.response.answers_enc,
    );
    const changed = await change(trx, loaded, stored);
    await audit(trx, ctx, action, { type: 'questionnaire_response', id: responseId });
    const names = await participantNames(trx, loaded);
    return { ...loaded, ...changed, names };
  });
}
