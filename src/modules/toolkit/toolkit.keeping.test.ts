import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/time';
import { unscopedContext } from '../../platform/use-case';
import { buildOrganisation, buildPerson, buildPlatformAdmin } from '../../test/factories';
import { fillAndSubmit, publishedVersion, start } from '../questionnaires/test-support';
import { OWN_TRAINING, toolkitTestApp } from './test-support';
import { remindTrainings } from './use-cases/remind-training';
import { DEFAULT_REQUIRED_TRAINING_SLUG as REQUIRED_TRAINING_SLUG } from './use-cases/required-training';

const h = toolkitTestApp();
const call = h.call;

type Headers = Record<string, string>;

async function organisation() {
  const org = await buildOrganisation(h.t.deps.db);
  return {
    org,
    reporter: await buildPerson(h.t.deps.db, org.id, ['reporter']),
    handler: await buildPerson(h.t.deps.db, org.id, ['handler', 'reporter']),
    admin: await buildPerson(h.t.deps.db, org.id, ['org_admin']),
    base: `/api/v1/orgs/${org.id}/toolkit`,
  };
}

const NORM = {
  body: '## Melden hoort en helpt\n\nWij accepteren geen agressie tegen raadsleden en medewerkers.',
  published: true,
  adoptedOn: '2026-11-15',
};

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const SESSION = {
  startsAt: hoursFromNow(20),
  endsAt: hoursFromNow(23),
  place: 'Stadskantoor, zaal 2',
  onlineUrl: null,
  capacity: 2,
};

describe('the organisation’s norm', () => {
  it('is edited by the org admin and public once published, and only then', async () => {
    const o = await organisation();
    const draft = await call('GET', `${o.base}/norm`, o.admin.headers);
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ published: false, adoptedOn: null });
    expect(draft.json().body).toContain('melden hoort en helpt');
    const pub = `/api/v1/public/${o.org.code}/norm`;
    expect((await call('GET', pub)).statusCode).toBe(404);

    const saved = await call('PUT', `${o.base}/norm`, o.admin.headers, {
      ...NORM,
      published: false,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await call('GET', pub)).statusCode).toBe(404);

    const published = await call('PUT', `${o.base}/norm`, o.admin.headers, NORM);
    expect(published.json()).toMatchObject({ published: true, publicPath: `/norm/${o.org.code}` });
    const page = await call('GET', pub);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toEqual({
      organisation: { code: o.org.code, name: o.org.name },
      body: NORM.body,
      adoptedOn: '2026-11-15',
    });
    expect((await call('GET', '/api/v1/public/ZZ9999/norm')).statusCode).toBe(404);
  });

  it('refuses a reporter, another organisation’s admin, an anonymous visitor and a bad body', async () => {
    const o = await organisation();
    const other = await organisation();
    expect((await call('PUT', `${o.base}/norm`, o.reporter.headers, NORM)).statusCode).toBe(404);
    expect((await call('GET', `${o.base}/norm`, o.reporter.headers)).statusCode).toBe(404);
    expect((await call('PUT', `${o.base}/norm`, other.admin.headers, NORM)).statusCode).toBe(404);
    expect((await call('PUT', `${o.base}/norm`, {}, NORM)).statusCode).toBe(401);
    const bad = await call('PUT', `${o.base}/norm`, o.admin.headers, {
      ...NORM,
      adoptedOn: 'gisteren',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.json())).toContain('adoptedOn');
    // Another organisation's norm stays its own.
    await call('PUT', `${o.base}/norm`, o.admin.headers, NORM);
    expect((await call('GET', `${other.base}/norm`, other.admin.headers)).json().published).toBe(
      false,
    );
  });
});

