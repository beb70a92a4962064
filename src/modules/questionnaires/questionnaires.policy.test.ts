import { describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/roles';
import { INFORMATIEPOSITIE, RISICOANALYSE, WEERBAARHEID } from '../scans';
import { DefinitionSchema } from './definition/definition.schema';
import { canCommission, canSeeAggregates, responseAccess } from './questionnaires.policy';
import type { ParticipantRole } from './questionnaires.tables';

const privacyOf = (d: unknown) => DefinitionSchema.parse(d).privacy;
const personal = privacyOf(WEERBAARHEID);
const team = privacyOf(INFORMATIEPOSITIE);
const risk = privacyOf(RISICOANALYSE);
const roles = (...r: Role[]) => new Set<Role>(r);
const ALL_ROLES = roles(
  'org_admin',
  'handler',
  'integrity_officer',
  'confidential_counsellor',
  'clerk',
  'researcher',
  'national_analyst',
  'reporter',
);

describe('responseAccess', () => {
  it('keeps a personal scan to its owner, whatever roles others hold', () => {
    expect(responseAccess(personal, 'owner', roles('reporter'), 'in_progress')).toMatchObject({
      readAnswers: true,
      editAnswers: true,
    });
    expect(responseAccess(personal, null, ALL_ROLES, 'submitted')).toEqual({
      readAnswers: false,
      editAnswers: false,
      readResult: false,
      manageTeam: false,
      erase: false,
    });
  });

  it('lets a team edit together and the roles the instrument names read along', () => {
    expect(responseAccess(team, 'member', roles('reporter'), 'in_progress')).toMatchObject({
      editAnswers: true,
      manageTeam: false,
    });
    expect(responseAccess(team, 'owner', roles('reporter'), 'in_progress')).toMatchObject({
      manageTeam: true,
      erase: true,
    });
    expect(responseAccess(team, null, roles('org_admin'), 'submitted')).toMatchObject({
      readResult: true,
      editAnswers: false,
    });
    expect(responseAccess(team, null, roles('handler'), 'submitted').readResult).toBe(false);
  });

  it.each<[ParticipantRole | null, boolean, boolean]>([
    ['subject', true, true],
    ['commissioner', true, false],
    ['designated_officer', true, false],
    [null, false, false],
  ])('shows a risk analysis to %s: read %s, edit %s', (part, read, edit) => {
    const a = responseAccess(risk, part, ALL_ROLES, 'in_progress');
    expect(a.readResult).toBe(read);
    expect(a.editAnswers).toBe(edit);
  });

  it('stops editing once submitted', () => {
    expect(responseAccess(personal, 'owner', roles(), 'submitted').editAnswers).toBe(false);
  });

  it('lets only the named roles commission or see aggregates', () => {
    expect(canCommission(risk, { roles: roles('integrity_officer') })).toBe(true);
    expect(canCommission(risk, { roles: roles('org_admin', 'reporter') })).toBe(false);
    expect(canSeeAggregates(personal, { roles: roles('org_admin') })).toBe(true);
    expect(canSeeAggregates(risk, { roles: ALL_ROLES })).toBe(false);
  });
});
