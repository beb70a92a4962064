import { describe, expect, it } from 'vitest';
import type { Scope } from '../../platform/auth/actor';
import type { Role } from '../../platform/auth/roles';
import {
  canAskAsCustodian,
  canDeclare,
  canHandleReports,
  canKeepRegister,
  canManageCustody,
  canReport,
  canTakeIntake,
  mayDecideUnmask,
  mayReadIdentity,
  mayRequestUnmask,
} from './integrity.policy';

const scope = (roles: Role[], actorType: 'person' | 'api_token' = 'person') =>
  ({ roles: new Set(roles), actorType, actorId: 'me' }) as unknown as Scope;

describe('integrity policies', () => {
  it('lets only integrity officers and counsellors handle reports; handlers of incidents and admins not', () => {
    expect(canHandleReports(scope(['integrity_officer']))).toBe(true);
    expect(canHandleReports(scope(['confidential_counsellor']))).toBe(true);
    expect(canHandleReports(scope(['handler', 'org_admin', 'clerk', 'reporter']))).toBe(false);
    expect(canTakeIntake(scope(['integrity_officer']))).toBe(false);
  });

  it('never lets an API token near integrity content', () => {
    for (const rule of [
      canReport,
      canHandleReports,
      canTakeIntake,
      canManageCustody,
      canAskAsCustodian,
      canKeepRegister,
      canDeclare,
    ]) {
      expect(
        rule(
          scope(
            ['integrity_officer', 'confidential_counsellor', 'clerk', 'org_admin', 'reporter'],
            'api_token',
          ),
        ),
      ).toBe(false);
    }
  });

  it('lets any member report and declare, the clerk keep the register, admins and officers manage custody', () => {
    expect(canReport(scope(['researcher']))).toBe(true);
    expect(canDeclare(scope(['reporter']))).toBe(true);
    expect(canKeepRegister(scope(['clerk']))).toBe(true);
    expect(canKeepRegister(scope(['org_admin']))).toBe(false);
    expect(canManageCustody(scope(['org_admin']))).toBe(true);
    expect(canManageCustody(scope(['confidential_counsellor']))).toBe(false);
  });

  it('opens a reporter identity only to those entitled', () => {
    const confidential = {
      channel: 'confidential' as const,
      recipient_id: 'recipient',
      counsellor_id: null,
    };
    expect(mayReadIdentity(confidential, 'recipient', false)).toBe(true);
    expect(mayReadIdentity(confidential, 'other', false)).toBe(false);
    expect(mayReadIdentity(confidential, 'other', true)).toBe(true);
    expect(mayReadIdentity({ ...confidential, channel: 'identified' }, 'other', false)).toBe(true);
    expect(mayReadIdentity({ ...confidential, channel: 'anonymous' }, 'recipient', true)).toBe(
      false,
    );
    expect(mayRequestUnmask(confidential, 'other')).toBe(true);
    expect(mayRequestUnmask(confidential, 'recipient')).toBe(false);
    expect(mayRequestUnmask({ ...confidential, channel: 'anonymous' }, 'other')).toBe(false);
    expect(mayDecideUnmask('a', 'a')).toBe(false);
    expect(mayDecideUnmask('a', 'b')).toBe(true);
  });
});