describe('keeping toolkit items', () => {
  it('lets the org admin edit and delete the organisation’s own items only', async () => {
    const o = await organisation();
    const other = await organisation();
    const created = await call('POST', `${o.base}/items`, o.admin.headers, OWN_TRAINING);
    const { slug } = created.json();
    const changed = { ...OWN_TRAINING, title: 'Weerbaar aan de balie en de telefoon' };
    expect(
      (await call('PUT', `${o.base}/items/${slug}`, o.reporter.headers, changed)).statusCode,
    ).toBe(404);
    expect(
      (await call('PUT', `${other.base}/items/${slug}`, other.admin.headers, changed)).statusCode,
    ).toBe(404);
    expect((await call('PUT', `${o.base}/items/${slug}`, {}, changed)).statusCode).toBe(401);

    const res = await call('PUT', `${o.base}/items/${slug}`, o.admin.headers, changed);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ slug, title: changed.title });
    const page = await call('GET', `${o.base}/items/${slug}`, o.admin.headers);
    expect(page.json()).toMatchObject({ title: changed.title, editable: true });

    // National items: the org admin may not change them, a platform admin may.
    const national = await call('GET', `${o.base}/items/vog-aanvragen`, o.admin.headers);
    expect(national.json().editable).toBe(false);
    const nationalBody = {
      ...OWN_TRAINING,
      kind: 'step_plan',
      title: 'VOG aanvragen (bijgewerkt)',
    };
    expect(
      (await call('PUT', `${o.base}/items/vog-aanvragen`, o.admin.headers, nationalBody))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('DELETE', `${o.base}/items/vog-aanvragen`, o.admin.headers)).statusCode,
    ).toBe(403);
    const platform = await buildPlatformAdmin(h.t.deps.db, o.org.id, ['org_admin']);
    const byPlatform = await call('PUT', `${o.base}/items/riec-convenant`, platform.headers, {
      ...nationalBody,
      title: 'Het RIEC-convenant toepassen',
    });
    expect(byPlatform.statusCode, byPlatform.body).toBe(200);

    expect(
      (await call('DELETE', `${other.base}/items/${slug}`, other.admin.headers)).statusCode,
    ).toBe(404);
    expect((await call('DELETE', `${o.base}/items/${slug}`, o.admin.headers)).statusCode).toBe(204);
    expect((await call('GET', `${o.base}/items/${slug}`, o.admin.headers)).statusCode).toBe(404);
  });
});

