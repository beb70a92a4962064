import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/time';
import { unscopedContext } from '../../platform/use-case';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { buildRequesterOrganisation, buildSupportTeam, sendRequest } from './test-support';
import { eraseFinishedRequests } from './use-cases/erase-finished-requests';

let t: TestApp;
let team: Awaited<ReturnType<typeof buildSupportTeam>>;
beforeAll(async () => {
  t = await buildTestApp();
  team = await buildSupportTeam(t);
});
afterEach(() => {
  t.deps.clock = undefined;
});
afterAll(async () => t?.close());

const REQUEST = {
  kind: 'support_team',
  urgency: 'normal',
  contactPreference: 'email',
  contactDetail: 'wethouder@example.nl',
  message: 'Na de bedreiging wil ik graag met iemand praten.',
};

const step = (id: string, status: string, on: string) =>
  t.app.inject({
    method: 'POST',
    url: `${team.queue}/${id}/steps`,
    headers: team.worker.headers,
    payload: { status, on, note: 'Gesprek gevoerd.' },
  });

/** Send a request on `on` and, when `closeOn` is given, accept and close it that day. */
async function requestOn(
  who: Awaited<ReturnType<typeof buildRequesterOrganisation>>,
  on: string,
  closeOn?: string,
) {
  t.deps.clock = fixedClock(`${on}T10:00:00Z`);
  const sent = await sendRequest(t, who.base, who.reporter, REQUEST);
  expect(sent.statusCode, sent.body).toBe(201);
  const id: string = sent.json().id;
  if (closeOn) {
    t.deps.clock = fixedClock(`${closeOn}T10:00:00Z`);
    expect((await step(id, 'accepted', on)).statusCode).toBe(200);
    expect((await step(id, 'closed', closeOn)).statusCode).toBe(200);
  }
  return id;
}

const exists = async (id: string) =>
  (await t.deps.db.selectFrom('support_request').select('id').where('id', '=', id).execute())
    .length === 1;

describe('support retention', () => {
  it('deletes finished requests the configured months after their last step, keeps open ones, and audits both sides', async () => {
    expect(t.deps.config.supportRetentionMonths).toBe(24);
    const town = await buildRequesterOrganisation(t);
    const old = await requestOn(town, '2024-02-20', '2024-03-01');
    const later = await requestOn(town, '2024-02-20', '2024-03-05');
    const open = await requestOn(town, '2024-01-10');

    // 24 months and a day after the first closing: only that request goes, with its steps.
    t.deps.clock = fixedClock('2026-03-02T03:00:00Z');
    expect(await eraseFinishedRequests(unscopedContext(t.deps))).toBe(1);
    expect(await exists(old)).toBe(false);
    expect(await exists(later)).toBe(true);
    expect(await exists(open)).toBe(true);
    const steps = await t.deps.db
      .selectFrom('support_request_event')
      .select('id')
      .where('request_id', '=', old)
      .execute();
    expect(steps).toEqual([]);
    // Neither side reaches it any more.
    const teamView = await t.app.inject({
      method: 'GET',
      url: `${team.queue}/${old}`,
      headers: team.worker.headers,
    });
    expect(teamView.statusCode).toBe(404);
    const ownView = await t.app.inject({
      method: 'GET',
      url: `${town.base}/${old}`,
      headers: town.reporter.headers,
    });
    expect(ownView.statusCode).toBe(404);

    // The erasure is in the requesting organisation's chain and in the team's, by the system.
    const events = await t.deps.db
      .selectFrom('audit_event')
      .select(['organisation_id', 'actor_type'])
      .where('object_id', '=', old)
      .where('action', '=', 'support_request.erase')
      .execute();
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.organisation_id).sort()).toEqual([town.org.id, team.team.id].sort());
    expect(events.every((e) => e.actor_type === 'system')).toBe(true);

    // The same day again: nothing more. After the second closing's term: that one too.
    expect(await eraseFinishedRequests(unscopedContext(t.deps))).toBe(0);
    t.deps.clock = fixedClock('2026-03-06T03:00:00Z');
    expect(await eraseFinishedRequests(unscopedContext(t.deps))).toBe(1);
    expect(await exists(later)).toBe(false);
    // Years later the open request is still there: someone still works on it.
    t.deps.clock = fixedClock('2036-01-01T03:00:00Z');
    expect(await eraseFinishedRequests(unscopedContext(t.deps))).toBe(0);
    expect(await exists(open)).toBe(true);
  });

  it('follows SUPPORT_RETENTION_MONTHS', async () => {
    const town = await buildRequesterOrganisation(t);
    const id = await requestOn(town, '2025-01-06', '2025-01-07');
    const deps = {
      ...unscopedContext(t.deps),
      config: { ...t.deps.config, supportRetentionMonths: 6 },
    };
    deps.clock = fixedClock('2025-07-07T12:00:00Z');
    expect(await eraseFinishedRequests(deps)).toBe(0);
    deps.clock = fixedClock('2025-07-08T12:00:00Z');
    expect(await eraseFinishedRequests(deps)).toBe(1);
    expect(await exists(id)).toBe(false);
  });
});
