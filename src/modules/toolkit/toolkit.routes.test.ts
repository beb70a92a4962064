import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { escapeText, fold } from './calendar';
import { contributeToolkitDemo } from './toolkit.demo';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await contributeToolkitDemo(t.deps);
});
afterAll(async () => t?.close());

async function organisation() {
  const org = await buildOrganisation(t.deps.db);
  return {
    org,
    reporter: await buildPerson(t.deps.db, org.id, ['reporter']),
    admin: await buildPerson(t.deps.db, org.id, ['org_admin']),
    base: `/api/v1/orgs/${org.id}/toolkit`,
  };
}

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
const send = (
  method: 'POST' | 'PUT',
  url: string,
  headers: Record<string, string>,
  payload?: Record<string, unknown>,
) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

const OWN_ITEM = {
  kind: 'code_of_conduct',
  title: 'Gedragscode raad Testgemeente',
  summary: 'Onze eigen gedragscode, vastgesteld door de raad.',
  body: '## Artikel 1\n\nWij melden nevenfuncties.',
  source: 'Griffie Testgemeente',
  publishedOn: '2026-11-01',
  audiences: ['office_holder'],
  themes: ['integrity'],
};

describe('the toolkit catalogue', () => {
  it('lists national items, filters and finds by Dutch full-text search', async () => {
    const { reporter, base } = await organisation();
    const all = await get(`${base}/items`, reporter.headers);
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().length).toBeGreaterThanOrEqual(12);

    const found = await get(`${base}/items?q=bedreigingen`, reporter.headers);
    const titles = found.json().map((i: { title: string }) => i.title);
    expect(titles).toContain('Omgaan met intimidatie en bedreiging');
    expect(titles).not.toContain('Bibob-beleid in tien stappen');

    const bibob = await get(`${base}/items?theme=bibob&kind=guide`, reporter.headers);
    expect(bibob.json().map((i: { slug: string }) => i.slug)).toContain('bibob-modelbeleid');
    expect(bibob.json().every((i: { themes: string[] }) => i.themes.includes('bibob'))).toBe(true);

    const clerks = await get(`${base}/items?audience=clerk`, reporter.headers);
    expect(clerks.json().every((i: { audiences: string[] }) => i.audiences.includes('clerk'))).toBe(
      true,
    );

    const none = await get(`${base}/items?q=zzzonbekendwoord`, reporter.headers);
    expect(none.json()).toEqual([]);
    expect((await get(`${base}/items?colour=red`, reporter.headers)).statusCode).toBe(400);
  });

  it('shows an item page with its body and sessions', async () => {
    const { reporter, base } = await organisation();
    const res = await get(`${base}/items/omgaan-met-intimidatie-en-bedreiging`, reporter.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'training', national: true, hidden: false });
    expect(res.json().body).toContain('Grenzen stellen');
    expect(res.json().sessions).toHaveLength(2);
    expect(res.json().sessions[0]).toMatchObject({ capacity: 20, mySignup: null });
  });

  it('lets the org admin add an own item that another organisation does not see', async () => {
    const mine = await organisation();
    const other = await organisation();
    const denied = await send('POST', `${mine.base}/items`, mine.reporter.headers, OWN_ITEM);
    expect(denied.statusCode).toBe(404);

    const res = await send('POST', `${mine.base}/items`, mine.admin.headers, OWN_ITEM);
    expect(res.statusCode, res.body).toBe(201);
    const { slug } = res.json();
    expect(slug).toMatch(/^gedragscode-raad-testgemeente/);
    expect(res.json().national).toBe(false);

    expect((await get(`${mine.base}/items/${slug}`, mine.reporter.headers)).statusCode).toBe(200);
    expect((await get(`${other.base}/items/${slug}`, other.admin.headers)).statusCode).toBe(404);
    const hide = await send('PUT', `${other.base}/items/${slug}/visibility`, other.admin.headers, {
      hidden: true,
    });
    expect(hide.statusCode).toBe(404);
    // The other organisation's admin acting in this organisation's path: no membership, 404.
    const cross = await send('PUT', `${mine.base}/items/${slug}/visibility`, other.admin.headers, {
      hidden: true,
    });
    expect(cross.statusCode).toBe(404);

    const national = await send('POST', `${mine.base}/items`, mine.admin.headers, {
      ...OWN_ITEM,
      national: true,
    });
    expect(national.statusCode).toBe(403);
  });

  it('lets the org admin hide a national item from the organisation only', async () => {
    const mine = await organisation();
    const other = await organisation();
    const url = `${mine.base}/items/vog-aanvragen/visibility`;
    expect((await send('PUT', url, mine.reporter.headers, { hidden: true })).statusCode).toBe(404);
    const res = await send('PUT', url, mine.admin.headers, { hidden: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().hidden).toBe(true);

    const slugs = async (base: string, headers: Record<string, string>) =>
      (await get(`${base}/items`, headers)).json().map((i: { slug: string }) => i.slug);
    expect(await slugs(mine.base, mine.reporter.headers)).not.toContain('vog-aanvragen');
    expect(await slugs(mine.base, mine.admin.headers)).toContain('vog-aanvragen');
    expect(await slugs(other.base, other.reporter.headers)).toContain('vog-aanvragen');
    expect((await get(`${mine.base}/items/vog-aanvragen`, mine.reporter.headers)).statusCode).toBe(
      404,
    );

    await send('PUT', url, mine.admin.headers, { hidden: false });
    expect(await slugs(mine.base, mine.reporter.headers)).toContain('vog-aanvragen');
  });

  it('refuses anonymous visitors', async () => {
    const { base } = await organisation();
    expect((await get(`${base}/items`)).statusCode).toBe(401);
  });
});

