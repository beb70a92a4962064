import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../test/dump';
import { buildOrganisation, buildPerson, type TestPerson } from '../../../test/factories';
import { multipart } from '../../../test/multipart';
import { pngBytes } from '../../../test/png';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { LOGO_CSP } from './logo.routes';
import { LOGO_MAX_BYTES, looksLikeSvg } from './logo-type';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t?.close();
});

const SVG = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10" fill="#123456"/></svg>',
);
/** A JPEG start of image, JFIF APP0 segment and end of image: enough for file-type. */
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0', 'latin1'),
  Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
]);

async function orgWithAdmin() {
  const org = await buildOrganisation(t.deps.db);
  const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
  return { org, admin };
}

function upload(orgId: string, who: TestPerson | null, name: string, data: Buffer) {
  const body = multipart({}, [{ field: 'file', name, data }]);
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/orgs/${orgId}/logo`,
    headers: { ...(who?.headers ?? {}), ...body.headers },
    payload: body.payload,
  });
}

const publicLogo = (code: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/public/organisations/${code}/logo` });

describe('organisation logo', () => {
  it('stores a PNG encrypted and serves it publicly with a fixed type and a strict policy', async () => {
    const { org, admin } = await orgWithAdmin();
    expect((await publicLogo(org.code)).statusCode).toBe(404);
    const png = pngBytes(Buffer.from('logo-pixels-that-must-not-be-in-the-dump'));
    const saved = await upload(org.id, admin, 'logo.png', png);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ mediaType: 'image/png', bytes: png.length });
    expect(saved.json().logoUrl).toMatch(
      new RegExp(`^/api/v1/public/organisations/${org.code}/logo\\?v=\\d+$`),
    );

    const served = await publicLogo(org.code);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-security-policy']).toBe(LOGO_CSP);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.rawPayload.equals(png)).toBe(true);
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/organisations/${org.code}/logo`,
      headers: { 'if-none-match': served.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);

    // The organisation's details name the versioned address, for the header of the app.
    const details = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}`,
      headers: admin.headers,
    });
    expect(details.json().logoUrl).toBe(saved.json().logoUrl);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/organisations' });
    expect(list.json().find((o: { code: string }) => o.code === org.code).logoUrl).toBe(
      saved.json().logoUrl,
    );

    // Someone with the database but not the keys sees no logo bytes.
    expect(await dumpDatabase(t.deps.db)).not.toContain('logo-pixels-that-must-not-be-in-the-dump');
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('organisation.update_logo');
  });

  it('serves an SVG as image/svg+xml under a policy that runs and loads nothing; JPEG too', async () => {
    const { org, admin } = await orgWithAdmin();
    expect((await upload(org.id, admin, 'logo.svg', SVG)).statusCode).toBe(200);
    const svg = await publicLogo(org.code);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect((await upload(org.id, admin, 'logo.jpg', JPEG)).json().mediaType).toBe('image/jpeg');
    expect((await publicLogo(org.code)).headers['content-type']).toBe('image/jpeg');
  });

  it('refuses other types, lying names, empty and oversized files, naming the field; keeps the old logo', async () => {
    const { org, admin } = await orgWithAdmin();
    const png = pngBytes(Buffer.from('x'));
    await upload(org.id, admin, 'logo.png', png);

    const html = await upload(org.id, admin, 'logo.svg', Buffer.from('<html><script>1</script>'));
    expect(html.statusCode).toBe(415);
    expect(html.json().errors).toEqual([{ field: 'file', message: 'alleen PNG, JPEG of SVG' }]);
    const lying = await upload(org.id, admin, 'logo.svg', png);
    expect(lying.statusCode).toBe(415);
    expect(lying.json().errors[0].message).toBe('extensie klopt niet met de inhoud');
    const pdf = await upload(org.id, admin, 'logo.png', Buffer.from('%PDF-1.4\n%âãÏÓ\n'));
    expect(pdf.statusCode).toBe(415);
    const entity = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    expect((await upload(org.id, admin, 'logo.svg', entity)).statusCode).toBe(415);
    const empty = await upload(org.id, admin, 'logo.png', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('file');
    const large = await upload(org.id, admin, 'logo.png', pngBytes(Buffer.alloc(LOGO_MAX_BYTES)));
    expect(large.statusCode).toBe(413);
    expect(large.json().errors[0].field).toBe('file');
    expect(large.json().detail).toContain('512 kB');
    const notMultipart = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/logo`,
      headers: admin.headers,
      payload: { file: 'x' },
    });
    expect(notMultipart.statusCode).toBe(415);

    const served = await publicLogo(org.code);
    expect(served.rawPayload.equals(png)).toBe(true);
  });

  it('removes the logo; the public address then answers 404', async () => {
    const { org, admin } = await orgWithAdmin();
    await upload(org.id, admin, 'logo.png', pngBytes(Buffer.from('x')));
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/orgs/${org.id}/logo`,
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(204);
    expect((await publicLogo(org.code)).statusCode).toBe(404);
    const twice = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/orgs/${org.id}/logo`,
      headers: admin.headers,
    });
    expect(twice.statusCode).toBe(404);
  });

  it('abuse: the admin of another organisation, a handler and an anonymous visitor change nothing', async () => {
    const { org, admin } = await orgWithAdmin();
    const png = pngBytes(Buffer.from('own'));
    await upload(org.id, admin, 'logo.png', png);
    const other = await orgWithAdmin();
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    const evil = pngBytes(Buffer.from('evil'));

    expect((await upload(org.id, other.admin, 'logo.png', evil)).statusCode).toBe(404);
    expect((await upload(org.id, handler, 'logo.png', evil)).statusCode).toBe(403);
    expect((await upload(org.id, null, 'logo.png', evil)).statusCode).toBe(401);
    for (const who of [other.admin, handler]) {
      const del = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/orgs/${org.id}/logo`,
        headers: who.headers,
      });
      expect([403, 404]).toContain(del.statusCode);
    }
    expect((await publicLogo(org.code)).rawPayload.equals(png)).toBe(true);
    // A code that is no organisation code is refused by the schema.
    expect((await publicLogo('..%2F..%2Fetc')).statusCode).toBe(400);
  });

  it('recognises an SVG only by an svg root element in the SVG namespace', () => {
    expect(looksLikeSvg(SVG)).toBe(true);
    expect(
      looksLikeSvg(Buffer.from('\uFEFF<!-- logo --><svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBe(true);
    expect(
      looksLikeSvg(Buffer.from('<html><svg xmlns="http://www.w3.org/2000/svg"/></html>')),
    ).toBe(false);
    expect(looksLikeSvg(Buffer.from('<svg/>'))).toBe(false);
  });
});
