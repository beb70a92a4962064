import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, validReport } from '../../modules/incidents/test-helpers';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let org: { id: string };
let person: TestPerson;
beforeAll(async () => {
  t = await buildTestApp();
  org = await buildOrganisation(t.deps.db);
  person = await buildPerson(t.deps.db, org.id, ['reporter', 'handler', 'org_admin']);
});
afterAll(async () => t?.close());

function expectNamed(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  field: string,
) {
  expect(res.statusCode).toBe(400);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json()).toMatchObject({
    code: 'validation_failed',
    errors: [expect.objectContaining({ field })],
  });
}

describe('NUL characters (U+0000), which PostgreSQL text refuses', () => {
  it('are refused in a JSON body, naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/incidents`,
      headers: person.headers,
      payload: validReport({ narrative: 'Hij\u0000schreeuwde', occurredTime: '10:15' }),
    });
    expectNamed(res, 'body.narrative');
  });

  it('are refused in a search query, naming the parameter', async () => {
    const res = await t.app.inject({
      url: `/api/v1/orgs/${org.id}/incidents?q=a%00b`,
      headers: person.headers,
    });
    expectNamed(res, 'query.q');
  });

  it('are refused in a key of a JSON object', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/theme`,
      headers: { ...person.headers, 'content-type': 'application/json' },
      payload: '{"--weerbaar-brand-color\\u0000":"#c4002f"}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.--weerbaar-brand-color\\u0000');
  });

  it('are refused in the JSON field of a multipart report', async () => {
    const form = multipart({ report: JSON.stringify(validReport({ narrative: 'a\u0000' })) });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/incidents/with-attachments`,
      headers: { ...person.headers, ...form.headers },
      payload: form.payload,
    });
    expectNamed(res, 'body.narrative');
  });

  it('refuse a lone surrogate too, which jsonb cannot hold', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/theme`,
      headers: { ...person.headers, 'content-type': 'application/json' },
      payload: '{"--weerbaar-brand-color":"x\\udc00y"}',
    });
    expectNamed(res, 'body.--weerbaar-brand-color');
  });

  it('store nothing when refused', async () => {
    const list = await t.app.inject({
      url: `/api/v1/orgs/${org.id}/incidents`,
      headers: person.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(JSON.stringify(list.json())).not.toContain('schreeuwde');
  });
});
