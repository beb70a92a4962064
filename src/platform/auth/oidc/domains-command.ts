import type { Db } from '../../../db/database';
import { listVerifiedDomains } from './oidc.repository';
import { VerifiedDomainsBody } from './oidc.schemas';
import { setVerifiedDomains } from './use-cases/set-verified-domains';

/**
 * `weerbaar domains list|set <organisation code> [domain ...]`: the operator's
 * way to set verified e-mail domains (ADR 0021), e.g. right after an upgrade,
 * before a platform admin with TOTP exists. Returns the exit code.
 */
export async function runDomainsCommand(
  db: Db,
  sub: string | undefined,
  args: string[],
  out: (line: string) => void,
): Promise<number> {
  const [code, ...domains] = args;
  if ((sub !== 'list' && sub !== 'set') || !code) return 2;
  const org = await db
    .selectFrom('organisation')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
  if (!org) {
    out(`Unknown organisation code: ${code}`);
    return 1;
  }
  if (sub === 'set') {
    const parsed = VerifiedDomainsBody.safeParse({ domains });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        out(`Not a domain: ${String(domains[Number(issue.path[1])] ?? '')} (${issue.message})`);
      }
      return 1;
    }
    await setVerifiedDomains(db, null, org.id, parsed.data.domains, 'cli');
  }
  const list = await listVerifiedDomains(db, org.id);
  out(
    `${code}: ${list.length > 0 ? list.join(' ') : '(no verified domains: OIDC signs in nobody)'}`,
  );
  return 0;
}
