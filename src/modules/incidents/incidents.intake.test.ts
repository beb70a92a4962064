import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../platform/time';
import { buildApiToken, buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { emlBytes, PDF_BYTES, PNG_BYTES } from './test-fixtures';
import { countRows, fileReport, multipart, validReport } from './test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function setup() {
  const org = await buildOrganisation(t.deps.db);
  const reporter = await buildPerson(t.deps.db, org.id, ['reporter']);
  return { org, reporter, base: `/api/v1/orgs/${org.id}` };
}

describe('report intake', () => {
  it('files a JSON report and shows it under Mijn meldingen', async () => {
    const { org, reporter, base } = await setup();
    const receipt = await fileReport(t, org.id, reporter.headers);
    expect(receipt.reference).toMatch(/^M-\d+$/);
    const mine = await t.app.inject({
      method: 'GET',
      url: `${base}/my-incidents`,
      headers: reporter.headers,
    });
    expect(mine.json()).toEqual([expect.objectContaining({ id: receipt.id, status: 'received' })]);
    const one = await t.app.inject({
      method: 'GET',
      url: `${base}/my-incidents/${receipt.id}`,
      headers: reporter.headers,
    });
    expect(one.json().narrative).toContain('dreigde mij op te wachten');
  });

  it('stores attachments encrypted and shows their SHA-256 on receipt', async () => {
    const { reporter, base } = await setup();
    const body = multipart({ report: JSON.stringify(validReport()) }, [
      { field: 'attachments', name: 'schermafdruk.png', data: PNG_BYTES },
      { field: 'attachments', name: 'brief.pdf', data: PDF_BYTES },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents/with-attachments`,
      headers: { ...reporter.headers, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(201);
    const receipt = res.json();
    expect(receipt.attachments.map((a: { sha256: string }) => a.sha256)).toEqual([
      sha(PNG_BYTES),
      sha(PDF_BYTES),
    ]);
    expect(receipt.attachments[0]).toMatchObject({
      fileName: 'schermafdruk.png',
      mediaType: 'image/png',
    });
    const file = await t.app.inject({
      method: 'GET',
      url: `${base}/my-incidents/${receipt.id}/attachments/${receipt.attachments[0].id}`,
      headers: reporter.headers,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PNG_BYTES)).toBe(true);
    expect(file.headers['content-disposition']).toContain('attachment');
  });

  it('pre-fills from an .eml and keeps the original as hashed evidence', async () => {
    const { reporter, base } = await setup();
    const eml = emlBytes();
    const preview = multipart({}, [{ field: 'file', name: 'bericht.eml', data: eml }]);
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents/email-preview`,
      headers: { ...reporter.headers, ...preview.headers },
      payload: preview.payload,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      senderAddress: 'boos@example.org',
      subject: 'Wij weten waar u woont',
      sentAt: '2026-11-24T20:14:00.000Z',
      sha256: sha(eml),
    });
    const body = multipart(
      {
        report: JSON.stringify(
          validReport({ channel: 'email', location: 'online', narrative: res.json().text }),
        ),
      },
      [{ field: 'attachments', name: 'bericht.eml', data: eml }],
    );
    const filed = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents/with-attachments`,
      headers: { ...reporter.headers, ...body.headers },
      payload: body.payload,
    });
    expect(filed.statusCode).toBe(201);
    const detail = await t.app.inject({
      method: 'GET',
      url: `${base}/my-incidents/${filed.json().id}`,
      headers: reporter.headers,
    });
    expect(detail.json()).toMatchObject({
      source: 'eml',
      email: {
        senderAddress: 'boos@example.org',
        senderName: 'Boze Burger',
        subject: 'Wij weten waar u woont',
      },
      attachments: [
        expect.objectContaining({
          kind: 'email_original',
          sha256: sha(eml),
          mediaType: 'message/rfc822',
        }),
      ],
    });
  });

  it('makes one report of a double submit with the same Idempotency-Key', async () => {
    const { org, reporter, base } = await setup();
    const headers = { ...reporter.headers, 'idempotency-key': 'form-123' };
    const [a, b] = await Promise.all([
      t.app.inject({ method: 'POST', url: `${base}/incidents`, headers, payload: validReport() }),
      t.app.inject({ method: 'POST', url: `${base}/incidents`, headers, payload: validReport() }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
    const again = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents`,
      headers,
      payload: validReport(),
    });
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await countRows(t, 'incident', org.id)).toBe(1);
  });

  it('also deduplicates on a client-generated id in the body', async () => {
    const { org, reporter, base } = await setup();
    const payload = validReport({ clientId: crypto.randomUUID() });
    await t.app.inject({
      method: 'POST',
      url: `${base}/incidents`,
      headers: reporter.headers,
      payload,
    });
    const second = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents`,
      headers: reporter.headers,
      payload,
    });
    expect(second.statusCode).toBe(200);
    expect(await countRows(t, 'incident', org.id)).toBe(1);
  });

  it('refuses a reused key with different content', async () => {
    const { reporter, base } = await setup();
    const headers = { ...reporter.headers, 'idempotency-key': 'k-1' };
    await t.app.inject({
      method: 'POST',
      url: `${base}/incidents`,
      headers,
      payload: validReport(),
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents`,
      headers,
      payload: validReport({ narrative: 'Iets heel anders.' }),
    });
    expect(res.statusCode).toBe(409);
  });

  it('accepts reports through an API token of role reporter', async () => {
    const { org, base } = await setup();
    const token = await buildApiToken(t.deps.db, org.id, 'reporter');
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents`,
      headers: token,
      payload: validReport(),
    });
    expect(res.statusCode).toBe(201);
    const mine = await t.app.inject({ method: 'GET', url: `${base}/my-incidents`, headers: token });
    expect(mine.json()).toHaveLength(1);
  });
});

describe('bad input gets a clear problem and stores nothing', () => {
  const cases: {
    name: string;
    status: number;
    field: string;
    request: (base: string) => { url: string; payload: unknown; headers?: Record<string, string> };
  }[] = [
    {
      name: 'empty narrative',
      status: 400,
      field: 'body.narrative',
      request: (base) => ({ url: `${base}/incidents`, payload: validReport({ narrative: '   ' }) }),
    },
    {
      name: 'date in the future',
      status: 400,
      field: 'body.occurredOn',
      request: (base) => ({
        url: `${base}/incidents`,
        payload: validReport({ occurredOn: addDays(amsterdamDate(new Date()), 2) }),
      }),
    },
    {
      name: 'no kind chosen',
      status: 400,
      field: 'body.kinds',
      request: (base) => ({ url: `${base}/incidents`, payload: validReport({ kinds: [] }) }),
    },
    {
      name: 'attachment with a lying extension',
      status: 415,
      field: 'body.attachments.0',
      request: (base) => {
        const m = multipart({ report: JSON.stringify(validReport()) }, [
          { field: 'attachments', name: 'foto.png', data: PDF_BYTES, type: 'image/png' },
        ]);
        return {
          url: `${base}/incidents/with-attachments`,
          payload: m.payload,
          headers: m.headers,
        };
      },
    },
    {
      name: 'executable attachment',
      status: 415,
      field: 'body.attachments.0',
      request: (base) => {
        const m = multipart({ report: JSON.stringify(validReport()) }, [
          {
            field: 'attachments',
            name: 'setup.exe',
            data: Buffer.from('MZ\x90\x00\x03', 'latin1'),
          },
        ]);
        return {
          url: `${base}/incidents/with-attachments`,
          payload: m.payload,
          headers: m.headers,
        };
      },
    },
    {
      name: 'oversized file',
      status: 413,
      field: 'body.attachments.0',
      request: (base) => {
        const big = Buffer.concat([PNG_BYTES, Buffer.alloc(10 * 1024 * 1024 + 1)]);
        const m = multipart({ report: JSON.stringify(validReport()) }, [
          { field: 'attachments', name: 'groot.png', data: big },
        ]);
        return {
          url: `${base}/incidents/with-attachments`,
          payload: m.payload,
          headers: m.headers,
        };
      },
    },
    {
      name: 'malformed .eml attached',
      status: 422,
      field: 'body.attachments.0',
      request: (base) => {
        const m = multipart({ report: JSON.stringify(validReport()) }, [
          { field: 'attachments', name: 'bericht.eml', data: Buffer.from('From: \r\n\r\n') },
        ]);
        return {
          url: `${base}/incidents/with-attachments`,
          payload: m.payload,
          headers: m.headers,
        };
      },
    },
    {
      name: 'malformed .eml preview',
      status: 422,
      field: 'body.file.0',
      request: (base) => {
        const m = multipart({}, [
          { field: 'file', name: 'bericht.eml', data: Buffer.from('gewoon wat tekst\nzonder kop') },
        ]);
        return { url: `${base}/incidents/email-preview`, payload: m.payload, headers: m.headers };
      },
    },
    {
      name: 'narrative missing in a multipart report',
      status: 400,
      field: 'body.narrative',
      request: (base) => {
        const { narrative: _n, ...rest } = validReport();
        const m = multipart({ report: JSON.stringify(rest) }, [
          { field: 'attachments', name: 'a.png', data: PNG_BYTES },
        ]);
        return {
          url: `${base}/incidents/with-attachments`,
          payload: m.payload,
          headers: m.headers,
        };
      },
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const { org, reporter, base } = await setup();
      const req = c.request(base);
      const res = await t.app.inject({
        method: 'POST',
        url: req.url,
        headers: { ...reporter.headers, ...req.headers },
        payload: req.payload as never,
      });
      expect(res.statusCode).toBe(c.status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: c.field })]),
      );
      expect(await countRows(t, 'incident', org.id)).toBe(0);
      expect(await countRows(t, 'incident_attachment', org.id)).toBe(0);
    });
  }
});
