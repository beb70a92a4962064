import { hashPassword } from '../platform/auth/local-login';
import { emailDomain } from '../platform/auth/oidc/oidc.policy';
import { replaceVerifiedDomains } from '../platform/auth/oidc/oidc.repository';
import type { AppDeps } from '../platform/deps';
import {
  addRoles,
  findOrganisationByCode,
  findPersonByEmail,
  insertOrganisation,
  insertPerson,
} from '../platform/identity';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-organisations';

/** Hooks through which modules add their own demo content after organisations and people exist. */
export type DemoContributor = (deps: AppDeps, orgIds: Map<string, string>) => Promise<void>;
const contributors: DemoContributor[] = [];

export function registerDemoContributor(contributor: DemoContributor): void {
  contributors.push(contributor);
}

/** Load demo organisations and people once; on later starts only print the logins again. */
export async function loadDemoData(deps: AppDeps, options: { print: boolean }): Promise<void> {
  const { db } = deps;
  const firstRun = !(await findOrganisationByCode(db, DEMO_ORGANISATIONS[0]!.code));
  const orgIds = new Map<string, string>();
  if (firstRun) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.transaction().execute(async (trx) => {
      for (const org of DEMO_ORGANISATIONS) {
        const row = await insertOrganisation(trx, org);
        orgIds.set(org.code, row.id);
      }
      for (const user of DEMO_USERS) {
        const person =
          (await findPersonByEmail(trx, user.email)) ??
          (await insertPerson(trx, {
            email: user.email,
            displayName: user.displayName,
            passwordHash,
            isPlatformAdmin: user.platformAdmin,
          }));
        for (const m of user.memberships) {
          await addRoles(trx, orgIds.get(m.code)!, person.id, m.roles);
        }
      }
      for (const [code, domains] of demoVerifiedDomains()) {
        await replaceVerifiedDomains(trx, orgIds.get(code)!, [...domains]);
      }
    });
    for (const contribute of contributors) await contribute(deps, orgIds);
  }
  if (options.print) printLogins();
}

/**
 * Each demo organisation trusts the e-mail domains of its demo users, so an
 * IdP an admin sets up in the demo can sign them in (ADR 0021).
 */
export function demoVerifiedDomains(): Map<string, Set<string>> {
  const byOrg = new Map<string, Set<string>>();
  for (const user of DEMO_USERS) {
    const domain = emailDomain(user.email);
    if (!domain) continue;
    for (const m of user.memberships) {
      const set = byOrg.get(m.code) ?? new Set<string>();
      set.add(domain);
      byOrg.set(m.code, set);
    }
  }
  return byOrg;
}

function printLogins(): void {
  const lines = DEMO_USERS.map((u) => {
    const roles = u.platformAdmin
      ? 'platformbeheerder (stel eerst de tweede stap in, TOTP)'
      : u.memberships.map((m) => `${m.code}: ${m.roles.join(', ')}`).join('; ');
    return `  ${u.email.padEnd(38)} ${roles}`;
  });
  console.log(
    ['', `Demo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`, ...lines, ''].join('\n'),
  );
}
