import { createHash } from 'node:crypto';
import net from 'node:net';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmtpListener } from '../../../platform/mail/smtp-listener';
import { dumpDatabase } from '../../../test/dump';
import { buildOrganisation, buildPerson, type TestPerson } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { MAX_EML_BYTES } from '../files/eml';
import { expireDrafts } from '../jobs/drafts';
import { emlBytes } from '../test-fixtures';
import { countRows, multipart, validReport } from '../test-helpers';
import { intakeAddressOf } from './intake-address';
import { startMailIntake } from './smtp-intake';
import { forwardAsAttachment, forwardInline, plainMail } from './test-mails';

const DOMAIN = 'intake.test';
const SECRET_SUBJECT = 'Geheim-onderwerp-X9Q wij weten waar u woont';
const SECRET_BODY = 'Geheime-tekst-P4L: pas maar op.';

let t: TestApp;
let smtp: SmtpListener;
let orgId: string;
let address: string;
let member: TestPerson;
let stranger: TestPerson;

beforeAll(async () => {
  t = await buildTestApp({ SMTP_INTAKE_PORT: '0', SMTP_INTAKE_DOMAIN: DOMAIN });
  smtp = (await startMailIntake(t.deps))!;
  const org = await buildOrganisation(t.deps.db);
  orgId = org.id;
  address = intakeAddressOf(org.code, DOMAIN)!;
  member = await buildPerson(t.deps.db, orgId, ['reporter']);
  const other = await buildOrganisation(t.deps.db);
  stranger = await buildPerson(t.deps.db, other.id, ['reporter']);
  const admin = await buildPerson(t.deps.db, orgId, ['org_admin']);
  const res = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/orgs/${orgId}/incident-settings`,
    headers: admin.headers,
    payload: {
      firstContactWorkingDays: 2,
      aftercareSchedule: [{ unit: 'days', amount: 7 }],
      retentionMonths: 24,
      retentionAction: 'anonymise',
      emailIntakeEnabled: true,
      organisationAddress: null,
    },
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().emailIntakeAddress).toBe(address);
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

/** Send raw bytes over real SMTP; the reply code, whether accepted or refused. */
async function send(raw: Buffer, from: string, to: string[] = [address]) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    ignoreTLS: true,
  });
  try {
    const info = await transport.sendMail({ envelope: { from, to }, raw });
    return { code: Number(info.response.slice(0, 3)), response: info.response };
  } catch (error) {
    const e = error as { responseCode?: number; response?: string };
    return { code: e.responseCode ?? 0, response: e.response ?? String(error) };
  } finally {
    transport.close();
  }
}

/** Speak SMTP line by line; the last reply line of each step, until the server hangs up. */
async function converse(commands: string[]): Promise<string[]> {
  const socket = net.connect(smtp.port, '127.0.0.1');
  const replies: string[] = [];
  let buffer = '';
  let waiting: (() => void) | null = null;
  socket.on('data', (chunk) => {
    buffer += chunk.toString();
    const last = buffer.split('\r\n').filter((l) => /^\d{3} /.test(l));
    if (last.length > 0) {
      replies.push(last[0]!);
      buffer = '';
      waiting?.();
    }
  });
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const next = () => Promise.race([new Promise<void>((resolve) => (waiting = resolve)), closed]);
  await next();
  for (const command of commands) {
    if (socket.destroyed) break;
    socket.write(`${command}\r\n`);
    await next();
  }
  socket.destroy();
  return replies;
}

const drafts = () =>
  t.deps.db.selectFrom('incident_draft').selectAll().where('organisation_id', '=', orgId).execute();
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const api = (path: string) => `/api/v1/orgs/${orgId}${path}`;

async function forwardOne(subject = SECRET_SUBJECT) {
  const raw = forwardAsAttachment(member.email, address, emlBytes(subject, SECRET_BODY));
  const before = new Set((await drafts()).map((d) => d.id));
  const result = await send(raw, member.email);
  expect(result.code, result.response).toBe(250);
  const made = (await drafts()).filter((d) => !before.has(d.id));
  expect(made).toHaveLength(1);
  return { raw, draft: made[0]! };
}

describe('forwarded mail over SMTP', () => {
  it("turns a member's forward into a private draft, pre-filled from the attached original", async () => {
    const { raw, draft } = await forwardOne();
    expect(draft.person_id).toBe(member.id);
    expect(draft.original_sha256).toBe(sha256(raw));
    expect(draft.original_size_bytes).toBe(raw.length);
    const res = await t.app.inject({
      method: 'GET',
      url: api(`/my-incident-drafts/${draft.id}`),
      headers: member.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      forwardFound: 'attachment',
      email: {
        senderAddress: 'boos@example.org',
        senderName: 'Boze Burger',
        subject: SECRET_SUBJECT,
        sentAt: '2026-11-24T20:14:00.000Z',
      },
      original: { sha256: sha256(raw), sizeBytes: raw.length },
    });
    expect(res.json().text).toContain(SECRET_BODY);
    const file = await t.app.inject({
      method: 'GET',
      url: api(`/my-incident-drafts/${draft.id}/original.eml`),
      headers: member.headers,
    });
    expect(file.rawPayload.equals(raw)).toBe(true);
    expect(file.headers['x-sha256']).toBe(sha256(raw));
  });

  it('keeps the message and the pre-filled fields encrypted at rest', async () => {
    const { draft } = await forwardOne();
    expect(draft.original_enc.includes(Buffer.from('Geheim-onderwerp-X9Q'))).toBe(false);
    const dump = await dumpDatabase(t.deps.db);
    for (const secret of ['Geheim-onderwerp-X9Q', 'Geheime-tekst-P4L', 'boos@example.org']) {
      expect(dump.includes(secret), secret).toBe(false);
    }
  });

  it('tells the person by mail, with a link and nothing of the message', async () => {
    const { draft } = await forwardOne();
    await t.deps.jobs.drain();
    const mail = t.mails.find((m) => m.text.includes(draft.id));
    expect(mail?.to).toEqual([member.email]);
    expect(mail?.text).toContain(`/meldingen/concept/${draft.id}`);
    for (const secret of ['Geheim', 'boos@example.org', 'Boze Burger']) {
      expect(mail?.raw.includes(secret), secret).toBe(false);
    }
  });

  it('reads an inline forward (Outlook, Dutch) and a mail without a forward', async () => {
    await send(
      forwardInline(member.email, address, 'Laatste waarschuwing', 'Wij komen.'),
      member.email,
    );
    await send(plainMail(member.email, address, 'FW: uitgescholden'), member.email);
    const list = await t.app.inject({
      method: 'GET',
      url: api('/my-incident-drafts'),
      headers: member.headers,
    });
    const byFound = Object.fromEntries(
      list.json().map((d: { forwardFound: string }) => [d.forwardFound, d]),
    );
    expect(byFound.inline.email).toMatchObject({
      senderAddress: 'boos@example.org',
      subject: 'Laatste waarschuwing',
      sentAt: '2026-11-24T20:14:00.000Z',
    });
    expect(byFound.none.email).toMatchObject({ senderAddress: null, subject: 'uitgescholden' });
  });

  it('refuses a sender who is no member of the organisation, before the data, and stores nothing', async () => {
    const before = await drafts();
    const raw = forwardAsAttachment(stranger.email, address);
    const result = await send(raw, stranger.email);
    expect(result.code).toBe(550);
    expect(result.response).toContain('5.7.1');
    // A member's address in the From header does not help an outsider's envelope.
    expect((await send(forwardAsAttachment(member.email, address), stranger.email)).code).toBe(550);
    expect(await drafts()).toHaveLength(before.length);
  });

  it('refuses a forged From header that differs from the envelope sender', async () => {
    const before = await drafts();
    const result = await send(forwardAsAttachment(stranger.email, address), member.email);
    expect(result.code).toBe(550);
    expect(await drafts()).toHaveLength(before.length);
  });

  it('refuses unknown recipients: no such organisation, intake off, another domain', async () => {
    const before = await drafts();
    const off = await buildOrganisation(t.deps.db);
    for (const to of [
      `meldingen+nietbestaand@${DOMAIN}`,
      intakeAddressOf(off.code, DOMAIN)!,
      address.replace(DOMAIN, 'elders.example'),
      `iemand@${DOMAIN}`,
    ]) {
      const result = await send(forwardAsAttachment(member.email, to), member.email, [to]);
      expect(result.code, to).toBe(550);
      expect(result.response).toContain('5.1.1');
    }
    expect(await drafts()).toHaveLength(before.length);
  });

  it('closes a connection that tries address after address', async () => {
    const replies = await converse([
      'EHLO test.example',
      `MAIL FROM:<${member.email}>`,
      ...['a', 'b', 'c', 'd'].map((x) => `RCPT TO:<meldingen+${x}@${DOMAIN}>`),
    ]);
    expect(replies.map((r) => r.slice(0, 3))).toEqual(['220', '250', '250', '550', '550', '421']);
  });

  it('refuses an oversized message with 552', async () => {
    const before = await drafts();
    const big = Buffer.concat([
      forwardAsAttachment(member.email, address),
      Buffer.from(`${'x'.repeat(998)}\r\n`.repeat(Math.ceil(MAX_EML_BYTES / 1000) + 10)),
    ]);
    const result = await send(big, member.email);
    expect(result.code).toBe(552);
    expect(await drafts()).toHaveLength(before.length);
  });

  it('refuses a message that is no e-mail at all with 554, and stores nothing', async () => {
    const before = await drafts();
    const result = await send(Buffer.from('\u0000\u0001 geen e-mail\r\n'), member.email);
    expect(result.code).toBe(554);
    expect(result.response).toContain('geen leesbaar e-mailbericht');
    expect(await drafts()).toHaveLength(before.length);
  });
});

describe('completing a draft', () => {
  const report = () =>
    validReport({
      channel: 'email',
      location: 'online',
      kinds: ['threat'],
      narrative: 'Dreigmail',
    });

  it('creates the report with the message as .eml evidence (same hash) and removes the draft', async () => {
    const { raw, draft } = await forwardOne();
    const res = await t.app.inject({
      method: 'POST',
      url: api(`/my-incident-drafts/${draft.id}/report`),
      headers: member.headers,
      payload: report(),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().attachments).toEqual([
      expect.objectContaining({ mediaType: 'message/rfc822', sha256: sha256(raw) }),
    ]);
    expect((await drafts()).some((d) => d.id === draft.id)).toBe(false);
    const mine = await t.app.inject({
      method: 'GET',
      url: api(`/my-incidents/${res.json().id}`),
      headers: member.headers,
    });
    expect(mine.json()).toMatchObject({
      source: 'mailbox',
      email: { senderAddress: 'boos@example.org', subject: SECRET_SUBJECT },
      attachments: [{ kind: 'email_original', sha256: sha256(raw) }],
    });
    const audits = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', orgId)
      .where('object_id', '=', draft.id)
      .execute();
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['incident.draft.receive', 'incident.draft.complete']),
    );
  });

  it('leaves the draft when the submit fails, and stores no report', async () => {
    const { draft } = await forwardOne();
    const incidents = await countRows(t, 'incident', orgId);
    const invalid = await t.app.inject({
      method: 'POST',
      url: api(`/my-incident-drafts/${draft.id}/report`),
      headers: member.headers,
      payload: { ...report(), occurredOn: '2999-01-01' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].field).toBe('body.occurredOn');
    const m = multipart({ report: JSON.stringify(report()) }, [
      { field: 'attachments', name: 'foto.png', data: Buffer.from('geen png') },
    ]);
    const badFile = await t.app.inject({
      method: 'POST',
      url: api(`/my-incident-drafts/${draft.id}/report`),
      headers: { ...member.headers, ...m.headers },
      payload: m.payload,
    });
    expect(badFile.statusCode).toBe(415);
    expect((await drafts()).some((d) => d.id === draft.id)).toBe(true);
    expect(await countRows(t, 'incident', orgId)).toBe(incidents);
  });

  it('makes one report when the same draft is completed twice at once', async () => {
    const { draft } = await forwardOne();
    const incidents = await countRows(t, 'incident', orgId);
    const submit = () =>
      t.app.inject({
        method: 'POST',
        url: api(`/my-incident-drafts/${draft.id}/report`),
        headers: member.headers,
        payload: report(),
      });
    const codes = (await Promise.all([submit(), submit()])).map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 404]);
    expect(await countRows(t, 'incident', orgId)).toBe(incidents + 1);
  });

  it('lets the person discard a draft', async () => {
    const { draft } = await forwardOne();
    const del = await t.app.inject({
      method: 'DELETE',
      url: api(`/my-incident-drafts/${draft.id}`),
      headers: member.headers,
    });
    expect(del.statusCode).toBe(204);
    expect((await drafts()).some((d) => d.id === draft.id)).toBe(false);
  });
});

describe('expiry', () => {
  it('deletes drafts nobody completed after their term, with an audit event each', async () => {
    const { draft } = await forwardOne();
    expect(await expireDrafts(t.deps, new Date())).toBe(0);
    const later = new Date(draft.expires_at.getTime() + 1000);
    expect(await expireDrafts(t.deps, later)).toBeGreaterThanOrEqual(1);
    expect(await drafts()).toEqual([]);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('object_id', '=', draft.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('incident.draft.expire');
  });
});
