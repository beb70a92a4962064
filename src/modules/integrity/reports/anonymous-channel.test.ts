import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../test/dump';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import {
  appWithTraceLog,
  buildIntegrityWorld,
  countRows,
  fileAnonymous,
  type IntegrityWorld,
  multipart,
  pdfBytes,
  reportIdOf,
} from '../test-helpers';
import { checkReceipt, LOOKUP_DIGITS } from './receipt';
import { loginWithReceipt } from './use-cases/receipt-session';

let t: TestApp;
let a: IntegrityWorld;
let b: IntegrityWorld;
beforeAll(async () => {
  t = await buildTestApp();
  a = await buildIntegrityWorld(t);
  b = await buildIntegrityWorld(t);
});
afterAll(async () => t?.close());

/** Each test logs in from its own address, so the login rate limit of one does not hit another. */
let addressSeq = 10;
const nextAddress = () => `198.51.100.${addressSeq++}`;

async function login(organisationCode: string, receipt: string, remoteAddress = nextAddress()) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/integrity/receipt/session',
    remoteAddress,
    payload: { organisationCode, receipt },
  });
}

const session = (token: string) => ({ 'x-receipt-session': token });

describe('anonymous reporting channel', () => {
  it('files a report without login, shows the receipt once and starts the 7-day clock', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrity/${a.org.code}/reports`,
      payload: {
        category: 'voting_personal_interest',
        subjectType: 'office_holder',
        summary: 'Stemde over eigen project',
        description: 'Het raadslid stemde over een project waarin hij zelf belang heeft.',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['set-cookie']).toBeUndefined();
    const body = res.json();
    expect(body.receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect(body.reference).toMatch(/^I-\d+$/);
    const row = await t.deps.db
      .selectFrom('integrity_report')
      .selectAll()
      .where('id', '=', await reportIdOf(t, body.reference))
      .executeTakeFirstOrThrow();
    expect(row.receipt_hash).toMatch(/^\$argon2id\$/);
    expect(row.receipt_lookup).not.toContain(
      body.receipt.replace(/ /g, '').slice(0, LOOKUP_DIGITS),
    );
    expect(row.reporter_ref).toBeNull();
    expect(row.acknowledgement_due_on).toBe(body.acknowledgementDueOn);
    const identity = await t.deps.db
      .selectFrom('integrity_reporter_identity')
      .selectAll()
      .where('report_id', '=', row.id)
      .execute();
    expect(identity).toEqual([]);
    // The integrity officers hear of it, without any content.
    await t.deps.jobs.drain();
    const mail = t.mails.find((m) => m.to.includes(a.officer.email));
    expect(mail?.subject).toBe('Weerbaar: nieuwe integriteitsmelding');
    expect(mail?.text).not.toContain('raadslid');
  });

  it('returns with the receipt, reads a question from the handler and answers it with a file', async () => {
    const filed = await fileAnonymous(t, a.org.code);
    const reportId = await reportIdOf(t, filed.reference);
    const question = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${a.org.id}/integrity/cases/${reportId}/messages`,
      headers: a.officer.headers,
      payload: { body: 'Weet u op welke datum de gunning plaatsvond?' },
    });
    expect(question.statusCode).toBe(200);

    const res = await login(a.org.code, ` ${filed.receipt.replace(/ /g, '-')} `);
    expect(res.statusCode).toBe(201);
    const token = res.json().sessionToken;
    const view = await t.app.inject({
      method: 'GET',
      url: '/api/v1/integrity/receipt/report',
      headers: session(token),
    });
    expect(view.statusCode).toBe(200);
    expect(view.json().messages.map((m: { body: string }) => m.body)).toEqual([
      'Weet u op welke datum de gunning plaatsvond?',
    ]);
    expect(view.json().clocks.acknowledgement.state).toBe('open');

    const m = multipart({ body: 'Op 3 maart; het besluit zit erbij.' }, [
      { field: 'attachments', name: 'besluit.pdf', data: pdfBytes('BESLUIT-3-MAART') },
    ]);
    const answer = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrity/receipt/messages/with-attachments',
      headers: { ...session(token), ...m.headers },
      payload: m.payload,
    });
    expect(answer.statusCode).toBe(201);
    expect(answer.json().attachments).toMatchObject([
      { fileName: 'besluit.pdf', mediaType: 'application/pdf', addedBy: 'reporter' },
    ]);

    const handlerView = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${a.org.id}/integrity/cases/${reportId}`,
      headers: a.officer.headers,
    });
    const detail = handlerView.json();
    expect(detail.messages.map((x: { authorRole: string }) => x.authorRole)).toEqual([
      'handler',
      'reporter',
    ]);
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${a.org.id}/integrity/cases/${reportId}/attachments/${detail.attachments[0].id}`,
      headers: a.officer.headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.rawPayload.toString()).toContain('BESLUIT-3-MAART');
  });

  it('refuses an oversized or unaccepted attachment and stores nothing of that message', async () => {
    const filed = await fileAnonymous(t, a.org.code);
    const before = await countRows(t, 'integrity_message', a.org.id);
    const big = multipart({ body: 'Met een groot bestand' }, [
      {
        field: 'attachments',
        name: 'groot.pdf',
        data: Buffer.concat([pdfBytes('x'), Buffer.alloc(10 * 1024 * 1024 + 1)]),
      },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrity/receipt/messages/with-attachments',
      headers: { ...session(filed.sessionToken), ...big.headers },
      payload: big.payload,
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([
      { field: 'body.attachments.0', message: 'bestand te groot' },
    ]);
    const exe = multipart({ body: 'Met een programma' }, [
      {
        field: 'attachments',
        name: 'bewijs.pdf',
        data: Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      },
    ]);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrity/receipt/messages/with-attachments',
      headers: { ...session(filed.sessionToken), ...exe.headers },
      payload: exe.payload,
    });
    expect(refused.statusCode).toBe(415);
    expect(await countRows(t, 'integrity_message', a.org.id)).toBe(before);
  });

  it('refuses a report with bad fields, naming them, and stores nothing', async () => {
    const before = await countRows(t, 'integrity_report', a.org.id);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrity/${a.org.code}/reports`,
      payload: {
        category: 'gossip',
        subjectType: 'office_holder',
        summary: 'x',
        description: 'kort',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.category', 'body.description', 'body.summary']);
    // Anything else, like a name or an e-mail address, is refused rather than stored.
    const extra = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrity/${a.org.code}/reports`,
      payload: {
        category: 'fraud',
        subjectType: 'unknown',
        summary: 'Fraude',
        description: 'Er wordt gefraudeerd met declaraties.',
        email: 'ik@example.org',
      },
    });
    expect(extra.statusCode).toBe(400);
    expect(await countRows(t, 'integrity_report', a.org.id)).toBe(before);
    const unknownOrg = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrity/NOPE999/reports',
      payload: {
        category: 'fraud',
        subjectType: 'unknown',
        summary: 'Fraude',
        description: 'Er wordt gefraudeerd met declaraties.',
      },
    });
    expect(unknownOrg.statusCode).toBe(404);
  });
});

