import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { RESPONSE_BATCH_SIZE } from '../monitor.constants';
import {
  type MonitorFixture,
  monitorFixture,
  multipart,
  waveWithFrame,
} from '../monitor.test-support';
import { sendReminders } from './use-cases/send-invitations';

let t: TestApp;
let f: MonitorFixture;
let waveId: string;
const tokens = new Map<string, string>(); // e-mail -> token
const INVITEES = 14;

const answers = (i: number) => ({
  agressie_ervaren: i % 2 === 0 ? 'ja' : 'nee',
  ...(i % 2 === 0 ? { agressie_online: 'ja', melding_gedaan: 'nee' } : {}),
  vermoeden_integriteit: 'nee',
  bekend_gedragscode: 'ja',
  geslacht: i % 3 === 0 ? 'vrouw' : 'man',
});

beforeAll(async () => {
  t = await buildTestApp();
  f = await monitorFixture(t);
  waveId = await waveWithFrame(t, f);
  const lines = Array.from(
    { length: INVITEES },
    (_, i) => `persoon${i}@example.org;${i < 10 ? 'gm-raad' : 'pv-staten'}`,
  );
  const list = multipart(`\uFEFFemail;stratum\r\n${lines.join('\r\n')}\r\n`);
  const res = await t.app.inject({
    method: 'POST',
    url: `${f.base}/waves/${waveId}/invitations`,
    headers: { ...f.researcher.headers, ...list.headers },
    payload: list.payload,
  });
  expect(res.json()).toEqual({ invited: INVITEES });
  await t.app.inject({
    method: 'POST',
    url: `${f.base}/waves/${waveId}/status`,
    headers: f.researcher.headers,
    payload: { status: 'fielding' },
  });
  await t.deps.jobs.drain();
  for (const mail of t.mails) {
    const token = mail.text.match(/\/monitor\/vragenlijst\/(wbm_[A-Za-z0-9_-]+)/)?.[1];
    if (token) tokens.set(mail.to[0]!, token);
  }
});
afterAll(async () => t?.close());

const tokenOf = (i: number) => tokens.get(`persoon${i}@example.org`)!;

