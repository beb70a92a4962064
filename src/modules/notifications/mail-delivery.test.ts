import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { fileReport } from '../incidents/test-helpers';
import { MAIL_MAX_ATTEMPTS } from './jobs/queues';

/**
 * A real SMTP server that refuses the DATA of the first `refuse` messages (451, try later)
 * and then accepts, counting what it received.
 */
async function flakySmtp(refuse: number) {
  const received: string[] = [];
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        if (refused < refuse) {
          refused++;
          const error = Object.assign(new Error('Probeer het later nog eens'), {
            responseCode: 451,
          });
          callback(error);
          return;
        }
        received.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refusals: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The delivery jobs of an organisation's notifications, as the status page counts them. */
async function deliveryJobs(t: TestApp, orgId: string) {
  const rows = await t.deps.db
    .selectFrom('job')
    .select(['id', 'attempts', 'done_at', 'failed_at', 'last_error', 'payload'])
    .where('queue', '=', 'mail.deliver')
    .execute();
  return rows.filter((r) => (r.payload as { organisationId?: string }).organisationId === orgId);
}

/** Make the retry due now instead of after its backoff, and run the queue. */
async function retryNow(t: TestApp) {
  await t.deps.db
    .updateTable('job')
    .set({ run_at: new Date(Date.now() - 1000) })
    .where('queue', '=', 'mail.deliver')
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .execute();
  await t.deps.jobs.drain();
}

describe('mail delivery against a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof flakySmtp>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await flakySmtp(2);
    t = await buildTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('retries with backoff when the server refuses, then delivers once', async () => {
    const org = await buildOrganisation(t.deps.db);
    const reporter = await buildPerson(t.deps.db, org.id, ['reporter']);
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    await fileReport(t, org.id, reporter.headers);
    await t.deps.jobs.drain();
    const [first] = await deliveryJobs(t, org.id);
    expect(first).toMatchObject({ attempts: 1, done_at: null, failed_at: null });
    expect(first?.last_error).toContain('451');
    expect(first?.last_error).not.toContain(handler.email);
    expect(smtp.received).toEqual([]);
    await retryNow(t);
    expect(smtp.received).toEqual([]);
    await retryNow(t);
    expect(smtp.refusals()).toBe(2);
    expect(smtp.received).toEqual([handler.email]);
    const [done] = await deliveryJobs(t, org.id);
    expect(done).toMatchObject({ attempts: 3, failed_at: null });
    expect(done?.done_at).not.toBeNull();
  });
});

describe('a mail the server never accepts', () => {
  let smtp: Awaited<ReturnType<typeof flakySmtp>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await flakySmtp(Number.POSITIVE_INFINITY);
    t = await buildTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('ends dead after its attempts, where the status page lists it', async () => {
    const org = await buildOrganisation(t.deps.db);
    const reporter = await buildPerson(t.deps.db, org.id, ['reporter']);
    await buildPerson(t.deps.db, org.id, ['handler']);
    await fileReport(t, org.id, reporter.headers);
    await t.deps.jobs.drain();
    for (let i = 1; i < MAIL_MAX_ATTEMPTS; i++) await retryNow(t);
    const [dead] = await deliveryJobs(t, org.id);
    expect(dead).toMatchObject({ attempts: MAIL_MAX_ATTEMPTS, done_at: null });
    expect(dead?.failed_at).not.toBeNull();
    expect(smtp.received).toEqual([]);
  });
});
