import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { runDomainsCommand } from './domains-command';
import { listVerifiedDomains } from './oidc.repository';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function run(sub: string, args: string[]) {
  const lines: string[] = [];
  const code = await runDomainsCommand(t.deps.db, sub, args, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('weerbaar domains', () => {
  it('sets and lists an organisation’s verified domains, audited as the system', async () => {
    const org = await buildOrganisation(t.deps.db);
    expect((await run('list', [org.code])).out).toContain('no verified domains');
    const set = await run('set', [org.code, 'Utrecht.nl', 'ambtenaren.utrecht.nl']);
    expect(set).toEqual({ code: 0, out: `${org.code}: ambtenaren.utrecht.nl utrecht.nl` });
    expect(await listVerifiedDomains(t.deps.db, org.id)).toEqual([
      'ambtenaren.utrecht.nl',
      'utrecht.nl',
    ]);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'actor_type'])
      .where('organisation_id', '=', org.id)
      .execute();
    expect(audit).toContainEqual({ action: 'oidc.verified_domains.set', actor_type: 'system' });
  });

  it('refuses a bad domain and an unknown organisation, changing nothing', async () => {
    const org = await buildOrganisation(t.deps.db);
    await run('set', [org.code, 'utrecht.nl']);
    const bad = await run('set', [org.code, 'utrecht.nl', '@evil.example']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('@evil.example');
    expect(await listVerifiedDomains(t.deps.db, org.id)).toEqual(['utrecht.nl']);
    expect((await run('list', ['GM-NIET-BESTAAND'])).code).toBe(1);
    expect((await run('wis', [org.code])).code).toBe(2);
  });
});