describe('invitations', () => {
  it('mails every invitee a single-use link, Dutch first', () => {
    expect(tokens.size).toBe(INVITEES);
    const mail = t.mails[0]!;
    expect(mail.subject).toMatch(/Monitor Integriteit en Veiligheid 2026/);
    expect(mail.text).toMatch(/anoniem/);
    expect(mail.text).toMatch(/A reminder|You are invited/);
  });

  it('refuses a broken invitee list with line and column and stores nothing', async () => {
    const before = await t.deps.db
      .selectFrom('monitor_invitation')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const list = multipart(
      'email,stratum\nnieuw@example.org,gm-raad\ngeen-adres,gm-raad\nander@example.org,ws-ab\n',
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves/${waveId}/invitations`,
      headers: { ...f.researcher.headers, ...list.headers },
      payload: list.payload,
    });
    expect(res.statusCode).toBe(400);
    expect(
      res.json().errors.map((e: { line: number; column: string }) => [e.line, e.column]),
    ).toEqual([
      [3, 'email'],
      [4, 'stratum'],
    ]);
    const after = await t.deps.db
      .selectFrom('monitor_invitation')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('shows the survey by token without login, and names each bad answer', async () => {
    const view = await t.app.inject({ method: 'GET', url: `/api/v1/survey/${tokenOf(0)}` });
    expect(view.statusCode).toBe(200);
    expect(view.json().questionnaire.questions[0].id).toBe('agressie_ervaren');
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/survey/${tokenOf(0)}`,
      payload: { answers: { agressie_ervaren: 'misschien', verzonnen: 'x' } },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().errors.map((e: { field: string }) => e.field);
    expect(fields.sort()).toEqual(['body.answers.agressie_ervaren', 'body.answers.verzonnen']);
    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/v1/survey/${tokenOf(0)}`,
      payload: { answers: {} },
    });
    expect(empty.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['body.answers.agressie_ervaren', 'body.answers.bekend_gedragscode']),
    );
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/survey/wbm_bestaatniet1234567890abcdefgh',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('takes answers once per token and keeps them waiting until a batch is full', async () => {
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/v1/survey/${tokenOf(0)}`,
      payload: { answers: answers(0) },
    });
    expect(first.statusCode).toBe(201);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/survey/${tokenOf(0)}`,
      payload: { answers: answers(0) },
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/survey/${tokenOf(0)}` })).json().reason,
    ).toBe('used');
    await t.deps.jobs.drain();
    const stored = await t.deps.db
      .selectFrom('monitor_response')
      .select('id')
      .where('wave_id', '=', waveId)
      .execute();
    expect(stored).toHaveLength(0);
  });

  it('shows response per stratum while the wave runs, before any batch is stored', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${f.base}/waves/${waveId}/response-rates`,
      headers: f.researcher.headers,
    });
    const body = res.json();
    const raad = body.strata.find((s: { code: string }) => s.code === 'gm-raad');
    expect(raad).toMatchObject({ invited: 10, answered: 1, rate: 0.1, storedResponses: 0 });
    expect(body).toMatchObject({ invited: INVITEES, answered: 1, waitingInBatch: 1 });
  });

  it('reminds only invitees who have not answered, a week after the last mail, at most twice', async () => {
    const day = 24 * 60 * 60 * 1000;
    const before = t.mails.length;
    expect(await sendReminders(t.deps, new Date(Date.now() + 3 * day))).toBe(0);
    expect(await sendReminders(t.deps, new Date(Date.now() + 8 * day))).toBe(INVITEES - 1);
    await new Promise((r) => setTimeout(r, 200));
    const reminded = t.mails.slice(before).map((m) => m.to[0]);
    expect(reminded).not.toContain('persoon0@example.org');
    expect(t.mails.slice(before)[0]!.subject).toMatch(/^Herinnering/);
    expect(await sendReminders(t.deps, new Date(Date.now() + 16 * day))).toBe(INVITEES - 1);
    expect(await sendReminders(t.deps, new Date(Date.now() + 30 * day))).toBe(0);
  });

  it('stores a full batch in random order with one date, then the rest when the wave closes', async () => {
    for (let i = 1; i < RESPONSE_BATCH_SIZE + 2; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/survey/${tokenOf(i)}`,
        payload: { answers: answers(i) },
      });
      expect(res.statusCode).toBe(201);
    }
    await t.deps.jobs.drain();
    const stored = await t.deps.db
      .selectFrom('monitor_response')
      .select(['received_on'])
      .where('wave_id', '=', waveId)
      .execute();
    expect(stored.length).toBeGreaterThanOrEqual(RESPONSE_BATCH_SIZE);
    expect(new Set(stored.map((s) => s.received_on)).size).toBe(1);
  });
});

