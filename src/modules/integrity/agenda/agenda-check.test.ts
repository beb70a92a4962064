import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../platform/time';
import { dumpDatabase } from '../../../test/dump';
import { buildPerson, type TestPerson } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { buildIntegrityWorld, countRows, type IntegrityWorld } from '../test-helpers';

let t: TestApp;
let w: IntegrityWorld;
let rina: TestPerson;
let wim: TestPerson;
const today = amsterdamDate(new Date());

const url = (path: string) => `/api/v1/orgs/${w.org.id}/integrity${path}`;
const send = (
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  headers: Record<string, string>,
  payload?: unknown,
) => t.app.inject({ method, url: url(path), headers, payload: payload as object });

const AGENDA_CSV = [
  'item,title,description',
  '1,Opening en vaststelling agenda,',
  '2,Subsidie Sportpark Noord 2027,Kleedkamers voor de stichting Sportpark-Noord.',
  '3,Gunning renovatie sporthal,"Gunning aan bouwbedrijf van Dijk, na aanbesteding."',
  '4,Zonnepark,Overeenkomst met Energie Utrecht coöperatie (geheim-agendapunt-Z7).',
  '5,Jubileum,Bijdrage aan de historische vereniging Oud-Utrecht.',
].join('\n');

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildIntegrityWorld(t);
  rina = await buildPerson(t.deps.db, w.org.id, ['reporter'], { displayName: 'Rina Raadslid' });
  wim = await buildPerson(t.deps.db, w.org.id, ['reporter'], { displayName: 'Wim Wethouder' });
  await send('PUT', `/office-holders/${rina.id}`, w.clerk.headers, {
    office: 'councillor',
    since: '2022-03-30',
  });
  await send('PUT', `/office-holders/${wim.id}`, w.clerk.headers, {
    office: 'alderman',
    since: '2022-06-01',
  });
  const declare = (p: TestPerson, body: object) =>
    send('POST', '/my-declarations', p.headers, body);
  await declare(rina, {
    kind: 'side_position',
    organisationName: 'Stichting Sportpark Noord',
    role: 'Bestuurslid',
    paid: false,
    startOn: '2021-01-01',
  });
  await declare(rina, {
    kind: 'financial_interest',
    organisationName: 'Bouwbedrijf Van Dijk B.V.',
    description: 'Aandelen',
    startOn: '2019-01-01',
  });
  await declare(rina, {
    kind: 'side_position',
    organisationName: 'Vereniging Oud-Utrecht',
    role: 'Penningmeester',
    paid: false,
    startOn: '2018-01-01',
    endOn: '2022-12-31',
  });
  await declare(wim, {
    kind: 'side_position',
    organisationName: 'Coöperatie Energie Utrecht U.A.',
    role: 'Commissaris',
    paid: true,
    startOn: '2020-01-01',
  });
});
afterAll(async () => t?.close());

