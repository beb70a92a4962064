import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { fileReport } from '../incidents/test-helpers';
import { buildRequesterOrganisation, buildSupportTeam, sendRequest } from './test-support';

let t: TestApp;
let team: Awaited<ReturnType<typeof buildSupportTeam>>;
beforeAll(async () => {
  t = await buildTestApp();
  team = await buildSupportTeam(t);
});
afterAll(async () => t?.close());

const HOME = {
  kind: 'home_security',
  urgency: 'urgent',
  contactPreference: 'phone',
  contactName: 'Sanne',
  contactDetail: '06 98765432',
  message: 'Iemand volgde mij naar huis na de raadsvergadering.',
};

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
const step = (id: string, payload: Record<string, unknown>, headers = team.worker.headers) =>
  t.app.inject({ method: 'POST', url: `${team.queue}/${id}/steps`, headers, payload });
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

describe('an office holder asks for support', () => {
  it('sends a request the team sees in full, and the team is mailed without content', async () => {
    const { reporter, base } = await buildRequesterOrganisation(t);
    const res = await sendRequest(t, base, reporter, HOME);
    expect(res.statusCode, res.body).toBe(201);
    const sent = res.json();
    expect(sent).toMatchObject({ kind: 'home_security', urgency: 'urgent', status: 'new' });
    expect(sent.reference).toMatch(/^S-\d+$/);
    expect(sent.steps).toEqual([{ status: 'new', on: today() }]);

    await t.deps.jobs.drain();
    const mail = t.mails.find((m) => m.to.includes(team.worker.email));
    expect(mail?.subject).toContain('URGENTE');
    expect(mail?.text).toContain(`/steun/wachtrij/${sent.id}`);
    expect(mail?.text).toContain('beveiliging van de woning');
    for (const secret of [HOME.message, HOME.contactDetail, HOME.contactName, 'Testgemeente']) {
      expect(mail?.text).not.toContain(secret);
    }

    const queue = await get(team.queue, team.worker.headers);
    expect(queue.statusCode).toBe(200);
    const line = queue.json().find((r: { id: string }) => r.id === sent.id);
    expect(line).toMatchObject({ status: 'new', urgency: 'urgent' });
    expect(line.organisationName).toContain('Testgemeente');
    expect(line).not.toHaveProperty('message');

    const full = await get(`${team.queue}/${sent.id}`, team.worker.headers);
    expect(full.json()).toMatchObject({
      contactPreference: 'phone',
      contactName: 'Sanne',
      contactDetail: '06 98765432',
      message: HOME.message,
      incident: null,
      consent: null,
      nextStatuses: ['accepted', 'closed'],
    });
  });

  it('shares only what was chosen: no text and no name by default', async () => {
    const { reporter, base } = await buildRequesterOrganisation(t);
    const res = await sendRequest(t, base, reporter, {
      kind: 'legal',
      urgency: 'normal',
      contactPreference: 'email',
      contactDetail: 'raadslid@example.nl',
    });
    expect(res.statusCode, res.body).toBe(201);
    const full = await get(`${team.queue}/${res.json().id}`, team.worker.headers);
    expect(full.json()).toMatchObject({
      contactName: null,
      message: null,
      contactDetail: 'raadslid@example.nl',
    });
  });

  it('names the field when the contact detail does not fit the preference', async () => {
    const { reporter, base } = await buildRequesterOrganisation(t);
    const res = await sendRequest(t, base, reporter, {
      kind: 'support_team',
      urgency: 'normal',
      contactPreference: 'email',
      contactDetail: 'geen adres',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.contactDetail',
    ]);
    const viaHandler = await sendRequest(t, base, reporter, {
      kind: 'support_team',
      urgency: 'normal',
      contactPreference: 'via_handler',
    });
    expect(viaHandler.json().errors[0].field).toBe('body.contactPreference');
  });
});