describe('receipt login', () => {
  it('answers an unknown and a wrong receipt the same way, and a malformed one by its field', async () => {
    const filed = await fileAnonymous(t, a.org.code);
    const code = filed.receipt.replace(/ /g, '');
    const wrong = `${code.slice(0, 15)}${(Number(code[15]) + 1) % 10}`;
    const unknown = `${(Number(code[0]) + 1) % 10}${code.slice(1)}`;
    const responses = [
      await login(a.org.code, wrong),
      await login(a.org.code, unknown),
      await login('NOPE999', code),
    ];
    for (const res of responses) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(new Set(responses.map((r) => r.json().detail)).size).toBe(1);
    const malformed = await login(a.org.code, '1234');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toEqual([{ field: 'body.receipt', message: '16 cijfers' }]);
  });

  it('runs exactly one argon2id check whether the organisation, the receipt or only its end is wrong', async () => {
    const filed = await fileAnonymous(t, a.org.code);
    const code = filed.receipt.replace(/ /g, '');
    const calls: (string | null)[] = [];
    const counting: typeof checkReceipt = async (hash, candidate) => {
      calls.push(hash);
      return checkReceipt(hash, candidate);
    };
    const attempts = [
      { organisationCode: 'NOPE999', receipt: code },
      { organisationCode: a.org.code, receipt: `${(Number(code[0]) + 1) % 10}${code.slice(1)}` },
      {
        organisationCode: a.org.code,
        receipt: `${code.slice(0, 15)}${(Number(code[15]) + 1) % 10}`,
      },
    ];
    for (const attempt of attempts) {
      calls.length = 0;
      await expect(loginWithReceipt(t.deps, attempt, counting)).rejects.toMatchObject({
        code: 'invalid_credentials',
      });
      expect(calls).toHaveLength(1);
    }
    // The last attempt found the row (same lookup digits) and checked its real hash.
    expect(calls[0]).toMatch(/^\$argon2id\$/);
  });

  it('rate-limits guessing: the sixth attempt in a minute gets 429, even with the right code', async () => {
    const filed = await fileAnonymous(t, a.org.code);
    const address = nextAddress();
    for (let i = 0; i < 5; i++) {
      const res = await login(a.org.code, `${1000_0000_0000_0000 + i}`, address);
      expect(res.statusCode).toBe(401);
    }
    const blocked = await login(a.org.code, filed.receipt, address);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(blocked.json().code).toBe('rate_limited');
    // Another client is not affected.
    expect((await login(a.org.code, filed.receipt)).statusCode).toBe(201);
  });

  it('never lets a receipt of organisation A open anything of organisation B', async () => {
    const fromA = await fileAnonymous(t, a.org.code);
    const fromB = await fileAnonymous(t, b.org.code);
    expect((await login(b.org.code, fromA.receipt)).statusCode).toBe(401);
    const bId = await reportIdOf(t, fromB.reference);
    const m = multipart({ body: 'bijlage in B' }, [
      { field: 'attachments', name: 'b.pdf', data: pdfBytes('B-ONLY') },
    ]);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrity/receipt/messages/with-attachments',
      headers: { ...session(fromB.sessionToken), ...m.headers },
      payload: m.payload,
    });
    const bAttachment = await t.deps.db
      .selectFrom('integrity_attachment')
      .select('id')
      .where('report_id', '=', bId)
      .executeTakeFirstOrThrow();
    const tokenA = (await login(a.org.code, fromA.receipt)).json().sessionToken;
    const view = await t.app.inject({
      method: 'GET',
      url: '/api/v1/integrity/receipt/report',
      headers: session(tokenA),
    });
    expect(view.json().reference).toBe(fromA.reference);
    const cross = await t.app.inject({
      method: 'GET',
      url: `/api/v1/integrity/receipt/attachments/${bAttachment.id}`,
      headers: session(tokenA),
    });
    expect(cross.statusCode).toBe(404);
    // A token whose organisation part is changed to B's is simply unknown.
    const raw = Buffer.from(tokenA.slice(4), 'base64url');
    Buffer.from(b.org.id.replace(/-/g, ''), 'hex').copy(raw, 0);
    const forged = `wbr_${raw.toString('base64url')}`;
    const forgedView = await t.app.inject({
      method: 'GET',
      url: '/api/v1/integrity/receipt/report',
      headers: session(forged),
    });
    expect(forgedView.statusCode).toBe(401);
  });

  it('ends the session on logout; without a session every receipt route answers 401', async () => {
    const filed = await fileAnonymous(t, a.org.code);
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/integrity/receipt/session',
      headers: session(filed.sessionToken),
    });
    expect(out.statusCode).toBe(204);
    for (const [method, url] of [
      ['GET', '/api/v1/integrity/receipt/report'],
      ['POST', '/api/v1/integrity/receipt/messages'],
      ['GET', `/api/v1/integrity/receipt/attachments/${crypto.randomUUID()}`],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        headers: session(filed.sessionToken),
        payload: method === 'POST' ? { body: 'x' } : undefined,
      });
      expect(res.statusCode).toBe(401);
    }
  });
});