describe('anonymity: nothing joins a response to an invitee', () => {
  it('has no column, key or time on responses that could lead to an invitation', async () => {
    const columns = await sql<{ column_name: string; data_type: string }>`
      select column_name, data_type from information_schema.columns
      where table_schema = 'public' and table_name = 'monitor_response' order by column_name`.execute(
      t.deps.db,
    );
    expect(columns.rows.map((c) => c.column_name).sort()).toEqual(
      [
        'answers',
        'gender',
        'id',
        'import_id',
        'indicator_values',
        'open_text_enc',
        'organisation_id',
        'received_on',
        'source',
        'stratum_id',
        'wave_id',
        'weight',
      ].sort(),
    );
    // No time finer than a day: the only temporal column is a date.
    const temporal = columns.rows.filter((c) => /time|date/i.test(c.data_type));
    expect(temporal).toEqual([{ column_name: 'received_on', data_type: 'date' }]);
    const keys = await sql<{ source: string; target: string }>`
      select conrelid::regclass::text as source, confrelid::regclass::text as target
      from pg_constraint where contype = 'f'
        and (conrelid::regclass::text in ('monitor_response', 'monitor_response_inbox', 'monitor_invitation')
          or confrelid::regclass::text in ('monitor_response', 'monitor_response_inbox', 'monitor_invitation'))`.execute(
      t.deps.db,
    );
    for (const k of keys.rows) {
      // Responses point only at the wave, the stratum and an import; nothing points at them or at invitations.
      expect(k.target).not.toBe('monitor_invitation');
      expect(k.target).not.toBe('monitor_response');
      if (k.source === 'monitor_response')
        expect(['monitor_wave', 'monitor_stratum', 'monitor_import']).toContain(k.target);
    }
    const inbox = await sql<{ column_name: string }>`
      select column_name from information_schema.columns where table_name = 'monitor_response_inbox'`.execute(
      t.deps.db,
    );
    expect(inbox.rows.map((c) => c.column_name)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/invit|token|email|time|_at$/)]),
    );
  });

  it('keeps invitation ids, token hashes and person data out of responses, audit entries and jobs', async () => {
    const invitations = await t.deps.db
      .selectFrom('monitor_invitation')
      .select(['id', 'token_hash'])
      .where('wave_id', '=', waveId)
      .execute();
    const responses = await t.deps.db
      .selectFrom('monitor_response')
      .selectAll()
      .where('wave_id', '=', waveId)
      .execute();
    const responseText = JSON.stringify(responses);
    const audit = JSON.stringify(
      await t.deps.db
        .selectFrom('audit_event')
        .selectAll()
        .where('organisation_id', '=', f.org.id)
        .execute(),
    );
    const jobs = JSON.stringify(
      await t.deps.db.selectFrom('job').select(['payload', 'singleton_key']).execute(),
    );
    for (const inv of invitations) {
      for (const haystack of [responseText, audit, jobs]) {
        expect(haystack).not.toContain(inv.id);
        expect(haystack).not.toContain(inv.token_hash);
      }
    }
    for (const r of responses) expect(audit).not.toContain(r.id);
    expect(responseText).not.toMatch(/@example\.org|persoon\d/);
  });

  it('leaves no storage order: a batch and all invitations share one transaction id', async () => {
    const responseXmins = await sql<{ xmin: string }>`
      select distinct xmin::text as xmin from monitor_response where wave_id = ${waveId}`.execute(
      t.deps.db,
    );
    expect(responseXmins.rows).toHaveLength(1);
    const invitationXmins = await sql<{ xmin: string }>`
      select distinct xmin::text as xmin from monitor_invitation where wave_id = ${waveId}`.execute(
      t.deps.db,
    );
    expect(invitationXmins.rows).toHaveLength(1);
    expect(invitationXmins.rows[0]!.xmin).toBe(responseXmins.rows[0]!.xmin);
  });

  it('stores the remaining answers and erases addresses and tokens when the wave closes', async () => {
    const last = await t.app.inject({
      method: 'POST',
      url: `/api/v1/survey/${tokenOf(12)}`,
      payload: { answers: answers(12) },
    });
    expect(last.statusCode).toBe(201);
    await t.deps.jobs.drain(); // one answer is not a batch: it keeps waiting
    const waiting = await t.deps.db
      .selectFrom('monitor_response_inbox')
      .select('id')
      .where('wave_id', '=', waveId)
      .execute();
    expect(waiting.length).toBeGreaterThan(0);
    const close = await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves/${waveId}/status`,
      headers: f.researcher.headers,
      payload: { status: 'closed' },
    });
    expect(close.statusCode).toBe(200);
    const stored = await t.deps.db
      .selectFrom('monitor_response')
      .select('id')
      .where('wave_id', '=', waveId)
      .execute();
    expect(stored).toHaveLength(RESPONSE_BATCH_SIZE + 3);
    const left = await t.deps.db
      .selectFrom('monitor_invitation')
      .select(['email_enc', 'token_enc'])
      .where('wave_id', '=', waveId)
      .where((eb) => eb.or([eb('email_enc', 'is not', null), eb('token_enc', 'is not', null)]))
      .execute();
    expect(left).toEqual([]);
    const closed = await t.app.inject({ method: 'GET', url: `/api/v1/survey/${tokenOf(13)}` });
    expect(closed.statusCode).toBe(409);
    const results = await t.app.inject({
      method: 'GET',
      url: `${f.base}/waves/${waveId}/results`,
      headers: f.researcher.headers,
    });
    expect(results.statusCode).toBe(200);
    // 13 respondents: every cell is under the minimum of 30 and suppressed.
    expect(results.json().estimates.indicators[0].overall).toMatchObject({
      suppressed: true,
      p: null,
    });
  });
});
