import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../platform/time';
import { buildOrganisation, buildPerson, type TestPerson } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { fileReport } from '../test-helpers';
import { sendAftercareReminders, sendFirstContactReminders } from './reminders';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function setup() {
  const org = await buildOrganisation(t.deps.db);
  return {
    org,
    base: `/api/v1/orgs/${org.id}`,
    reporter: await buildPerson(t.deps.db, org.id, ['reporter']),
    handler: await buildPerson(t.deps.db, org.id, ['handler']),
    colleague: await buildPerson(t.deps.db, org.id, ['handler']),
    admin: await buildPerson(t.deps.db, org.id, ['org_admin']),
  };
}
type Org = Awaited<ReturnType<typeof setup>>;

const mailsTo = (person: { email: string }) => t.mails.filter((m) => m.to.includes(person.email));

async function list(o: Org, person: TestPerson) {
  const res = await t.app.inject({
    method: 'GET',
    url: `${o.base}/notifications`,
    headers: person.headers,
  });
  expect(res.statusCode).toBe(200);
  return (res.json() as { items: { eventType: string; objectId: string }[] }).items;
}

async function prefer(o: Org, person: TestPerson, eventType: string, delivery: string) {
  const res = await t.app.inject({
    method: 'PUT',
    url: `${o.base}/notification-preferences`,
    headers: person.headers,
    payload: { preferences: [{ eventType, delivery }] },
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** A report of this handler whose first contact is overdue, its new-report mails sent. */
async function overdueReport(o: Org, narrative: string) {
  const { id } = await fileReport(t, o.org.id, o.reporter.headers, { narrative });
  await t.deps.db
    .updateTable('incident')
    .set({
      first_contact_due_on: addDays(amsterdamDate(new Date()), -1),
      handler_id: o.handler.id,
    })
    .where('id', '=', id)
    .execute();
  await t.deps.jobs.drain();
  return id;
}

describe('first-contact reminder through notifications', () => {
  it("mails the report's handler at once, without narrative, once, and lists it", async () => {
    const o = await setup();
    const narrative = `Verhaal-${randomUUID()} over Jansen`;
    const id = await overdueReport(o, narrative);
    const before = mailsTo(o.handler).length;
    await sendFirstContactReminders(t.deps);
    await sendFirstContactReminders(t.deps); // the same day: not again
    await t.deps.jobs.drain();
    const mails = mailsTo(o.handler).slice(before);
    expect(mails.map((m) => m.subject)).toEqual(['Weerbaar: melding wacht op eerste contact']);
    expect(mails[0]!.text).toContain(`/meldingen/register/${id}`);
    for (const secret of [narrative, 'Verhaal-', 'Jansen', o.reporter.email])
      expect(mails[0]!.raw).not.toContain(secret);
    expect(await list(o, o.handler)).toContainEqual(
      expect.objectContaining({ eventType: 'incident.first_contact_due', objectId: id }),
    );
    // Only the report's own handler: not the colleague, not the admin.
    expect((await list(o, o.colleague)).map((i) => i.eventType)).not.toContain(
      'incident.first_contact_due',
    );
    expect(await list(o, o.admin)).toEqual([]);
    // Someone with the database but not the keys: the notification rows hold no narrative.
    const rows = await t.deps.db
      .selectFrom('notification')
      .selectAll()
      .where('organisation_id', '=', o.org.id)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain('Verhaal-');
    expect(JSON.stringify(rows)).not.toContain('Jansen');
  });

  it("respects 'app only': listed, no mail", async () => {
    const o = await setup();
    await prefer(o, o.handler, 'incident.first_contact_due', 'app');
    const id = await overdueReport(o, 'Een verhaal');
    const before = mailsTo(o.handler).length;
    await sendFirstContactReminders(t.deps);
    await t.deps.jobs.drain();
    expect(mailsTo(o.handler).slice(before)).toEqual([]);
    expect(await list(o, o.handler)).toContainEqual(
      expect.objectContaining({ eventType: 'incident.first_contact_due', objectId: id }),
    );
  });

  it('goes to every handler while nobody has taken the report on; never to another organisation', async () => {
    const o = await setup();
    const other = await setup();
    const { id } = await fileReport(t, o.org.id, o.reporter.headers);
    await t.deps.db
      .updateTable('incident')
      .set({ first_contact_due_on: addDays(amsterdamDate(new Date()), -1) })
      .where('id', '=', id)
      .execute();
    await t.deps.jobs.drain();
    await sendFirstContactReminders(t.deps);
    await t.deps.jobs.drain();
    for (const person of [o.handler, o.colleague])
      expect((await list(o, person)).map((i) => i.eventType)).toContain(
        'incident.first_contact_due',
      );
    // The admin of another organisation, and its handler, get nothing of it.
    for (const person of [other.admin, other.handler]) {
      expect(await list(other, person)).toEqual([]);
      expect(mailsTo(person)).toEqual([]);
    }
    // Anonymous: no list at all.
    const anonymous = await t.app.inject({ method: 'GET', url: `${o.base}/notifications` });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('aftercare reminder through notifications', () => {
  it('one notification per report with check-ins due; mail or app only as chosen', async () => {
    const o = await setup();
    await prefer(o, o.colleague, 'incident.aftercare_due', 'app');
    const { id } = await fileReport(t, o.org.id, o.reporter.headers, {
      narrative: 'Nazorg-geheim-verhaal',
    });
    await t.app.inject({
      method: 'POST',
      url: `${o.base}/incidents/${id}/transitions`,
      headers: o.handler.headers,
      payload: { to: 'in_treatment' },
    });
    await t.app.inject({
      method: 'POST',
      url: `${o.base}/incidents/${id}/aftercare/plan`,
      headers: o.handler.headers,
      payload: { from: addDays(amsterdamDate(new Date()), -40) },
    });
    await t.deps.db
      .updateTable('incident')
      .set({ handler_id: null })
      .where('id', '=', id)
      .execute();
    await t.deps.jobs.drain();
    const handlerBefore = mailsTo(o.handler).length;
    const colleagueBefore = mailsTo(o.colleague).length;
    await sendAftercareReminders(t.deps);
    await sendAftercareReminders(t.deps); // each check-in once
    await t.deps.jobs.drain();
    const mails = mailsTo(o.handler).slice(handlerBefore);
    expect(mails.map((m) => m.subject)).toEqual(['Weerbaar: nazorgcontact gepland']);
    expect(mails[0]!.raw).not.toContain('Nazorg-geheim-verhaal');
    expect(mailsTo(o.colleague).slice(colleagueBefore)).toEqual([]);
    for (const person of [o.handler, o.colleague])
      expect(
        (await list(o, person)).filter((i) => i.eventType === 'incident.aftercare_due'),
      ).toEqual([expect.objectContaining({ objectId: id })]);
  });
});