describe('nothing identifies an anonymous reporter', () => {
  it('stores no address, agent or cookie, audits an anonymous actor, and logs no address', async () => {
    const { app, lines } = await appWithTraceLog(t.deps);
    const headers = {
      'user-agent': 'Mozilla/5.0 SECRET-AGENT-7781',
      'x-forwarded-for': '203.0.113.77',
    };
    const filed = await app.inject({
      method: 'POST',
      url: `/api/v1/integrity/${a.org.code}/reports`,
      remoteAddress: '192.0.2.99',
      headers,
      payload: {
        category: 'fraud',
        subjectType: 'civil_servant',
        summary: 'Declaratiefraude',
        description: 'Een medewerker declareert reizen die niet gemaakt zijn.',
      },
    });
    expect(filed.statusCode).toBe(201);
    const { receipt, reference } = filed.json();
    const loggedIn = await app.inject({
      method: 'POST',
      url: '/api/v1/integrity/receipt/session',
      remoteAddress: '192.0.2.99',
      headers,
      payload: { organisationCode: a.org.code, receipt },
    });
    expect(loggedIn.statusCode).toBe(201);
    expect(loggedIn.headers['set-cookie']).toBeUndefined();
    await app.inject({
      method: 'POST',
      url: '/api/v1/integrity/receipt/messages',
      remoteAddress: '192.0.2.99',
      headers: { ...headers, ...session(loggedIn.json().sessionToken) },
      payload: { body: 'Nog een aanvulling.' },
    });
    await app.close();

    const reportId = await reportIdOf(t, reference);
    const events = await t.deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('organisation_id', '=', a.org.id)
      .where('object_id', '=', reportId)
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'integrity.report.file',
      'integrity.receipt.login',
      'integrity.message.reporter',
    ]);
    for (const e of events) {
      expect(e).toMatchObject({
        actor_type: 'anonymous',
        actor_id: null,
        origin: 'integrity-channel',
      });
    }
    const dump = await dumpDatabase(t.deps.db);
    for (const secret of [
      '192.0.2.99',
      '203.0.113.77',
      'SECRET-AGENT-7781',
      receipt,
      receipt.replace(/ /g, ''),
    ]) {
      expect(dump).not.toContain(secret);
    }
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [
      '192.0.2.99',
      '203.0.113.77',
      'SECRET-AGENT',
      receipt.replace(/ /g, ''),
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
