import { loadDemoData } from '../../demo/load-demo';
import { ROLES, type Role } from '../../platform/auth/roles';
import { createSession, SESSION_COOKIE } from '../../platform/auth/session-store';
import { addRoles, findOrganisationByCode } from '../../platform/identity';
import type { TestApp } from '../app-on-database';
import { buildApiToken, buildPerson } from '../factories';
import type { FuzzActor, FuzzTarget } from './fuzz-request';
import { IdPool } from './id-pool';
import type { JsonSchema } from './json-schema-arbitrary';
import { type OpenApiDocument, type Operation, operationsOf } from './openapi-operations';

/** Organisation the fuzzer aims at: the demo municipality, full of reports, cases and waves. */
const TARGET_ORG = 'GM0344';
const OTHER_ORG = 'PV26';
/** API tokens the fuzzer holds, one per role listed. */
const TOKEN_ROLES: Role[] = ['reporter', 'handler', 'integrity_officer', 'org_admin', 'researcher'];

interface Member {
  name: string;
  personId: string;
  roles: Role[];
}

/** The seeded world the fuzzer runs in, with actors it can renew when a request logged one out. */
export interface FuzzWorld extends FuzzTarget {
  operations: Operation[];
  /** New sessions, roles back, new tokens: undoes what fuzzed logouts and role changes did. */
  renewActors(): Promise<void>;
}

/**
 * Demo data (organisations, reports, integrity cases, Monitor waves), a person for
 * every role in the demo municipality, a platform admin and API tokens; then one
 * pass over every GET route to learn real ids.
 */
export async function createFuzzWorld(t: TestApp): Promise<FuzzWorld> {
  const { db } = t.deps;
  await loadDemoData(t.deps, { print: false });
  const org = await findOrganisationByCode(db, TARGET_ORG);
  const other = await findOrganisationByCode(db, OTHER_ORG);
  if (!org || !other) throw new Error('demo organisations missing');
  const members: Member[] = [];
  for (const role of ROLES) {
    const p = await buildPerson(db, org.id, [role]);
    members.push({ name: role, personId: p.id, roles: [role] });
  }
  const everything = await buildPerson(db, org.id, [...ROLES]);
  members.push({ name: 'all-roles', personId: everything.id, roles: [...ROLES] });
  const admin = await buildPerson(db, null, [], { platformAdmin: true });
  members.push({ name: 'platform-admin', personId: admin.id, roles: [] });

  let actors: FuzzActor[] = [];
  const renewActors = async () => {
    const next: FuzzActor[] = [{ name: 'anonymous', headers: {} }];
    for (const m of members) {
      if (m.roles.length > 0) await addRoles(db, org.id, m.personId, m.roles);
      const s = await createSession(db, m.personId, 'local');
      next.push({
        name: m.name,
        headers: { cookie: `${SESSION_COOKIE}=${s.token}`, 'x-csrf-token': s.csrfToken },
      });
    }
    for (const role of TOKEN_ROLES) {
      next.push({ name: `token:${role}`, headers: await buildApiToken(db, org.id, role) });
    }
    actors = next;
  };
  await renewActors();

  const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json() as OpenApiDocument;
  const ids = new IdPool();
  ids.add('organisation', org.id);
  ids.add('person', everything.id);
  const world: FuzzWorld = {
    orgId: org.id,
    otherOrgId: other.id,
    actors: () => actors,
    ids,
    components: (doc.components?.schemas ?? {}) as Record<string, JsonSchema>,
    operations: operationsOf(doc),
    renewActors,
  };
  await learnIds(t, world, everything.headers, admin.headers);
  return world;
}

/** GET every route without required query parameters, twice, so ids found lead deeper. */
async function learnIds(
  t: TestApp,
  world: FuzzWorld,
  member: Record<string, string>,
  admin: Record<string, string>,
): Promise<void> {
  const gets = world.operations.filter(
    (op) => op.method === 'GET' && op.query.every((q) => !q.required),
  );
  for (let pass = 0; pass < 2; pass++) {
    for (const op of gets) {
      let url = op.path.replace('{orgId}', world.orgId);
      for (const p of op.pathParams) {
        const list = world.ids.candidates(p.name);
        url = url.replace(`{${p.name}}`, list[list.length - 1] ?? world.orgId);
      }
      const headers = url.startsWith('/api/v1/admin') ? admin : member;
      const res = await t.app.inject({ method: 'GET', url, headers });
      if (res.statusCode === 200 && String(res.headers['content-type']).includes('json')) {
        world.ids.harvest(url, res.json());
      }
    }
  }
}
