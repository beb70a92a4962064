import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/time';
import { unscopedContext } from '../../platform/use-case';
import {
  buildApiToken,
  buildOrganisation,
  buildPerson,
  buildPlatformAdmin,
  type TestPerson,
} from '../../test/factories';
import { toolkitTestApp } from './test-support';
import { remindTrainings } from './use-cases/remind-training';
import { DEFAULT_REQUIRED_TRAINING_SLUG as TRAINING } from './use-cases/required-training';

/*
 * What follows a sign-up: cancelling it (the waiting list moves up, also under concurrent
 * requests), more places moving people up, and calling a session off.
 */

const h = toolkitTestApp();
const call = h.call;

/** N people, typed as exactly N (so destructuring needs no checks). */
type Tuple<N extends number, R extends TestPerson[] = []> = R['length'] extends N
  ? R
  : Tuple<N, [TestPerson, ...R]>;

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const SESSION = {
  startsAt: hoursFromNow(48),
  endsAt: hoursFromNow(50),
  place: 'Stadskantoor, zaal 4',
  onlineUrl: null,
};

async function organisation() {
  const org = await buildOrganisation(h.t.deps.db);
  const base = `/api/v1/orgs/${org.id}/toolkit`;
  const admin = await buildPerson(h.t.deps.db, org.id, ['org_admin']);
  const people = <N extends number>(n: N) =>
    Promise.all(
      Array.from({ length: n }, () => buildPerson(h.t.deps.db, org.id, ['reporter'])),
    ) as Promise<Tuple<N>>;
  /** An own session of the national training, with this capacity. */
  const session = async (capacity: number, extra: Record<string, unknown> = {}) => {
    const res = await call('POST', `${base}/items/${TRAINING}/sessions`, admin.headers, {
      ...SESSION,
      capacity,
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  return { org, base, admin, people, session };
}

type Org = Awaited<ReturnType<typeof organisation>>;

const signUp = (o: Org, id: string, p: TestPerson) =>
  call('POST', `${o.base}/sessions/${id}/signups`, p.headers);
const cancel = (o: Org, id: string, p: TestPerson) =>
  call('DELETE', `${o.base}/sessions/${id}/signups/mine`, p.headers);

/** The person's own view of the session on the item page. */
async function mine(o: Org, id: string, p: TestPerson) {
  const res = await call('GET', `${o.base}/items/${TRAINING}`, p.headers);
  return res.json().sessions.find((s: { id: string }) => s.id === id) as {
    mySignup: string | null;
    myPosition: number | null;
    placesLeft: number;
    cancelled: boolean;
  };
}

async function notifications(orgId: string, p: TestPerson) {
  await h.t.deps.jobs.drain();
  const res = await call('GET', `/api/v1/orgs/${orgId}/notifications`, p.headers);
  return res.json().items as { eventType: string; objectId: string }[];
}

describe('cancelling a sign-up', () => {
  it('frees the place for the first on the waiting list, who is told; audited', async () => {
    const o = await organisation();
    const [anna, cor] = await o.people(2);
    const bram = await buildPerson(h.t.deps.db, o.org.id, ['clerk'], {
      displayName: 'Bram Wachtlijst',
    });
    const id = await o.session(1);
    await signUp(o, id, anna);
    await signUp(o, id, bram);
    await signUp(o, id, cor);
    expect(await mine(o, id, cor)).toMatchObject({ mySignup: 'waiting', myPosition: 2 });

    const res = await cancel(o, id, anna);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ movedUp: 1 });
    expect(await mine(o, id, anna)).toMatchObject({ mySignup: null });
    expect(await mine(o, id, bram)).toMatchObject({ mySignup: 'confirmed', myPosition: null });
    expect(await mine(o, id, cor)).toMatchObject({ mySignup: 'waiting', myPosition: 1 });

    expect(await notifications(o.org.id, bram)).toMatchObject([
      { eventType: 'training.promoted', objectId: TRAINING },
    ]);
    expect(await notifications(o.org.id, cor)).toEqual([]);
    expect(await notifications(o.org.id, anna)).toEqual([]);
    const mail = h.t.mails.find((m) => m.to.includes(bram.email));
    expect(mail?.subject).toBe('Weerbaar: u heeft een plaats in een training');
    expect(mail?.text).toContain(`/toolkit/${TRAINING}`);

    const actions = await h.t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', o.org.id)
      .where('action', 'in', ['training_signup.cancel', 'training_signup.promote'])
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual([
      'training_signup.cancel',
      'training_signup.promote',
    ]);
    // Someone with the database but not the keys: the notification rows hold only the kind
    // and the training's page, no name or place.
    const rows = await h.t.deps.db
      .selectFrom('notification')
      .selectAll()
      .where('organisation_id', '=', o.org.id)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain('Wachtlijst');
    expect(JSON.stringify(rows)).not.toContain('Stadskantoor');

    // Leaving the waiting list moves nobody up.
    expect((await cancel(o, id, cor)).json()).toEqual({ movedUp: 0 });
  });

  it('is refused once the session has begun, and for a called-off session', async () => {
    const o = await organisation();
    const [anna] = await o.people(1);
    const id = await o.session(2);
    await signUp(o, id, anna);
    h.t.deps.clock = fixedClock(new Date(Date.parse(SESSION.startsAt) + 60_000));
    const late = await cancel(o, id, anna);
    expect(late.statusCode).toBe(409);
    expect(late.headers['content-type']).toContain('application/problem+json');
    expect(late.json().detail).toContain('al begonnen');
    h.t.deps.clock = undefined;
    expect(await mine(o, id, anna)).toMatchObject({ mySignup: 'confirmed' });

    await call('DELETE', `${o.base}/sessions/${id}`, o.admin.headers);
    const off = await cancel(o, id, anna);
    expect(off.statusCode).toBe(409);
    expect(off.json().detail).toContain('geannuleerd');
  });

  it('refuses another organisation, an anonymous visitor, a token and who has no sign-up', async () => {
    const o = await organisation();
    const other = await organisation();
    const [anna, colleague] = await o.people(2);
    const id = await o.session(1);
    await signUp(o, id, anna);
    const url = `/sessions/${id}/signups/mine`;
    expect((await call('DELETE', `${o.base}${url}`)).statusCode).toBe(401);
    expect((await call('DELETE', `${o.base}${url}`, other.admin.headers)).statusCode).toBe(404);
    expect((await call('DELETE', `${other.base}${url}`, other.admin.headers)).statusCode).toBe(404);
    const token = await buildApiToken(h.t.deps.db, o.org.id, 'org_admin');
    expect((await call('DELETE', `${o.base}${url}`, token)).statusCode).toBe(404);
    const none = await cancel(o, id, colleague);
    expect(none.statusCode).toBe(404);
    expect(none.json().detail).toContain('Uw aanmelding');
    // Nobody's refused attempt touched Anna's place.
    expect(await mine(o, id, anna)).toMatchObject({ mySignup: 'confirmed' });
  });
});

describe('the waiting list under concurrent requests', () => {
  it('fills each freed place once when two confirmed people cancel at the same time', async () => {
    const o = await organisation();
    const [a, b, c, d, e] = await o.people(5);
    const id = await o.session(2);
    for (const p of [a, b, c, d, e]) await signUp(o, id, p);
    const results = await Promise.all([cancel(o, id, a), cancel(o, id, b)]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(results.reduce((n, r) => n + r.json().movedUp, 0)).toBe(2);
    expect(await mine(o, id, c)).toMatchObject({ mySignup: 'confirmed' });
    expect(await mine(o, id, d)).toMatchObject({ mySignup: 'confirmed' });
    expect(await mine(o, id, e)).toMatchObject({ mySignup: 'waiting', myPosition: 1 });
    const list = await call('GET', `${o.base}/sessions/${id}/signups`, o.admin.headers);
    const confirmed = list
      .json()
      .signups.filter((s: { status: string }) => s.status === 'confirmed');
    expect(confirmed).toHaveLength(2);
  });

  it('gives the freed place to the waiting list, not to who signs up at the same moment', async () => {
    const o = await organisation();
    const [a, b, c] = await o.people(3);
    const id = await o.session(1);
    await signUp(o, id, a);
    await signUp(o, id, b);
    const [cancelled, late] = await Promise.all([cancel(o, id, a), signUp(o, id, c)]);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(late.statusCode, late.body).toBe(201);
    expect(late.json().status).toBe('waiting');
    expect(await mine(o, id, b)).toMatchObject({ mySignup: 'confirmed' });
    expect(await mine(o, id, c)).toMatchObject({ mySignup: 'waiting', myPosition: 1 });
    expect((await mine(o, id, c)).placesLeft).toBe(0);
  });

  it('moves people up when the admin raises the capacity', async () => {
    const o = await organisation();
    const [a, b, c, d] = await o.people(4);
    const id = await o.session(1);
    for (const p of [a, b, c, d]) await signUp(o, id, p);
    const res = await call('PUT', `${o.base}/sessions/${id}`, o.admin.headers, {
      ...SESSION,
      capacity: 3,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ capacity: 3, placesLeft: 0 });
    expect(await mine(o, id, b)).toMatchObject({ mySignup: 'confirmed' });
    expect(await mine(o, id, c)).toMatchObject({ mySignup: 'confirmed' });
    expect(await mine(o, id, d)).toMatchObject({ mySignup: 'waiting', myPosition: 1 });
    expect((await notifications(o.org.id, c)).map((n) => n.eventType)).toEqual([
      'training.promoted',
    ]);
  });
});

describe('calling a session off', () => {
  it('deletes a session nobody signed up for', async () => {
    const o = await organisation();
    const id = await o.session(5);
    const res = await call('DELETE', `${o.base}/sessions/${id}`, o.admin.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ outcome: 'deleted', notified: 0 });
    const item = await call('GET', `${o.base}/items/${TRAINING}`, o.admin.headers);
    expect(item.json().sessions.map((s: { id: string }) => s.id)).not.toContain(id);
  });

  it('keeps a session with sign-ups as cancelled, tells everyone, takes no sign-ups and sends no reminder', async () => {
    const o = await organisation();
    const [anna, bram, late] = await o.people(3);
    const id = await o.session(1, { startsAt: hoursFromNow(30), endsAt: hoursFromNow(32) });
    await signUp(o, id, anna);
    await signUp(o, id, bram);

    const res = await call('DELETE', `${o.base}/sessions/${id}`, o.admin.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ outcome: 'cancelled', notified: 2 });
    for (const p of [anna, bram]) {
      expect(await notifications(o.org.id, p)).toMatchObject([
        { eventType: 'training.cancelled', objectId: TRAINING },
      ]);
    }
    expect(await notifications(o.org.id, o.admin)).toEqual([]);
    expect(await mine(o, id, anna)).toMatchObject({
      cancelled: true,
      mySignup: 'confirmed',
      placesLeft: 0,
    });
    // The sign-ups stay for the record.
    const list = await call('GET', `${o.base}/sessions/${id}/signups`, o.admin.headers);
    expect(list.json().signups).toHaveLength(2);
    expect(list.json().session.cancelled).toBe(true);

    const refused = await signUp(o, id, late);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('geannuleerd');
    expect((await call('DELETE', `${o.base}/sessions/${id}`, o.admin.headers)).statusCode).toBe(
      409,
    );
    const edit = await call('PUT', `${o.base}/sessions/${id}`, o.admin.headers, {
      ...SESSION,
      capacity: 5,
    });
    expect(edit.statusCode).toBe(409);

    // Eight hours on the session is within a day: no reminder for a cancelled one.
    h.t.deps.clock = fixedClock(new Date(Date.now() + 8 * 3_600_000));
    await remindTrainings(unscopedContext(h.t.deps));
    const types = (await notifications(o.org.id, anna)).map((n) => n.eventType);
    expect(types).not.toContain('training.reminder');
  });

  it('is refused to a reporter, another organisation, an anonymous visitor, and to an org admin for a national session', async () => {
    const o = await organisation();
    const other = await organisation();
    const [reporter] = await o.people(1);
    const id = await o.session(3);
    const url = `${o.base}/sessions/${id}`;
    expect((await call('DELETE', url)).statusCode).toBe(401);
    expect((await call('DELETE', url, reporter.headers)).statusCode).toBe(404);
    expect((await call('DELETE', url, other.admin.headers)).statusCode).toBe(404);
    expect(
      (await call('DELETE', `${other.base}/sessions/${id}`, other.admin.headers)).statusCode,
    ).toBe(404);
    const national = (await call('GET', `${o.base}/items/${TRAINING}`, o.admin.headers))
      .json()
      .sessions.find((s: { national: boolean }) => s.national).id;
    const forbidden = await call('DELETE', `${o.base}/sessions/${national}`, o.admin.headers);
    expect(forbidden.statusCode).toBe(403);
    // Still there after every refusal.
    const item = await call('GET', `${o.base}/items/${TRAINING}`, reporter.headers);
    const ids = item.json().sessions.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining([id, national]));

    h.t.deps.clock = fixedClock(new Date(Date.parse(SESSION.startsAt) + 60_000));
    const begun = await call('DELETE', url, o.admin.headers);
    expect(begun.statusCode).toBe(409);
    expect(begun.json().detail).toContain('al begonnen');
  });

  it('lets a platform admin open a national session and call it off for people of every organisation', async () => {
    const o = await organisation();
    const other = await organisation();
    const platform = await buildPlatformAdmin(h.t.deps.db, o.org.id, ['org_admin']);
    const created = await call('POST', `${o.base}/items/${TRAINING}/sessions`, platform.headers, {
      ...SESSION,
      capacity: 10,
      national: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().national).toBe(true);
    const id = created.json().id;
    const [here] = await o.people(1);
    const there = await buildPerson(h.t.deps.db, other.org.id, ['reporter']);
    expect((await signUp(o, id, here)).statusCode).toBe(201);
    expect((await signUp(other, id, there)).statusCode).toBe(201);
    // The other organisation's admin sees it but does not keep it.
    expect(
      (await call('DELETE', `${other.base}/sessions/${id}`, other.admin.headers)).statusCode,
    ).toBe(403);

    const res = await call('DELETE', `${o.base}/sessions/${id}`, platform.headers);
    expect(res.json()).toEqual({ outcome: 'cancelled', notified: 2 });
    expect((await notifications(o.org.id, here)).map((n) => n.eventType)).toEqual([
      'training.cancelled',
    ]);
    expect((await notifications(other.org.id, there)).map((n) => n.eventType)).toEqual([
      'training.cancelled',
    ]);
    expect(await mine(other, id, there)).toMatchObject({ cancelled: true });
  });
});
