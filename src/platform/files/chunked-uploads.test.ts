import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, validReport } from '../../modules/incidents/test-helpers';
import { validContent } from '../../modules/integrity/test-helpers';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { PNG_OVERHEAD, pngBytes } from '../../test/png';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { CHUNK_BYTES } from '../crypto/chunked';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ ANONYMOUS_UPLOAD_MAX: '1' });
});
afterAll(async () => t?.close());

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A PNG of `size` bytes: real structure, random body (incompressible, unlike zeros). */
const png = (size: number) => pngBytes(randomBytes(size - PNG_OVERHEAD));

async function world() {
  const org = await buildOrganisation(t.deps.db);
  const reporter = await buildPerson(t.deps.db, org.id, ['reporter']);
  const officer = await buildPerson(t.deps.db, org.id, ['integrity_officer']);
  return { org, reporter, officer, base: `/api/v1/orgs/${org.id}` };
}

async function fileWith(base: string, reporter: TestPerson, data: Buffer) {
  const body = multipart({ report: JSON.stringify(validReport()) }, [
    { field: 'attachments', name: 'groot.png', data },
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: `${base}/incidents/with-attachments`,
    headers: { ...reporter.headers, ...body.headers },
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; attachments: { id: string; sha256: string }[] };
}

const chunkCount = async (table: string, attachmentId: string) =>
  Number(
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(table)} where attachment_id = ${attachmentId}`.execute(
        t.deps.db,
      )
    ).rows[0]?.n,
  );

describe('chunked, encrypted file storage', () => {
  it('stores an evidence file in sealed 64 KiB chunks and reads it back identical', async () => {
    const { reporter, base } = await world();
    const data = png(5 * CHUNK_BYTES + 1234);
    const receipt = await fileWith(base, reporter, data);
    const attachment = receipt.attachments[0]!;
    expect(attachment.sha256).toBe(sha(data));
    expect(await chunkCount('incident_attachment_chunk', attachment.id)).toBe(6);
    const row = await t.deps.db
      .selectFrom('incident_attachment')
      .select(['content_enc', 'size_bytes'])
      .where('id', '=', attachment.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ content_enc: null, size_bytes: data.length });
    const chunks = await t.deps.db
      .selectFrom('incident_attachment_chunk')
      .select('sealed')
      .where('attachment_id', '=', attachment.id)
      .execute();
    // Encrypted: no chunk holds a run of the plaintext.
    const probe = data.subarray(CHUNK_BYTES, CHUNK_BYTES + 64);
    expect(chunks.some((c) => Buffer.from(c.sealed).includes(probe))).toBe(false);

    const file = await t.app.inject({
      method: 'GET',
      url: `${base}/my-incidents/${receipt.id}/attachments/${attachment.id}`,
      headers: reporter.headers,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(data)).toBe(true);
  });

  it('stores anonymous integrity files in chunks too', async () => {
    const { org, officer, base } = await world();
    const data = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2 * CHUNK_BYTES)]);
    const body = multipart({ report: JSON.stringify(validContent()) }, [
      { field: 'attachments', name: 'stuk.pdf', data },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrity/${org.code}/reports/with-attachments`,
      headers: body.headers,
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    const report = await t.deps.db
      .selectFrom('integrity_report')
      .select('id')
      .where('organisation_id', '=', org.id)
      .executeTakeFirstOrThrow();
    const detail = await t.app.inject({
      method: 'GET',
      url: `${base}/integrity/cases/${report.id}`,
      headers: officer.headers,
    });
    const attachmentId = detail.json().attachments[0].id;
    expect(await chunkCount('integrity_attachment_chunk', attachmentId)).toBe(3);
    const file = await t.app.inject({
      method: 'GET',
      url: `${base}/integrity/cases/${report.id}/attachments/${attachmentId}`,
      headers: officer.headers,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(data)).toBe(true);
  });

  it('still reads a file stored as one sealed blob before chunking', async () => {
    const { org, reporter, base } = await world();
    const receipt = await fileWith(base, reporter, png(100));
    const old = png(3000);
    const row = await t.deps.db
      .insertInto('incident_attachment')
      .values({
        organisation_id: org.id,
        incident_id: receipt.id,
        kind: 'evidence',
        file_name_enc: await t.deps.keyring.encryptText(t.deps.db, org.id, 'oud.png'),
        media_type: 'image/png',
        size_bytes: old.length,
        sha256: sha(old),
        content_enc: await t.deps.keyring.encryptBytes(t.deps.db, org.id, old),
        added_by_type: 'system',
        added_by_id: null,
        added_by_role: 'reporter',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const file = await t.app.inject({
      method: 'GET',
      url: `${base}/my-incidents/${receipt.id}/attachments/${row.id}`,
      headers: reporter.headers,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(old)).toBe(true);
  });

  it('refuses to read a file whose chunks were cut short or swapped', async () => {
    const { reporter, base } = await world();
    const receipt = await fileWith(base, reporter, png(3 * CHUNK_BYTES + 10));
    const id = receipt.attachments[0]!.id;
    const url = `${base}/my-incidents/${receipt.id}/attachments/${id}`;
    const rows = await t.deps.db
      .selectFrom('incident_attachment_chunk')
      .select(['n', 'sealed'])
      .where('attachment_id', '=', id)
      .orderBy('n')
      .execute();
    const setChunk = (n: number, values: { sealed?: Buffer; final?: boolean }) =>
      t.deps.db
        .updateTable('incident_attachment_chunk')
        .set(values)
        .where('attachment_id', '=', id)
        .where('n', '=', n)
        .execute();
    // Swap chunks 0 and 1: each is bound to its position.
    await setChunk(0, { sealed: rows[1]!.sealed });
    await setChunk(1, { sealed: rows[0]!.sealed });
    const swapped = await t.app.inject({ method: 'GET', url, headers: reporter.headers });
    expect(swapped.statusCode).toBe(500);
    // Drop the last chunk and mark the one before as last: its seal says "more follows".
    await t.deps.db
      .deleteFrom('incident_attachment_chunk')
      .where('attachment_id', '=', id)
      .where('n', '=', 3)
      .execute();
    await setChunk(2, { final: true });
    await setChunk(0, { sealed: rows[0]!.sealed });
    await setChunk(1, { sealed: rows[1]!.sealed });
    const cut = await t.app.inject({ method: 'GET', url, headers: reporter.headers });
    expect(cut.statusCode).toBe(500);
  });

  it('stores nothing of an upload that is cut short', async () => {
    const { org, reporter, base } = await world();
    const body = multipart({ report: JSON.stringify(validReport()) }, [
      { field: 'attachments', name: 'groot.png', data: png(4 * CHUNK_BYTES) },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents/with-attachments`,
      headers: { ...reporter.headers, ...body.headers },
      payload: body.payload.subarray(0, 2 * CHUNK_BYTES),
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    const incidents = await t.deps.db
      .selectFrom('incident')
      .select('id')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(incidents).toEqual([]);
    const chunks = await t.deps.db
      .selectFrom('incident_attachment_chunk')
      .select('n')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(chunks).toEqual([]);
  });
});

describe('anonymous uploads at once', () => {
  it('answers 503 with Retry-After above the cap, and takes the upload in progress', async () => {
    const { org } = await world();
    const body = multipart({ report: JSON.stringify(validContent()) }, [
      { field: 'attachments', name: 'stuk.pdf', data: Buffer.from('%PDF-1.4\nbewijs\n') },
    ]);
    // The first upload's body arrives in two halves; the second half only after the check.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reading: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      reading = resolve;
    });
    const half = Math.floor(body.payload.length / 2);
    let sent = 0;
    const slow = new Readable({
      read() {
        if (sent === 0) {
          sent = 1;
          this.push(body.payload.subarray(0, half));
          reading();
        } else if (sent === 1) {
          sent = 2;
          void held.then(() => {
            this.push(body.payload.subarray(half));
            this.push(null);
          });
        }
      },
    });
    const url = `/api/v1/integrity/${org.code}/reports/with-attachments`;
    const first = t.app.inject({ method: 'POST', url, headers: body.headers, payload: slow });
    await started;
    const second = await t.app.inject({
      method: 'POST',
      url,
      headers: body.headers,
      payload: body.payload,
    });
    expect(second.statusCode).toBe(503);
    expect(second.headers['retry-after']).toBe('30');
    expect(second.headers['content-type']).toContain('application/problem+json');
    release();
    expect((await first).statusCode).toBe(201);
    const after = await t.app.inject({
      method: 'POST',
      url,
      headers: body.headers,
      payload: body.payload,
    });
    expect(after.statusCode).toBe(201);
  });
});
