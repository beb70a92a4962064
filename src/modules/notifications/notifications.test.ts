import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceRoles } from '../../platform/identity';
import { amsterdamToInstant } from '../../platform/time';
import {
  buildApiToken,
  buildOrganisation,
  buildPerson,
  type TestPerson,
} from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { fileReport } from '../incidents/test-helpers';
import { makeDigests } from './jobs/digest';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Org {
  org: { id: string; code: string };
  base: string;
  reporter: TestPerson;
  handler: TestPerson;
  colleague: TestPerson;
  admin: TestPerson;
}

async function setup(): Promise<Org> {
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

const mailsTo = (person: { email: string }) => t.mails.filter((m) => m.to.includes(person.email));

async function list(o: Org, person: TestPerson) {
  const res = await t.app.inject({
    method: 'GET',
    url: `${o.base}/notifications`,
    headers: person.headers,
  });
  expect(res.statusCode).toBe(200);
  return res.json() as {
    unread: number;
    items: { id: string; eventType: string; urgent: boolean; read: boolean; objectId: string }[];
  };
}

async function prefer(o: Org, person: TestPerson, eventType: string, delivery: string) {
  const res = await t.app.inject({
    method: 'PUT',
    url: `${o.base}/notification-preferences`,
    headers: person.headers,
    payload: { preferences: [{ eventType, delivery }] },
  });
  expect(res.statusCode).toBe(200);
}

/** An urgent report at intake: a threat by someone who did it before. */
const URGENT = { kinds: ['threat' as const], perpetratorRepeat: true };

describe('a new incident report', () => {
  it('mails every handler at once: kind, time and link, never the narrative', async () => {
    const o = await setup();
    const narrative = `Unieke-verhaaltekst-${randomUUID()} met de naam Jansen`;
    const { id } = await fileReport(t, o.org.id, o.reporter.headers, {
      kinds: ['verbal_aggression'],
      narrative,
      victimName: 'Petra Slachtoffer',
      perpetratorDescription: 'Kees Dader, lang',
    });
    await t.deps.jobs.drain();
    for (const handler of [o.handler, o.colleague]) {
      const [mail, ...more] = mailsTo(handler);
      expect(more).toEqual([]);
      expect(mail?.subject).toBe('Weerbaar: nieuwe melding van agressie of geweld');
      expect(mail?.text).toContain(`/meldingen/register/${id}`);
      expect(mail?.text).toMatch(/Tijdstip: \d{1,2} \w+ \d{4} om \d{2}:\d{2}/);
      for (const secret of [narrative, 'Unieke-verhaaltekst', 'Jansen', 'Petra', 'Kees']) {
        expect(mail?.raw).not.toContain(secret);
      }
    }
    // The reporter and the admin are not handlers: no mail.
    expect(mailsTo(o.reporter)).toEqual([]);
    expect(mailsTo(o.admin)).toEqual([]);
    const mine = await list(o, o.handler);
    expect(mine.unread).toBe(1);
    expect(mine.items).toMatchObject([
      { eventType: 'incident.reported', objectId: id, urgent: false },
    ]);
  });

  it('says "Spoed" in the subject of an urgent report', async () => {
    const o = await setup();
    await fileReport(t, o.org.id, o.reporter.headers, URGENT);
    await t.deps.jobs.drain();
    expect(mailsTo(o.handler).map((m) => m.subject)).toEqual([
      'Weerbaar: Spoed – nieuwe melding van agressie of geweld',
    ]);
    expect((await list(o, o.handler)).items[0]?.urgent).toBe(true);
  });

  it('tells the handlers when triage raises a report to urgent, once', async () => {
    const o = await setup();
    const { id } = await fileReport(t, o.org.id, o.reporter.headers, {
      kinds: ['verbal_aggression'],
    });
    const triage = (priority: string) =>
      t.app.inject({
        method: 'PUT',
        url: `${o.base}/incidents/${id}/triage`,
        headers: o.handler.headers,
        payload: {
          priority,
          risks: { repeat: false, weapon: true, homeAddressKnown: true, threatToRelatives: false },
        },
      });
    expect((await triage('low')).statusCode).toBe(200);
    expect((await triage('normal')).statusCode).toBe(200); // still urgent: no second mail
    await t.deps.jobs.drain();
    expect(mailsTo(o.colleague).map((m) => m.subject)).toEqual([
      'Weerbaar: nieuwe melding van agressie of geweld',
      'Weerbaar: Spoed – melding heeft nu prioriteit spoed',
    ]);
  });

  it('reaches nobody in another organisation', async () => {
    const o = await setup();
    const other = await setup();
    await fileReport(t, o.org.id, o.reporter.headers, URGENT);
    await t.deps.jobs.drain();
    expect(mailsTo(other.handler)).toEqual([]);
    expect((await list(other, other.handler)).items).toEqual([]);
  });

  it('stops reaching a handler whose role was taken away', async () => {
    const o = await setup();
    await fileReport(t, o.org.id, o.reporter.headers);
    // Removed after the report came in but before the mail went: still nothing.
    await replaceRoles(t.deps.db, o.org.id, o.handler.id, ['reporter']);
    await t.deps.jobs.drain();
    await fileReport(t, o.org.id, o.reporter.headers);
    await t.deps.jobs.drain();
    expect(mailsTo(o.handler)).toEqual([]);
    expect(mailsTo(o.colleague)).toHaveLength(2);
    expect((await list(o, o.handler)).items).toEqual([]);
  });
});

describe('a new integrity report', () => {
  it('notifies the integrity officers, not the incident handlers', async () => {
    const o = await setup();
    const officer = await buildPerson(t.deps.db, o.org.id, ['integrity_officer']);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrity/${o.org.code}/reports`,
      payload: {
        category: 'conflict_of_interest',
        subjectType: 'office_holder',
        summary: 'Samenvatting-geheim',
        description: 'Beschrijving-geheim van wat er gebeurde bij de gunning.',
      },
    });
    expect(res.statusCode).toBe(201);
    await t.deps.jobs.drain();
    const [mail] = mailsTo(officer);
    expect(mail?.subject).toBe('Weerbaar: nieuwe integriteitsmelding');
    expect(mail?.raw).not.toContain('geheim');
    expect(mailsTo(o.handler)).toEqual([]);
    expect((await list(o, officer)).items).toMatchObject([{ eventType: 'integrity.reported' }]);
  });
});

describe('your own list', () => {
  it('marks one and all read; another person’s notification is 404', async () => {
    const o = await setup();
    await fileReport(t, o.org.id, o.reporter.headers);
    await fileReport(t, o.org.id, o.reporter.headers);
    await t.deps.jobs.drain();
    const before = await list(o, o.handler);
    expect(before.unread).toBe(2);
    const [first] = before.items;
    const read = await t.app.inject({
      method: 'POST',
      url: `${o.base}/notifications/${first!.id}/read`,
      headers: o.handler.headers,
    });
    expect(read.json()).toEqual({ unread: 1 });
    // The colleague cannot mark (or learn about) the handler's notification.
    const foreign = await t.app.inject({
      method: 'POST',
      url: `${o.base}/notifications/${first!.id}/read`,
      headers: o.colleague.headers,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await list(o, o.colleague)).unread).toBe(2);
    const all = await t.app.inject({
      method: 'POST',
      url: `${o.base}/notifications/read`,
      headers: o.handler.headers,
    });
    expect(all.json()).toEqual({ unread: 0 });
    expect((await list(o, o.handler)).items.every((i) => i.read)).toBe(true);
  });

  it('answers 401 to a visitor, 404 to another organisation and to an API token', async () => {
    const o = await setup();
    const other = await setup();
    const anonymous = await t.app.inject({ method: 'GET', url: `${o.base}/notifications` });
    expect(anonymous.statusCode).toBe(401);
    const foreign = await t.app.inject({
      method: 'GET',
      url: `${o.base}/notifications`,
      headers: other.admin.headers,
    });
    expect(foreign.statusCode).toBe(404);
    const token = await t.app.inject({
      method: 'GET',
      url: `${o.base}/notifications`,
      headers: await buildApiToken(t.deps.db, o.org.id, 'handler'),
    });
    expect(token.statusCode).toBe(404);
  });
});

describe('preferences', () => {
  it('only in the app: listed, not mailed', async () => {
    const o = await setup();
    await prefer(o, o.handler, 'incident.reported', 'app');
    await fileReport(t, o.org.id, o.reporter.headers);
    await t.deps.jobs.drain();
    expect(mailsTo(o.handler)).toEqual([]);
    expect(mailsTo(o.colleague)).toHaveLength(1);
    expect((await list(o, o.handler)).unread).toBe(1);
  });

  it('daily digest: one mail from 07:00 Amsterdam time listing the events, once a day', async () => {
    const o = await setup();
    await prefer(o, o.handler, 'incident.reported', 'digest');
    await fileReport(t, o.org.id, o.reporter.headers, { narrative: 'Digest-geheim verhaal hier.' });
    await fileReport(t, o.org.id, o.reporter.headers, URGENT);
    await t.deps.jobs.drain();
    expect(mailsTo(o.handler)).toEqual([]);
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
      .format(tomorrow)
      .split('-')
      .map(Number);
    const early = amsterdamToInstant(y!, m!, d!, 6, 30);
    const seven = amsterdamToInstant(y!, m!, d!, 7, 5);
    expect(await makeDigests(t.deps, early)).toBe(0);
    expect(await makeDigests(t.deps, seven)).toBeGreaterThanOrEqual(1);
    await t.deps.jobs.drain();
    const [digest, ...more] = mailsTo(o.handler);
    expect(more).toEqual([]);
    expect(digest?.subject).toBe('Weerbaar: Spoed – dagoverzicht van 2 notificaties');
    expect(digest?.text.match(/^- /gm)).toHaveLength(2);
    expect(digest?.raw).not.toContain('Digest-geheim');
    // A report after today's digest waits for tomorrow's.
    await fileReport(t, o.org.id, o.reporter.headers);
    await t.deps.jobs.drain();
    await makeDigests(t.deps, new Date(seven.getTime() + 3 * 3600_000));
    await t.deps.jobs.drain();
    expect(mailsTo(o.handler)).toHaveLength(1);
  });

  it('refuses an event type your roles do not receive, naming the field', async () => {
    const o = await setup();
    const res = await t.app.inject({
      method: 'PUT',
      url: `${o.base}/notification-preferences`,
      headers: o.handler.headers,
      payload: { preferences: [{ eventType: 'integrity.reported', delivery: 'app' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('body.preferences.0.eventType');
    const mine = await t.app.inject({
      method: 'GET',
      url: `${o.base}/notification-preferences`,
      headers: o.handler.headers,
    });
    // Everyone may be reminded of a training they signed up for, moved up or told it is off (ADR 0046, 0051).
    expect(mine.json().items.map((i: { eventType: string }) => i.eventType)).toEqual([
      'incident.reported',
      'incident.urgent',
      'training.reminder',
      'incident.first_contact_due',
      'incident.aftercare_due',
      'training.promoted',
      'training.cancelled',
    ]);
  });
});

describe('organisation settings', () => {
  it('lets the admin set defaults and a team address, stored encrypted and audited', async () => {
    const o = await setup();
    const team = `team-${randomUUID().slice(0, 8)}@example.nl`;
    const put = (person: TestPerson, payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PUT',
        url: `${o.base}/notification-settings`,
        headers: person.headers,
        payload,
      });
    const body = { defaults: { 'incident.reported': 'digest' }, teamAddress: team };
    expect((await put(o.handler, body)).statusCode).toBe(404);
    expect((await put(o.admin, { ...body, teamAddress: 'geen adres' })).statusCode).toBe(400);
    const res = await put(o.admin, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ teamAddress: team, defaults: { 'incident.urgent': 'now' } });
    const row = await t.deps.db
      .selectFrom('notification_setting')
      .selectAll()
      .where('organisation_id', '=', o.org.id)
      .executeTakeFirstOrThrow();
    expect(row.team_address_enc).not.toContain('team-');
    const audited = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', o.org.id)
      .where('action', '=', 'notification.settings.update')
      .execute();
    expect(audited).toHaveLength(1);

    // The default puts a normal report in the digest; an urgent one also goes to the team.
    await fileReport(t, o.org.id, o.reporter.headers, { kinds: ['verbal_aggression'] });
    await fileReport(t, o.org.id, o.reporter.headers, URGENT);
    await t.deps.jobs.drain();
    expect(mailsTo(o.handler)).toEqual([]);
    expect(mailsTo({ email: team }).map((m) => m.subject)).toEqual([
      'Weerbaar: Spoed – nieuwe melding van agressie of geweld',
    ]);
    // The job payloads name no address.
    const jobs = await t.deps.db
      .selectFrom('job')
      .select('payload')
      .where('queue', 'in', ['mail.deliver', 'notifications.fan-out'])
      .execute();
    expect(JSON.stringify(jobs)).not.toContain('@');
  });
});
