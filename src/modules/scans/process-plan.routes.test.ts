import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../test/dump';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { fillAndSubmit, publishedVersion, start } from '../questionnaires/test-support';
import { PROCESSES } from './definitions/kwetsbare-processen';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const KEY = 'scan-kwetsbare-processen';
/** Permits: no controls, high exposure (a weak spot in a high-risk cell); the rest tested controls. */
const WEAK_PERMITS = {
  vergunningen_maatregelen: Object.fromEntries(PROCESSES[0]!.controls.map((c) => [c.id, 'niet'])),
  vergunningen_blootstelling: 'hoog',
};
const last = (n: number) => n - 1;

async function setting() {
  const org = await buildOrganisation(t.deps.db);
  const lead = await buildPerson(t.deps.db, org.id, ['handler']);
  const colleague = await buildPerson(t.deps.db, org.id, ['reporter']);
  const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
  const outsider = await buildPerson(t.deps.db, org.id, ['reporter']);
  const version = await publishedVersion(t, org.id, lead.headers, KEY);
  const submitScan = async (overrides: Record<string, unknown> = WEAK_PERMITS) => {
    const id = await start(t, org.id, lead.headers, version.id, [colleague.email]);
    await fillAndSubmit(t, org.id, lead.headers, id, version.definition, { pick: last, overrides });
    return id;
  };
  const url = (id: string) => `/api/v1/orgs/${org.id}/process-plans/${id}`;
  return { org, lead, colleague, admin, outsider, submitScan, url };
}

describe('improvement plan of the scan of vulnerable processes', () => {
  it('shows the matrix, draws up the plan from the weak spots and lets the team edit it', async () => {
    const { lead, colleague, admin, submitScan, url } = await setting();
    const id = await submitScan();

    const before = await t.app.inject({ method: 'GET', url: url(id), headers: admin.headers });
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({ planCreated: false, mayEdit: true, items: [] });
    const processes = before.json().processes as { id: string; risk: string }[];
    expect(processes).toHaveLength(7);
    expect(processes.find((p) => p.id === 'vergunningen')).toMatchObject({
      weakness: 'zwak',
      exposure: 'hoog',
      risk: 'hoog',
    });
    expect(processes.filter((p) => p.risk === 'hoog').map((p) => p.id)).toEqual(['vergunningen']);

    const created = await t.app.inject({ method: 'POST', url: url(id), headers: lead.headers });
    expect(created.statusCode, created.body).toBe(201);
    const items = created.json().items;
    expect(items).toEqual([
      expect.objectContaining({
        processId: 'vergunningen',
        title: 'Versterk de controle op vergunningen',
        status: 'open',
        owner: null,
        carriedOver: false,
      }),
    ]);
    const again = await t.app.inject({ method: 'POST', url: url(id), headers: lead.headers });
    expect(again.statusCode).toBe(409);

    const changed = await t.app.inject({
      method: 'PATCH',
      url: `${url(id)}/items/${items[0].id}`,
      headers: colleague.headers,
      payload: { ownerEmail: colleague.email, dueDate: '2027-03-31', status: 'in_progress' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().items[0]).toMatchObject({
      owner: { personId: colleague.id },
      dueDate: '2027-03-31',
      status: 'in_progress',
    });

    const added = await t.app.inject({
      method: 'POST',
      url: `${url(id)}/items`,
      headers: admin.headers,
      payload: {
        processId: 'screening',
        title: 'Lijst kwetsbare functies vaststellen',
        ownerRole: 'Teamleider P&O',
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().items[1]).toMatchObject({
      processId: 'screening',
      ownerRole: 'Teamleider P&O',
      owner: null,
      status: 'open',
    });

    const badOwner = await t.app.inject({
      method: 'PATCH',
      url: `${url(id)}/items/${items[0].id}`,
      headers: lead.headers,
      payload: { ownerEmail: 'niemand@elders.example' },
    });
    expect(badOwner.statusCode).toBe(400);
    expect(badOwner.json().errors[0].field).toBe('body.ownerEmail');
    const badProcess = await t.app.inject({
      method: 'POST',
      url: `${url(id)}/items`,
      headers: lead.headers,
      payload: { processId: 'kantine', title: 'Iets' },
    });
    expect(badProcess.statusCode).toBe(400);
    expect(badProcess.json().errors[0].field).toBe('body.processId');

    // The free text is encrypted at rest.
    const dump = await dumpDatabase(t.deps.db);
    expect(dump).not.toContain('Teamleider P&O');
    expect(dump).not.toContain('Lijst kwetsbare functies');
  });

  it('is invisible to another organisation, a visitor and a member outside the team', async () => {
    const { outsider, submitScan, url, lead } = await setting();
    const id = await submitScan();
    const created = await t.app.inject({ method: 'POST', url: url(id), headers: lead.headers });
    const itemId = created.json().items[0].id;
    const other = await buildOrganisation(t.deps.db);
    const otherAdmin = await buildPerson(t.deps.db, other.id, ['org_admin']);
    const foreignUrl = `/api/v1/orgs/${other.id}/process-plans/${id}`;
    for (const [method, target] of [
      ['GET', foreignUrl],
      ['POST', foreignUrl],
      ['PATCH', `${foreignUrl}/items/${itemId}`],
    ] as const) {
      const res = await t.app.inject({
        method,
        url: target,
        headers: otherAdmin.headers,
        ...(method === 'PATCH' ? { payload: { status: 'done' } } : {}),
      });
      expect(res.statusCode, `${method} ${target}`).toBe(404);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: url(id) });
    expect(anonymous.statusCode).toBe(401);
    for (const [method, target] of [
      ['GET', url(id)],
      ['PATCH', `${url(id)}/items/${itemId}`],
    ] as const) {
      const res = await t.app.inject({
        method,
        url: target,
        headers: outsider.headers,
        ...(method === 'PATCH' ? { payload: { status: 'done' } } : {}),
      });
      expect(res.statusCode).toBe(404);
    }
  });

  it('carries the open items over to next year’s plan', async () => {
    const { lead, submitScan, url } = await setting();
    const first = await submitScan();
    const plan = await t.app.inject({ method: 'POST', url: url(first), headers: lead.headers });
    const permits = plan.json().items[0].id;
    const add = (title: string) =>
      t.app.inject({
        method: 'POST',
        url: `${url(first)}/items`,
        headers: lead.headers,
        payload: { processId: 'inkoop', title, dueDate: '2027-01-31' },
      });
    await add('Belangenverklaring invoeren');
    const done = (await add('Functiescheiding vastleggen')).json().items[2].id;
    await t.app.inject({
      method: 'PATCH',
      url: `${url(first)}/items/${done}`,
      headers: lead.headers,
      payload: { status: 'done' },
    });
    await t.app.inject({
      method: 'PATCH',
      url: `${url(first)}/items/${permits}`,
      headers: lead.headers,
      payload: { status: 'in_progress' },
    });

    // A year later permits are still weak: covered by the carried-over item, not doubled.
    const second = await submitScan();
    const next = await t.app.inject({ method: 'POST', url: url(second), headers: lead.headers });
    expect(next.statusCode, next.body).toBe(201);
    expect(
      next
        .json()
        .items.map((i: { title: string; status: string; carriedOver: boolean }) => [
          i.title,
          i.status,
          i.carriedOver,
        ]),
    ).toEqual([
      ['Versterk de controle op vergunningen', 'in_progress', true],
      ['Belangenverklaring invoeren', 'open', true],
    ]);
    expect(next.json().items[1].dueDate).toBe('2027-01-31');
  });
});
