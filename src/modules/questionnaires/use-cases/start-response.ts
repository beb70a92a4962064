import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/auth/actor';
import type { Role } from '../../../platform/auth/roles';
import { AppError, type FieldError, invalidField } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { MAX_TEAM_MEMBERS } from '../questionnaires.constants';
import { canCommission, canStartResponse } from '../questionnaires.policy';
import { findVersion } from '../questionnaires.repository';
import type { ParticipantRole } from '../questionnaires.tables';
import { findMemberByEmail, insertParticipants, insertResponse } from '../responses.repository';
import { daysFrom, definitionOf, loadResponse, participantNames } from './context';

/** A person of this organisation named by e-mail, optionally required to hold one of `roles`. */
export async function resolveMember(
  db: Db,
  organisationId: string,
  email: string,
  field: string,
  roles: readonly Role[] = [],
): Promise<{ personId: string; displayName: string } | FieldError> {
  const rows = await findMemberByEmail(db, organisationId, email);
  if (rows.length === 0) return { field, message: 'Deze persoon is geen lid van uw organisatie.' };
  if (roles.length > 0 && !rows.some((r) => roles.includes(r.role as Role))) {
    return { field, message: 'Deze persoon heeft niet de rol die hiervoor nodig is.' };
  }
  return { personId: rows[0]!.id, displayName: rows[0]!.display_name };
}

export interface StartInput {
  versionId: string;
  /** Team instruments: colleagues who fill in together (by e-mail). */
  memberEmails?: string[];
  /** Commissioned instruments: the person who answers, and optionally a designated officer. */
  subjectPersonId?: string;
  designatedPersonId?: string;
}

/**
 * Create a response inside the caller's transaction (the scans module adds
 * its tracking row in the same one). The version must be published; who may
 * start it follows the instrument's privacy rules.
 */
export async function createResponse(trx: Db, scope: Scope, input: StartInput, origin: string) {
  if (scope.actorType !== 'person') {
    throw new AppError('forbidden', 'Alleen een ingelogde persoon kan een vragenlijst invullen.');
  }
  const version = await findVersion(trx, scope.organisationId, input.versionId);
  if (version?.status !== 'published') {
    throw invalidField(
      'body.versionId',
      'Deze vragenlijst bestaat niet of is nog niet gepubliceerd.',
    );
  }
  const definition = definitionOf(version);
  const privacy = definition.privacy;
  if (privacy.respondent === 'anonymous') {
    throw invalidField(
      'body.versionId',
      'Deze vragenlijst wordt alleen anoniem via een uitnodiging ingevuld.',
    );
  }
  const commissioned = privacy.respondent === 'commissioned';
  if (commissioned ? !canCommission(privacy, scope) : !canStartResponse(privacy, scope)) {
    throw new AppError('forbidden', 'U kunt deze vragenlijst niet starten.');
  }
  const participants: { personId: string; role: ParticipantRole }[] = [];
  if (commissioned) {
    if (!input.subjectPersonId)
      throw invalidField('body.subject', 'Noem wie de vragenlijst invult.');
    if (input.subjectPersonId === scope.actorId)
      throw invalidField('body.subject', 'U kunt geen analyse van uzelf laten uitvoeren.');
    participants.push({ personId: scope.actorId, role: 'commissioner' });
    participants.push({ personId: input.subjectPersonId, role: 'subject' });
    if (input.designatedPersonId && input.designatedPersonId !== scope.actorId) {
      if (input.designatedPersonId === input.subjectPersonId)
        throw invalidField(
          'body.designatedOfficer',
          'De kandidaat kan niet zelf de aangewezen functionaris zijn.',
        );
      participants.push({ personId: input.designatedPersonId, role: 'designated_officer' });
    }
  } else {
    participants.push({ personId: scope.actorId, role: 'owner' });
    const emails = input.memberEmails ?? [];
    if (emails.length > 0 && privacy.respondent !== 'team') {
      throw invalidField(
        'body.members',
        'Deze vragenlijst is persoonlijk en kan niet met anderen worden gedeeld.',
      );
    }
    participants.push(
      ...(await resolveTeam(trx, scope, emails)).map((personId) => ({
        personId,
        role: 'member' as const,
      })),
    );
  }
  const response = await insertResponse(trx, {
    organisationId: scope.organisationId,
    versionOwnerId: version.organisation_id,
    versionId: version.id,
    questionnaireKey: definition.key,
    respondent: privacy.respondent as 'person' | 'team' | 'commissioned',
    eraseAfter: daysFrom(new Date(), privacy.retention.unfinishedDays),
  });
  await insertParticipants(trx, scope.organisationId, response.id, participants);
  await audit(trx, { scope, origin }, 'questionnaire_response.start', {
    type: 'questionnaire_response',
    id: response.id,
  });
  return response;
}

/** Team members by e-mail: members of this organisation, not the actor, at most MAX_TEAM_MEMBERS. */
export async function resolveTeam(trx: Db, scope: Scope, emails: string[]): Promise<string[]> {
  if (emails.length > MAX_TEAM_MEMBERS) {
    throw invalidField(
      'body.members',
      `Een team heeft hoogstens ${MAX_TEAM_MEMBERS} leden naast uzelf.`,
    );
  }
  const errors: FieldError[] = [];
  const ids = new Set<string>();
  for (const [i, email] of emails.entries()) {
    const found = await resolveMember(trx, scope.organisationId, email, `body.members.${i}`);
    if ('field' in found) errors.push(found);
    else if (found.personId !== scope.actorId) ids.add(found.personId);
  }
  if (errors.length > 0) {
    throw new AppError('validation_failed', 'Niet iedereen in het team kon worden gevonden.', {
      fields: errors,
    });
  }
  return [...ids];
}

/** Start a personal or team response in its own transaction; returns it ready to present. */
export async function startResponse(ctx: UseCaseContext, input: StartInput) {
  const { db, scope, origin } = ctx;
  return db.transaction().execute(async (trx) => {
    const created = await createResponse(trx, scope, input, origin);
    const loaded = await loadResponse(trx, scope, created.id);
    const names = await participantNames(trx, loaded);
    return { ...loaded, answers: {}, names };
  });
}