describe('a handler refers someone from an incident', () => {
  it('is refused without the person’s recorded consent, with a clear problem detail', async () => {
    const { org, handler, reporter, base } = await buildRequesterOrganisation(t);
    const incident = await fileReport(t, org.id, reporter.headers);
    const body = { kind: 'support_team', urgency: 'normal', contactPreference: 'via_handler' };
    const noConsent = await sendRequest(t, base, handler, { ...body, incidentId: incident.id });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().errors[0]).toMatchObject({
      field: 'body.onBehalf',
      message: expect.stringContaining('toestemming'),
    });
    const declined = await sendRequest(t, base, handler, {
      ...body,
      incidentId: incident.id,
      onBehalf: {
        personName: 'Wethouder K. Jansen',
        consentGiven: false,
        consentGivenOn: today(),
        consentMethod: 'phone',
      },
    });
    expect(declined.statusCode).toBe(400);
    expect(declined.json().errors[0].field).toBe('body.onBehalf.consentGiven');
    const byReporter = await sendRequest(t, base, reporter, {
      ...body,
      onBehalf: {
        personName: 'X',
        consentGiven: true,
        consentGivenOn: today(),
        consentMethod: 'phone',
      },
    });
    expect(byReporter.statusCode).toBe(403);
    const mine = await get(base, handler.headers);
    expect(mine.json()).toEqual([]);
  });

  it('shares the incident’s reference, kind and date with the consent record, never the narrative', async () => {
    const { org, handler, reporter, admin, base } = await buildRequesterOrganisation(t);
    const incident = await fileReport(t, org.id, reporter.headers, {
      narrative: 'GEHEIM-verhaal-over-de-dreiging-3391',
      kinds: ['threat'],
    });
    const prefill = await get(
      `/api/v1/orgs/${org.id}/support-referrals/${incident.id}`,
      handler.headers,
    );
    expect(prefill.json()).toEqual({
      reference: incident.reference,
      kinds: ['threat'],
      occurredOn: expect.any(String),
    });
    expect(
      (await get(`/api/v1/orgs/${org.id}/support-referrals/${incident.id}`, reporter.headers))
        .statusCode,
    ).toBe(404);

    const res = await sendRequest(t, base, handler, {
      kind: 'support_team',
      urgency: 'normal',
      contactPreference: 'via_handler',
      incidentId: incident.id,
      onBehalf: {
        personName: 'Wethouder K. Jansen',
        consentGiven: true,
        consentGivenOn: today(),
        consentMethod: 'in_person',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    expect(res.json()).toMatchObject({ onBehalf: true, incidentId: incident.id });

    const full = await get(`${team.queue}/${id}`, team.worker.headers);
    expect(full.json()).toMatchObject({
      onBehalf: true,
      incident: { reference: incident.reference, kinds: ['threat'] },
      consent: { personName: 'Wethouder K. Jansen', method: 'in_person', givenOn: today() },
    });
    expect(full.body).not.toContain('GEHEIM');
    expect(full.body).not.toContain(incident.id);

    // The org admin and the person who reported the incident do not see the referral.
    expect((await get(base, admin.headers)).json()).toEqual([]);
    expect((await get(`${base}/${id}`, admin.headers)).statusCode).toBe(404);
    expect((await get(`${base}/${id}`, reporter.headers)).statusCode).toBe(404);
    expect((await get(`${base}/${id}`, handler.headers)).statusCode).toBe(200);
  });

  it('refuses an incident of another organisation', async () => {
    const other = await buildRequesterOrganisation(t);
    const theirs = await fileReport(t, other.org.id, other.reporter.headers);
    const { handler, base } = await buildRequesterOrganisation(t);
    const res = await sendRequest(t, base, handler, {
      kind: 'legal',
      urgency: 'normal',
      contactPreference: 'via_handler',
      incidentId: theirs.id,
      onBehalf: {
        personName: 'X',
        consentGiven: true,
        consentGivenOn: today(),
        consentMethod: 'email',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.incidentId');
    expect(
      (await get(`/api/v1/orgs/${other.org.id}/support-referrals/${theirs.id}`, handler.headers))
        .statusCode,
    ).toBe(404);
  });
});

describe('the support team works the queue', () => {
  it('takes general support through contact and follow-ups; the sender sees status, not notes', async () => {
    const { reporter, base } = await buildRequesterOrganisation(t);
    const id = (
      await sendRequest(t, base, reporter, {
        kind: 'support_team',
        urgency: 'normal',
        contactPreference: 'phone',
        contactDetail: '010-1234567',
      })
    ).json().id;

    const skipped = await step(id, { status: 'follow_up', on: today() });
    expect(skipped.statusCode).toBe(409);
    expect(skipped.headers['content-type']).toContain('application/problem+json');
    expect(skipped.json()).toMatchObject({
      code: 'invalid_transition',
      errors: [{ field: 'body.status' }],
    });
    const otherTrack = await step(id, { status: 'assessment', on: today() });
    expect(otherTrack.statusCode).toBe(409);
    const future = await step(id, { status: 'accepted', on: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].field).toBe('body.on');

    const NOTE = 'Gesprek gevoerd; zij wil een vervolggesprek met de burgemeester.';
    expect((await step(id, { status: 'accepted', on: today() })).statusCode).toBe(200);
    expect(
      (await step(id, { status: 'contact_recorded', on: today(), note: NOTE })).statusCode,
    ).toBe(200);
    expect((await step(id, { status: 'follow_up', on: today() })).statusCode).toBe(200);
    const closed = await step(id, { status: 'closed', on: today(), note: 'Afgerond.' });
    expect(closed.json()).toMatchObject({ status: 'closed', nextStatuses: [] });
    expect(closed.json().steps.map((s: { note: string | null }) => s.note)).toContain(NOTE);
    expect((await step(id, { status: 'accepted', on: today() })).statusCode).toBe(409);

    const seen = await get(`${base}/${id}`, reporter.headers);
    expect(seen.json()).toMatchObject({ status: 'closed', statusOn: today() });
    expect(seen.json().steps.map((s: { status: string }) => s.status)).toEqual([
      'new',
      'accepted',
      'contact_recorded',
      'follow_up',
      'closed',
    ]);
    expect(seen.body).not.toContain('Gesprek gevoerd');
    expect(seen.body).not.toContain('Afgerond');
    expect(seen.body).not.toContain('010-1234567');

    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'organisation_id'])
      .where('object_id', '=', id)
      .execute();
    const actions = audit.map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'support_request.create',
        'support_request.read',
        'support_request.accepted',
        'support_request.contact_recorded',
        'support_request.closed',
      ]),
    );
    expect(audit.filter((a) => a.action === 'support_request.accepted')[0]?.organisation_id).toBe(
      team.team.id,
    );
  });

  it('takes home security through assessment, measure and done', async () => {
    const { reporter, base } = await buildRequesterOrganisation(t);
    const id = (await sendRequest(t, base, reporter, HOME)).json().id;
    await step(id, { status: 'accepted', on: today() });
    const wrong = await step(id, { status: 'contact_recorded', on: today() });
    expect(wrong.statusCode).toBe(409);
    expect((await step(id, { status: 'assessment', on: today() })).json().nextStatuses).toEqual([
      'measure',
      'closed',
    ]);
    await step(id, { status: 'measure', on: today(), note: 'Camera en extra verlichting.' });
    const done = await step(id, { status: 'done', on: today() });
    expect(done.json()).toMatchObject({ status: 'done', nextStatuses: [] });
    expect((await get(`${base}/${id}`, reporter.headers)).json().status).toBe('done');
  });

  it('is invisible to other organisations, other roles and anonymous visitors', async () => {
    const { org, reporter, handler, base } = await buildRequesterOrganisation(t);
    const id = (await sendRequest(t, base, reporter, HOME)).json().id;

    // Another organisation's support worker: its own (empty) queue, 404 on this request.
    const elsewhere = await buildOrganisation(t.deps.db, { type: 'rijk' });
    const stranger = await buildPerson(t.deps.db, elsewhere.id, ['support_worker']);
    const theirQueue = `/api/v1/orgs/${elsewhere.id}/support-queue`;
    expect((await get(theirQueue, stranger.headers)).json()).toEqual([]);
    expect((await get(`${theirQueue}/${id}`, stranger.headers)).statusCode).toBe(404);
    const push = await t.app.inject({
      method: 'POST',
      url: `${theirQueue}/${id}/steps`,
      headers: stranger.headers,
      payload: { status: 'accepted', on: today() },
    });
    expect(push.statusCode).toBe(404);
    // …nor through the team's own path.
    expect((await get(`${team.queue}/${id}`, stranger.headers)).statusCode).toBe(404);

    // Another organisation's handler.
    const other = await buildRequesterOrganisation(t);
    expect((await get(`${base}/${id}`, other.handler.headers)).statusCode).toBe(404);
    expect((await get(`${other.base}/${id}`, other.handler.headers)).statusCode).toBe(404);
    // A handler of the same organisation who did not send it.
    expect((await get(`${base}/${id}`, handler.headers)).statusCode).toBe(404);
    // The requester cannot reach the queue.
    expect((await get(`${team.queue}/${id}`, reporter.headers)).statusCode).toBe(404);
    expect((await get(`/api/v1/orgs/${org.id}/support-queue`, reporter.headers)).statusCode).toBe(
      404,
    );
    // A support worker is no requester.
    expect(
      (await get(`/api/v1/orgs/${team.team.id}/support-requests`, team.worker.headers)).statusCode,
    ).toBe(404);
    // Anonymous.
    expect((await get(`${base}/${id}`)).statusCode).toBe(401);
    expect((await get(team.queue)).statusCode).toBe(401);
    expect((await step(id, { status: 'accepted', on: today() }, {})).statusCode).toBe(401);
  });
});
