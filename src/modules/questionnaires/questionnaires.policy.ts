import { hasAnyRole, type Scope } from '../../platform/auth/actor';
import type { Role } from '../../platform/auth/roles';
import type { Privacy } from './definition/definition.schema';
import type { ParticipantRole, ResponseStatus } from './questionnaires.tables';

/*
 * Who may do what. Route policies are coarse (who may call a route at all);
 * access to one response is decided by responseAccess() from the instrument's
 * privacy rules and the person's part in that response — never by a role
 * alone, so an organisation administrator has no way into a personal scan.
 */

/** Every member may see the instruments and fill them in. */
export const canUseQuestionnaires = (_scope: Scope): boolean => true;

/** Authors import, validate, preview and publish definitions: administrators and researchers (the Monitor). */
export const canAuthorQuestionnaires = (scope: Scope): boolean =>
  hasAnyRole(scope, 'org_admin', 'researcher');

export interface ResponseAccess {
  readAnswers: boolean;
  editAnswers: boolean;
  readResult: boolean;
  manageTeam: boolean;
  erase: boolean;
}

const NONE: ResponseAccess = {
  readAnswers: false,
  editAnswers: false,
  readResult: false,
  manageTeam: false,
  erase: false,
};

/**
 * What a person may do with one response.
 * - person: only the owner, for everything; nobody else at all.
 * - team: owner and members read and edit; the owner manages the team and may
 *   erase; roles listed in privacy.answersVisibleToRoles may read.
 * - commissioned: the subject (candidate) fills in and reads; the commissioner
 *   and the designated officer read; the commissioner may erase.
 * Editing stops once the response is submitted.
 */
export function responseAccess(
  privacy: Privacy,
  participant: ParticipantRole | null,
  roles: ReadonlySet<Role>,
  status: ResponseStatus,
): ResponseAccess {
  const open = status === 'in_progress';
  switch (privacy.respondent) {
    case 'person':
      return participant === 'owner'
        ? { readAnswers: true, editAnswers: open, readResult: true, manageTeam: false, erase: true }
        : NONE;
    case 'team': {
      if (participant === 'owner' || participant === 'member') {
        const owner = participant === 'owner';
        return {
          readAnswers: true,
          editAnswers: open,
          readResult: true,
          manageTeam: owner && open,
          erase: owner,
        };
      }
      const reader = privacy.answersVisibleToRoles.some((r) => roles.has(r));
      return reader ? { ...NONE, readAnswers: true, readResult: true } : NONE;
    }
    case 'commissioned':
      if (participant === 'subject')
        return { ...NONE, readAnswers: true, editAnswers: open, readResult: true };
      if (participant === 'commissioner')
        return { ...NONE, readAnswers: true, readResult: true, erase: true };
      if (participant === 'designated_officer')
        return { ...NONE, readAnswers: true, readResult: true };
      return NONE;
    case 'anonymous':
      return NONE;
  }
}

/** Who may start a response of this instrument himself (commissioned ones are commissioned). */
export function canStartResponse(privacy: Privacy, scope: Pick<Scope, 'roles'>): boolean {
  if (privacy.respondent === 'commissioned') return canCommission(privacy, scope);
  return privacy.respondent === 'person' || privacy.respondent === 'team';
}

/** Who may commission an analysis of someone else. */
export function canCommission(privacy: Privacy, scope: Pick<Scope, 'roles'>): boolean {
  return (
    privacy.respondent === 'commissioned' &&
    privacy.commissionerRoles.some((r) => scope.roles.has(r))
  );
}

/** Who sees the organisation's aggregated scores of an instrument. */
export function canSeeAggregates(privacy: Privacy, scope: Pick<Scope, 'roles'>): boolean {
  return (
    privacy.aggregates.consent !== 'none' &&
    privacy.aggregates.visibleToRoles.some((r) => scope.roles.has(r))
  );
}

/** Response-level exports: authors only, and only where the instrument allows them. */
export function canExportResponses(privacy: Privacy, scope: Scope): boolean {
  return privacy.exportResponses !== 'none' && canAuthorQuestionnaires(scope);
}

/** A draft is seen only by authors of the organisation that owns it (preview). */
export function canSeeVersion(
  status: 'draft' | 'published',
  ownerId: string,
  scope: Scope,
): boolean {
  return (
    status === 'published' || (ownerId === scope.organisationId && canAuthorQuestionnaires(scope))
  );
}