describe('training sign-up', () => {
  it('confirms while places are left, then puts people on the waiting list', async () => {
    const { org, reporter, base } = await organisation();
    const item = await get(`${base}/items/omgaan-met-intimidatie-en-bedreiging`, reporter.headers);
    const small = item.json().sessions.find((s: { capacity: number }) => s.capacity === 1);
    const signup = (headers: Record<string, string>) =>
      send('POST', `${base}/sessions/${small.id}/signups`, headers);

    const first = await signup(reporter.headers);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'confirmed', position: null });
    expect((await signup(reporter.headers)).json().status).toBe('confirmed');

    const second = await buildPerson(t.deps.db, org.id, ['handler']);
    const third = await buildPerson(t.deps.db, org.id, ['clerk']);
    expect((await signup(second.headers)).json()).toMatchObject({ status: 'waiting', position: 1 });
    expect((await signup(third.headers)).json()).toMatchObject({ status: 'waiting', position: 2 });

    const after = await get(`${base}/items/omgaan-met-intimidatie-en-bedreiging`, third.headers);
    const session = after.json().sessions.find((s: { id: string }) => s.id === small.id);
    expect(session).toMatchObject({ placesLeft: 0, mySignup: 'waiting' });
  });

  it('gives a calendar invitation to who signed up, and to nobody else', async () => {
    const { org, reporter, base } = await organisation();
    const item = await get(`${base}/items/training-signalen-ondermijning`, reporter.headers);
    const session = item.json().sessions.find((s: { capacity: number }) => s.capacity === 20);
    const ics = `${base}/sessions/${session.id}/calendar.ics`;
    expect((await get(ics, reporter.headers)).statusCode).toBe(404);

    await send('POST', `${base}/sessions/${session.id}/signups`, reporter.headers);
    const res = await get(ics, reporter.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const text = res.body.replace(/\r\n /g, '');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('SUMMARY:Signalen van ondermijning herkennen');
    expect(text).toContain('LOCATION:Stadhuis Utrecht\\, Stadsplateau 1\\, Utrecht');
    const start = new Date(session.startsAt).toISOString().replace(/[-:]|\.\d{3}/g, '');
    expect(text).toContain(`DTSTART:${start}`);
    expect(text).toContain('/toolkit/training-signalen-ondermijning');
    for (const line of res.body.split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const other = await organisation();
    const cross = await get(`${base}/sessions/${session.id}/calendar.ics`, other.admin.headers);
    expect(cross.statusCode).toBe(404);
    const colleague = await buildPerson(t.deps.db, org.id, ['reporter']);
    expect((await get(ics, colleague.headers)).statusCode).toBe(404);
  });

  it('escapes and folds calendar text', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = fold(long).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const l of folded) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
  });
});
