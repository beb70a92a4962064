import { describe, expect, it } from 'vitest';
import type { Scope } from '../actor';
import type { Role } from '../roles';
import { ROLES } from '../roles';
import {
  type AccountCandidates,
  canConfigureOidc,
  decideAccount,
  isProvisionableRole,
  MAX_RETURN_TO_LENGTH,
  safeReturnTo,
} from './oidc.policy';

const scope = (...roles: Role[]) => ({ roles: new Set(roles) }) as unknown as Scope;

describe('canConfigureOidc', () => {
  it('allows organisation admins only', () => {
    expect(canConfigureOidc(scope('org_admin'))).toBe(true);
    for (const role of ROLES.filter((r) => r !== 'org_admin')) {
      expect(canConfigureOidc(scope(role))).toBe(false);
    }
  });
});

describe('isProvisionableRole', () => {
  it('never hands out administration or the cross-organisation analyst role', () => {
    expect(isProvisionableRole('org_admin')).toBe(false);
    expect(isProvisionableRole('national_analyst')).toBe(false);
    expect(isProvisionableRole('platform_admin')).toBe(false);
    expect(isProvisionableRole('reporter')).toBe(true);
    expect(isProvisionableRole('handler')).toBe(true);
  });
});

describe('safeReturnTo', () => {
  it.each([
    ['/meldingen/12?tab=a#b', '/meldingen/12?tab=a#b'],
    ['/', '/'],
    [undefined, '/'],
    ['', '/'],
    ['https://evil.example', '/'],
    ['http://evil.example/meldingen', '/'],
    ['//evil.example', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['meldingen', '/'],
    ['/\tevil', '/'],
    ['/ /evil.example', '/'],
    ['/%2F%2Fevil.example', '/'],
    ['/..//evil.example', '/'],
    [`/${'a'.repeat(MAX_RETURN_TO_LENGTH)}`, '/'],
  ])('%s -> %s', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });
});

describe('decideAccount', () => {
  const domains = new Set(['gemeente.example']);
  const none: AccountCandidates = {
    linkedPerson: null,
    emailPerson: null,
    verifiedDomains: domains,
  };
  const verified = { email: 'a@gemeente.example', emailVerified: true };
  const linkedTo = (email: string, isMember = true): AccountCandidates => ({
    ...none,
    linkedPerson: { id: 'p1', email, isMember },
  });

  it('uses the linked person while they are a member', () => {
    expect(decideAccount(verified, linkedTo('a@gemeente.example'))).toEqual({
      kind: 'linked',
      personId: 'p1',
    });
  });

  it('refuses a linked person who is no longer a member', () => {
    expect(decideAccount(verified, linkedTo('a@gemeente.example', false))).toEqual({
      kind: 'refuse',
      reason: 'not_member',
    });
  });

  it('refuses a linked person whose address is outside the verified domains', () => {
    expect(decideAccount(verified, linkedTo('a@elders.example'))).toEqual({
      kind: 'refuse',
      reason: 'domain_unverified',
    });
  });

  it('refuses every address outside the verified domains, whoever it belongs to', () => {
    const outside = { email: 'beheer@platform.example', emailVerified: true };
    const member = { ...none, emailPerson: { id: 'p2', isMember: true } };
    for (const candidates of [none, member]) {
      expect(decideAccount(outside, candidates)).toEqual({
        kind: 'refuse',
        reason: 'domain_unverified',
      });
    }
    // A look-alike subdomain or suffix is not the verified domain.
    for (const email of [
      'a@evil.gemeente.example',
      'a@gemeente.example.evil',
      'a@xgemeente.example',
    ]) {
      expect(decideAccount({ email, emailVerified: true }, none).kind).toBe('refuse');
    }
    expect(decideAccount({ email: 'A@Gemeente.Example', emailVerified: true }, none)).toEqual({
      kind: 'create',
    });
    expect(decideAccount(verified, { ...none, verifiedDomains: new Set() })).toEqual({
      kind: 'refuse',
      reason: 'domain_unverified',
    });
  });

  it('refuses an address the IdP calls unverified, even for a linked person', () => {
    expect(
      decideAccount({ ...verified, emailVerified: false }, linkedTo('a@gemeente.example')),
    ).toEqual({
      kind: 'refuse',
      reason: 'email_unverified',
    });
  });

  it('links by e-mail only when verified and the person is a member', () => {
    const member = { ...none, emailPerson: { id: 'p2', isMember: true } };
    const outsider = { ...none, emailPerson: { id: 'p3', isMember: false } };
    expect(decideAccount(verified, member)).toEqual({ kind: 'link_by_email', personId: 'p2' });
    expect(decideAccount(verified, outsider)).toEqual({ kind: 'refuse', reason: 'email_taken' });
    for (const emailVerified of [false, null]) {
      expect(decideAccount({ ...verified, emailVerified }, member)).toEqual({
        kind: 'refuse',
        reason: 'email_unverified',
      });
    }
  });

  it('creates a person for a new address unless the IdP says it is unverified', () => {
    expect(decideAccount(verified, none)).toEqual({ kind: 'create' });
    expect(decideAccount({ ...verified, emailVerified: null }, none)).toEqual({ kind: 'create' });
    expect(decideAccount({ ...verified, emailVerified: false }, none)).toEqual({
      kind: 'refuse',
      reason: 'email_unverified',
    });
  });

  it('needs an e-mail address to create or link', () => {
    expect(decideAccount({ email: null, emailVerified: null }, none)).toEqual({
      kind: 'refuse',
      reason: 'no_email',
    });
  });
});