describe('agenda conflict check', () => {
  let meetingId: string;

  it('imports a CSV agenda and flags the office holders with a declared interest, explaining every match', async () => {
    const res = await send('POST', '/meetings', w.clerk.headers, {
      title: 'Gemeenteraad december',
      meetsOn: addDays(today, 10),
      file: { format: 'csv', content: AGENDA_CSV },
    });
    expect(res.statusCode).toBe(201);
    const meeting = res.json();
    meetingId = meeting.id;
    expect(meeting).toMatchObject({ source: 'csv', items: 5, openMatches: 3 });
    const flagged = meeting.agenda.map(
      (i: { itemNo: string; matches: { holderName: string; declaredName: string }[] }) => [
        i.itemNo,
        i.matches.map((m) => `${m.holderName}: ${m.declaredName}`),
      ],
    );
    expect(flagged).toEqual([
      ['1', []],
      ['2', ['Rina Raadslid: Stichting Sportpark Noord']],
      ['3', ['Rina Raadslid: Bouwbedrijf Van Dijk B.V.']],
      ['4', ['Wim Wethouder: Coöperatie Energie Utrecht U.A.']],
      // Oud-Utrecht ended in 2022: no longer an interest.
      ['5', []],
    ]);
    const explanation = meeting.agenda[2].matches[0].explanation;
    expect(explanation).toContain(
      '"Bouwbedrijf Van Dijk B.V." (financieel belang van Rina Raadslid)',
    );
    expect(explanation).toContain('bouwbedrijf = bouwbedrijf, dijk = dijk');
    expect(explanation).toContain('Buiten beschouwing: van, bv');
  });

  it('names a broken row by its line and stores nothing', async () => {
    const before = await countRows(t, 'integrity_meeting', w.org.id);
    const items = await countRows(t, 'integrity_agenda_item', w.org.id);
    const broken = [
      'item,title,description',
      '1,Opening,',
      '2,,Titel vergeten',
      '3,Rondvraag,',
    ].join('\n');
    const res = await send('POST', '/meetings', w.clerk.headers, {
      title: 'Commissie',
      meetsOn: addDays(today, 3),
      file: { format: 'csv', content: broken },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([
      { field: 'body.file', message: 'Regel 3: de titel ontbreekt.' },
    ]);
    expect(res.json().lines).toEqual([3]);
    const json = await send('POST', '/meetings', w.clerk.headers, {
      title: 'Commissie',
      meetsOn: addDays(today, 3),
      file: {
        format: 'json',
        content: '[\n  {"item": "1", "title": "Opening"},\n  {"item": "2"}\n]',
      },
    });
    expect(json.json().errors[0].message).toBe('Regel 3: de titel ontbreekt.');
    const both = await send('POST', '/meetings', w.clerk.headers, {
      title: 'Commissie',
      meetsOn: today,
      items: [{ item: '1', title: 'x' }],
      file: { format: 'csv', content: 'a' },
    });
    expect(both.json().errors[0].field).toBe('body.file');
    const neither = await send('POST', '/meetings', w.clerk.headers, {
      title: 'Commissie',
      meetsOn: today,
    });
    expect(neither.json().errors[0].field).toBe('body.items');
    expect(await countRows(t, 'integrity_meeting', w.org.id)).toBe(before);
    expect(await countRows(t, 'integrity_agenda_item', w.org.id)).toBe(items);
  });

  it('takes items entered by hand or as JSON too', async () => {
    const manual = await send('POST', '/meetings', w.clerk.headers, {
      title: 'Commissie Ruimte',
      meetsOn: addDays(today, 5),
      items: [
        { item: '7', title: 'Zonnepanelen', description: 'Met Energie Utrecht (coöperatie).' },
      ],
    });
    expect(manual.json()).toMatchObject({ source: 'manual', openMatches: 1 });
    const json = await send('POST', '/meetings', w.clerk.headers, {
      title: 'Commissie Sport',
      meetsOn: addDays(today, 5),
      file: {
        format: 'json',
        content: JSON.stringify({ items: [{ item: 1, title: 'Sportpark Noord: onderhoud' }] }),
      },
    });
    expect(json.json()).toMatchObject({ source: 'json', openMatches: 1 });
  });

  it('mails the flagged office holders before the meeting, once', async () => {
    const res = await send('POST', `/meetings/${meetingId}/notifications`, w.clerk.headers);
    expect(res.statusCode).toBe(202);
    const sent = t.mails.length;
    await t.deps.jobs.drain();
    const mails = t.mails.slice(sent).filter((m) => m.subject.includes('Gemeenteraad december'));
    expect(mails.flatMap((m) => m.to).sort()).toEqual([rina.email, wim.email].sort());
    expect(mails.find((m) => m.to.includes(rina.email))?.text).toContain('staan 2 punten');
    const meeting = (await send('GET', `/meetings/${meetingId}`, w.clerk.headers)).json();
    expect(meeting.notifiedAt).not.toBeNull();
    await send('POST', `/meetings/${meetingId}/notifications`, w.clerk.headers);
    const again = t.mails.length;
    await t.deps.jobs.drain();
    expect(t.mails.slice(again).filter((m) => m.subject.includes('Gemeenteraad december'))).toEqual(
      [],
    );
    const past = await send('POST', '/meetings', w.clerk.headers, {
      title: 'Vorige raad',
      meetsOn: addDays(today, -3),
      items: [{ item: '1', title: 'Opening' }],
    });
    expect(
      (await send('POST', `/meetings/${past.json().id}/notifications`, w.clerk.headers)).statusCode,
    ).toBe(409);
  });

  it('records what the office holder decided: abstain, or take part with a motivation', async () => {
    const conflicts = (await send('GET', '/my-conflicts', rina.headers)).json();
    const inMeeting = conflicts.filter(
      (c: { meetingTitle: string }) => c.meetingTitle === 'Gemeenteraad december',
    );
    expect(inMeeting).toHaveLength(2);
    const [first, second] = inMeeting;
    const unmotivated = await send('PUT', `/my-conflicts/${first.id}`, rina.headers, {
      decision: 'participate',
    });
    expect(unmotivated.statusCode).toBe(400);
    expect(unmotivated.json().errors[0].field).toBe('body.motivation');
    expect(
      (await send('PUT', `/my-conflicts/${first.id}`, rina.headers, { decision: 'abstain' }))
        .statusCode,
    ).toBe(200);
    const motivated = await send('PUT', `/my-conflicts/${second.id}`, rina.headers, {
      decision: 'participate',
      motivation: 'Mijn aandelenbelang is verkocht; notarisakte bij de griffie (motivatie-K3).',
    });
    expect(motivated.statusCode).toBe(200);
    expect(
      (await send('PUT', `/my-conflicts/${first.id}`, wim.headers, { decision: 'abstain' }))
        .statusCode,
    ).toBe(404);
    const meeting = (await send('GET', `/meetings/${meetingId}`, w.clerk.headers)).json();
    const decisions = meeting.agenda.flatMap(
      (i: { matches: { decision: string | null; motivation: string | null }[] }) =>
        i.matches.map((m) => [m.decision, m.motivation]),
    );
    expect(decisions).toContainEqual(['abstain', null]);
    expect(decisions).toContainEqual([
      'participate',
      'Mijn aandelenbelang is verkocht; notarisakte bij de griffie (motivatie-K3).',
    ]);
  });

  it('lets the clerk dismiss a match that is no conflict; the agenda text and motivations are encrypted', async () => {
    const meeting = (await send('GET', `/meetings/${meetingId}`, w.clerk.headers)).json();
    const wimMatch = meeting.agenda[3].matches[0];
    const res = await send(
      'PUT',
      `/meetings/${meetingId}/matches/${wimMatch.id}`,
      w.clerk.headers,
      { status: 'dismissed' },
    );
    expect(res.json().openMatches).toBe(2);
    expect(
      (await send('GET', '/my-conflicts', wim.headers))
        .json()
        .filter((c: { meetingTitle: string }) => c.meetingTitle === 'Gemeenteraad december'),
    ).toEqual([]);
    const dump = await dumpDatabase(t.deps.db);
    expect(dump).not.toContain('geheim-agendapunt-Z7');
    expect(dump).not.toContain('motivatie-K3');
    // The clerk's pages are the clerk's: an office holder or an integrity officer gets 404.
    expect((await send('GET', `/meetings/${meetingId}`, rina.headers)).statusCode).toBe(404);
    expect((await send('GET', '/meetings', w.officer.headers)).statusCode).toBe(404);
  });
});
