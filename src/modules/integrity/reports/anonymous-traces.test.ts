import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../test/dump';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import {
  appWithTraceLog,
  buildIntegrityWorld,
  type IntegrityWorld,
  multipart,
  pdfBytes,
  reportIdOf,
  validContent,
} from '../test-helpers';

let t: TestApp;
let a: IntegrityWorld;
beforeAll(async () => {
  t = await buildTestApp();
  a = await buildIntegrityWorld(t);
});
afterAll(async () => t?.close());

const onTheMinute = (value: Date | string | null) =>
  value !== null && new Date(value).getTime() % 60_000 === 0;

describe('the anonymous channel leaves no trace of who or exactly when', () => {
  it('ignores a login cookie that comes along: the session is not touched', async () => {
    // A member files anonymously from a browser in which they are logged in.
    await sql`update session set last_seen_at = now() - interval '2 minutes'
      where person_id = ${a.reporter.id}`.execute(t.deps.db);
    const lastSeen = async () =>
      (
        await t.deps.db
          .selectFrom('session')
          .select('last_seen_at')
          .where('person_id', '=', a.reporter.id)
          .executeTakeFirstOrThrow()
      ).last_seen_at;
    const before = await lastSeen();
    const filed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrity/${a.org.code}/reports`,
      headers: a.reporter.headers,
      payload: validContent(),
    });
    expect(filed.statusCode).toBe(201);
    const channel = await t.app.inject({
      method: 'GET',
      url: `/api/v1/integrity/${a.org.code}/channel`,
      headers: a.reporter.headers,
    });
    expect(channel.statusCode).toBe(200);
    expect(await lastSeen()).toEqual(before);
  });

  it('stores the times of anonymous submissions, messages and files no finer than the minute', async () => {
    const form = multipart({ report: JSON.stringify(validContent()) }, [
      { field: 'attachments', name: 'besluit.pdf', data: pdfBytes('a') },
    ]);
    const filed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrity/${a.org.code}/reports/with-attachments`,
      headers: form.headers,
      payload: form.payload,
    });
    expect(filed.statusCode).toBe(201);
    const { reference, sessionToken } = filed.json();
    const answered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrity/receipt/messages',
      headers: { 'x-receipt-session': sessionToken },
      payload: { body: 'Nog een aanvulling.' },
    });
    expect(answered.statusCode).toBe(201);
    const reportId = await reportIdOf(t, reference);
    const db = t.deps.db;
    const report = await db
      .selectFrom('integrity_report')
      .select(['created_at', 'updated_at', 'received_at'])
      .where('id', '=', reportId)
      .executeTakeFirstOrThrow();
    const times = [
      report.created_at,
      report.updated_at,
      report.received_at,
      ...(await db
        .selectFrom('integrity_message')
        .select('created_at as at')
        .where('report_id', '=', reportId)
        .execute()),
      ...(await db
        .selectFrom('integrity_attachment')
        .select('created_at as at')
        .where('report_id', '=', reportId)
        .execute()),
      ...(await db
        .selectFrom('integrity_case_event')
        .select('at')
        .where('report_id', '=', reportId)
        .execute()),
      ...(await db
        .selectFrom('integrity_receipt_session')
        .select('expires_at as at')
        .where('report_id', '=', reportId)
        .execute()),
      ...(await db
        .selectFrom('audit_event')
        .select('at')
        .where('object_id', '=', reportId)
        .execute()),
    ].map((v) => (v !== null && typeof v === 'object' && 'at' in v ? v.at : v));
    expect(times.length).toBeGreaterThanOrEqual(9);
    expect(times.filter((v) => !onTheMinute(v))).toEqual([]);

    // The reporter still sees the conversation in the order it was written.
    const view = await t.app.inject({
      method: 'GET',
      url: '/api/v1/integrity/receipt/report',
      headers: { 'x-receipt-session': sessionToken },
    });
    expect(view.json().messages.map((m: { body: string }) => m.body)).toEqual([
      'Nog een aanvulling.',
    ]);
  });

  it('puts no address or user agent in the logs or the database, even with a cookie and a token', async () => {
    const { app, lines } = await appWithTraceLog(t.deps);
    const headers = {
      ...a.officer.headers,
      authorization: 'Bearer wbt_not-a-real-token',
      'user-agent': 'Mozilla/5.0 TRACE-AGENT-4412',
      'x-forwarded-for': '203.0.113.41',
    };
    const filed = await app.inject({
      method: 'POST',
      url: `/api/v1/integrity/${a.org.code}/reports`,
      remoteAddress: '192.0.2.41',
      headers,
      payload: validContent(),
    });
    expect(filed.statusCode).toBe(201);
    const refused = await app.inject({
      method: 'GET',
      url: '/api/v1/integrity/receipt/report',
      remoteAddress: '192.0.2.41',
      headers,
    });
    expect(refused.statusCode).toBe(401);
    await app.close();
    const log = lines.join('');
    expect(log).toContain('"route":"/api/v1/integrity/:organisationCode/reports"');
    const dump = await dumpDatabase(t.deps.db);
    for (const trace of ['192.0.2.41', '203.0.113.41', 'TRACE-AGENT-4412']) {
      expect(log).not.toContain(trace);
      expect(dump).not.toContain(trace);
    }
  });
});