describe('slugs', () => {
  it('never gives an item a slug that is a page of its own', async () => {
    const o = await organisation();
    const res = await call('POST', `${o.base}/items`, o.admin.headers, {
      ...OWN_TRAINING,
      title: 'Norm',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().slug).toBe('norm-2');
  });
});

describe('sessions and attendance', () => {
  it('lets the org admin plan and change a session that only the organisation sees', async () => {
    const o = await organisation();
    const other = await organisation();
    const url = `${o.base}/items/${REQUIRED_TRAINING_SLUG}/sessions`;
    expect((await call('POST', url, o.reporter.headers, SESSION)).statusCode).toBe(404);
    expect(
      (
        await call(
          'POST',
          `${other.base}/items/vog-aanvragen/sessions`,
          other.admin.headers,
          SESSION,
        )
      ).statusCode,
    ).toBe(409);
    const bad = await call('POST', url, o.admin.headers, { ...SESSION, endsAt: SESSION.startsAt });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('endsAt');
    const national = await call('POST', url, o.admin.headers, { ...SESSION, national: true });
    expect(national.statusCode).toBe(403);

    const created = await call('POST', url, o.admin.headers, SESSION);
    expect(created.statusCode, created.body).toBe(201);
    const session = created.json();
    expect(session).toMatchObject({ capacity: 2, national: false, place: SESSION.place });

    const sessionsIn = async (base: string, headers: Headers) =>
      (await call('GET', `${base}/items/${REQUIRED_TRAINING_SLUG}`, headers))
        .json()
        .sessions.map((s: { id: string }) => s.id);
    expect(await sessionsIn(o.base, o.reporter.headers)).toContain(session.id);
    expect(await sessionsIn(other.base, other.reporter.headers)).not.toContain(session.id);
    const signupOther = await call(
      'POST',
      `${other.base}/sessions/${session.id}/signups`,
      other.reporter.headers,
    );
    expect(signupOther.statusCode).toBe(404);

    const edit = `${o.base}/sessions/${session.id}`;
    expect((await call('PUT', edit, other.admin.headers, SESSION)).statusCode).toBe(404);
    expect((await call('PUT', edit, o.handler.headers, SESSION)).statusCode).toBe(404);
    await call('POST', `${o.base}/sessions/${session.id}/signups`, o.reporter.headers);
    await call('POST', `${o.base}/sessions/${session.id}/signups`, o.handler.headers);
    const tooSmall = await call('PUT', edit, o.admin.headers, { ...SESSION, capacity: 1 });
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.json().errors[0].field).toContain('capacity');
    const online = {
      ...SESSION,
      place: null,
      onlineUrl: 'https://vergaderen.example.nl/balie',
      capacity: 5,
    };
    const changed = await call('PUT', edit, o.admin.headers, online);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      onlineUrl: online.onlineUrl,
      capacity: 5,
      placesLeft: 3,
    });
    // A national session is the platform's to change.
    const nationalId = (
      await call('GET', `${o.base}/items/${REQUIRED_TRAINING_SLUG}`, o.admin.headers)
    )
      .json()
      .sessions.find((s: { national: boolean }) => s.national).id;
    expect(
      (await call('PUT', `${o.base}/sessions/${nationalId}`, o.admin.headers, SESSION)).statusCode,
    ).toBe(403);
  });

  it('records attendance for the organisation’s own people and shows it in the overview', async () => {
    const o = await organisation();
    const other = await organisation();
    const clerk = await buildPerson(h.t.deps.db, o.org.id, ['clerk']);
    const councillor = await buildPerson(h.t.deps.db, o.org.id, ['reporter'], {
      displayName: 'Anna Raadslid',
    });
    const newcomer = await buildPerson(h.t.deps.db, o.org.id, ['reporter'], {
      displayName: 'Bram Nieuw',
    });
    const register = (personId: string, since: string) =>
      call('PUT', `/api/v1/orgs/${o.org.id}/integrity/office-holders/${personId}`, clerk.headers, {
        office: 'councillor',
        since,
      });
    expect((await register(councillor.id, '2026-01-10')).statusCode).toBe(200);
    // The day of the session (an hour after it began), when attendance is recorded.
    const sessionDay = fixedClock(new Date(Date.now() + 21 * 3_600_000));
    const today = sessionDay.now().toISOString().slice(0, 10);
    h.t.deps.clock = sessionDay;
    expect((await register(newcomer.id, today)).statusCode).toBe(200);
    // Signing up happens before the session begins.
    h.t.deps.clock = undefined;

    const session = (
      await call('POST', `${o.base}/items/${REQUIRED_TRAINING_SLUG}/sessions`, o.admin.headers, {
        ...SESSION,
        startsAt: hoursFromNow(20),
        endsAt: hoursFromNow(22),
      })
    ).json();
    await call('POST', `${o.base}/sessions/${session.id}/signups`, councillor.headers);
    await call('POST', `${other.base}/sessions/${session.id}/signups`, other.reporter.headers);
    // After the session has ended nobody can sign up for it any more.
    h.t.deps.clock = fixedClock(new Date(Date.now() + 23 * 3_600_000));
    const late = await call('POST', `${o.base}/sessions/${session.id}/signups`, newcomer.headers);
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('al voorbij');
    h.t.deps.clock = sessionDay;

    const list = `${o.base}/sessions/${session.id}/signups`;
    expect((await call('GET', list, o.reporter.headers)).statusCode).toBe(404);
    expect((await call('GET', list, other.admin.headers)).statusCode).toBe(404);
    const signups = await call('GET', list, o.handler.headers);
    expect(signups.statusCode, signups.body).toBe(200);
    expect(signups.json().signups).toMatchObject([{ name: 'Anna Raadslid', attended: false }]);
    const signupId = signups.json().signups[0].id;

    const mark = `${list}/${signupId}/attendance`;
    expect((await call('PUT', mark, o.reporter.headers, { attended: true })).statusCode).toBe(404);
    expect((await call('PUT', mark, other.admin.headers, { attended: true })).statusCode).toBe(404);
    expect((await call('PUT', mark, {}, { attended: true })).statusCode).toBe(401);
    const marked = await call('PUT', mark, o.handler.headers, { attended: true });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().attended).toBe(true);

    const overviewUrl = `${o.base}/training-overview`;
    expect((await call('GET', overviewUrl, o.handler.headers)).statusCode).toBe(404);
    expect((await call('GET', overviewUrl, other.admin.headers)).statusCode).toBe(404);
    const overview = await call('GET', overviewUrl, o.admin.headers);
    expect(overview.statusCode, overview.body).toBe(200);
    expect(overview.json()).toMatchObject({
      requiredTraining: { slug: REQUIRED_TRAINING_SLUG },
      withinMonths: 3,
    });
    const byName = (name: string) =>
      overview.json().people.find((p: { name: string }) => p.name === name);
    expect(byName('Anna Raadslid')).toMatchObject({
      office: 'councillor',
      requiredDone: true,
      overdue: false,
      trainings: [{ slug: REQUIRED_TRAINING_SLUG }],
    });
    expect(byName('Bram Nieuw')).toMatchObject({ requiredDone: false, overdue: false });

    // Three months and a bit later, the newcomer without the training is flagged.
    h.t.deps.clock = fixedClock(new Date(h.t.deps.clock.now().getTime() + 100 * 86_400_000));
    const later = await call('GET', overviewUrl, o.admin.headers);
    const bram = later.json().people.find((p: { name: string }) => p.name === 'Bram Nieuw');
    expect(bram).toMatchObject({ requiredDone: false, overdue: true });
  });

  it('refuses attendance before the session has begun', async () => {
    const o = await organisation();
    const session = (
      await call(
        'POST',
        `${o.base}/items/${REQUIRED_TRAINING_SLUG}/sessions`,
        o.admin.headers,
        SESSION,
      )
    ).json();
    await call('POST', `${o.base}/sessions/${session.id}/signups`, o.reporter.headers);
    const list = `${o.base}/sessions/${session.id}/signups`;
    const [signup] = (await call('GET', list, o.admin.headers)).json().signups;
    const res = await call('PUT', `${list}/${signup.id}/attendance`, o.admin.headers, {
      attended: true,
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('training reminder', () => {
  it('reminds each confirmed person once, a day before, through their notifications', async () => {
    const o = await organisation();
    const session = (
      await call('POST', `${o.base}/items/${REQUIRED_TRAINING_SLUG}/sessions`, o.admin.headers, {
        ...SESSION,
        startsAt: hoursFromNow(30),
        endsAt: hoursFromNow(32),
        capacity: 1,
      })
    ).json();
    await call('POST', `${o.base}/sessions/${session.id}/signups`, o.reporter.headers);
    await call('POST', `${o.base}/sessions/${session.id}/signups`, o.handler.headers); // waiting list

    const notifications = async (headers: Headers) =>
      (await call('GET', `/api/v1/orgs/${o.org.id}/notifications`, headers)).json().items as {
        eventType: string;
        objectId: string;
      }[];
    // Thirty hours before: too early (other tests' sessions may be reminded now).
    await remindTrainings(unscopedContext(h.t.deps));
    await h.t.deps.jobs.drain();
    expect(await notifications(o.reporter.headers)).toEqual([]);

    h.t.deps.clock = fixedClock(new Date(Date.now() + 8 * 3_600_000));
    expect(await remindTrainings(unscopedContext(h.t.deps))).toBeGreaterThanOrEqual(1);
    expect(await remindTrainings(unscopedContext(h.t.deps))).toBe(0);
    await h.t.deps.jobs.drain();
    expect(await notifications(o.reporter.headers)).toMatchObject([
      { eventType: 'training.reminder', objectId: REQUIRED_TRAINING_SLUG },
    ]);
    // Nobody else: not the person on the waiting list, not the admin.
    expect(await notifications(o.handler.headers)).toEqual([]);
    expect(await notifications(o.admin.headers)).toEqual([]);
  });
});

describe('scan advice', () => {
  it('names toolkit items by their title, not their key', async () => {
    const o = await organisation();
    const version = await publishedVersion(
      h.t,
      o.org.id,
      o.reporter.headers,
      'persoonlijke-weerbaarheidsscan',
    );
    const id = await start(h.t, o.org.id, o.reporter.headers, version.id);
    await fillAndSubmit(h.t, o.org.id, o.reporter.headers, id, version.definition);
    const res = await call(
      'GET',
      `/api/v1/orgs/${o.org.id}/responses/${id}/result`,
      o.reporter.headers,
    );
    expect(res.statusCode, res.body).toBe(200);
    const linked = (
      res.json().result.nextSteps as { toolkit: { key: string; title: string } | null }[]
    ).flatMap((a) => (a.toolkit ? [a.toolkit] : []));
    expect(linked.length).toBeGreaterThan(0);
    for (const item of linked) {
      const page = await call('GET', `${o.base}/items/${item.key}`, o.reporter.headers);
      expect(item.title).toBe(page.json().title);
    }
  });
});
