import { describe, expect, it } from 'vitest';
import type { Scope } from '../../platform/auth/actor';
import type { Role } from '../../platform/auth/roles';
import { canRefer, canRequestSupport, canWorkQueue, isOwnTeam, isSender } from './support.policy';

const scope = (roles: Role[], actorType: Scope['actorType'] = 'person') =>
  ({ organisationId: 'org', actorId: 'me', roles: new Set(roles), actorType }) as unknown as Scope;

describe('support policy', () => {
  it('lets office holders and handlers ask, handlers refer, support workers work the queue', () => {
    expect(canRequestSupport(scope(['reporter']))).toBe(true);
    expect(canRequestSupport(scope(['org_admin']))).toBe(false);
    expect(canRequestSupport(scope(['reporter'], 'api_token'))).toBe(false);
    expect(canRefer(scope(['reporter']))).toBe(false);
    expect(canRefer(scope(['handler']))).toBe(true);
    expect(canWorkQueue(scope(['handler']))).toBe(false);
    expect(canWorkQueue(scope(['support_worker']))).toBe(true);
  });

  it('shows a request to its sender and its own team only', () => {
    const row = { organisation_id: 'org', requested_by: 'me', support_team_id: 'team' };
    expect(isSender(scope(['reporter']), row)).toBe(true);
    expect(isSender(scope(['reporter']), { ...row, requested_by: 'other' })).toBe(false);
    expect(isSender(scope(['reporter']), { ...row, organisation_id: 'elsewhere' })).toBe(false);
    expect(isOwnTeam({ organisationId: 'team' }, row)).toBe(true);
    expect(isOwnTeam({ organisationId: 'org' }, row)).toBe(false);
  });
});
