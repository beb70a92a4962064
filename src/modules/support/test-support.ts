import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import type { TestApp } from '../../test/test-app';

/** The support team organisation (code RK-OWB, the default SUPPORT_TEAM_CODE) and a worker. */
export async function buildSupportTeam(t: TestApp) {
  const team = await buildOrganisation(t.deps.db, {
    type: 'rijk',
    code: t.deps.config.supportTeamCode,
    name: 'Ondersteuningsteam Weerbaar Bestuur',
  });
  const worker = await buildPerson(t.deps.db, team.id, ['support_worker']);
  return { team, worker, queue: `/api/v1/orgs/${team.id}/support-queue` };
}

/** A municipality with an office holder, a handler and an org admin. */
export async function buildRequesterOrganisation(t: TestApp) {
  const org = await buildOrganisation(t.deps.db);
  return {
    org,
    reporter: await buildPerson(t.deps.db, org.id, ['reporter']),
    handler: await buildPerson(t.deps.db, org.id, ['handler', 'reporter']),
    admin: await buildPerson(t.deps.db, org.id, ['org_admin', 'reporter']),
    base: `/api/v1/orgs/${org.id}/support-requests`,
  };
}

/** Send a request as `who` and return the answer (status code and body). */
export async function sendRequest(
  t: TestApp,
  base: string,
  who: TestPerson,
  payload: Record<string, unknown>,
) {
  return t.app.inject({ method: 'POST', url: base, headers: who.headers, payload });
}
