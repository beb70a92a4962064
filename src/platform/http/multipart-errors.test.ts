import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let org: { id: string };
let person: TestPerson;
beforeAll(async () => {
  t = await buildTestApp();
  org = await buildOrganisation(t.deps.db);
  person = await buildPerson(t.deps.db, org.id, ['reporter', 'integrity_officer']);
});
afterAll(async () => t?.close());

const BOUNDARY = 'grens';
const FULL =
  `--${BOUNDARY}\r\ncontent-disposition: form-data; name="report"\r\n\r\n{}\r\n` +
  `--${BOUNDARY}\r\ncontent-disposition: form-data; name="attachments"; filename="a.txt"\r\n` +
  `content-type: text/plain\r\n\r\nhallo\r\n--${BOUNDARY}--\r\n`;

const BROKEN: [string, string, string][] = [
  ['cut short in a part header', `multipart/form-data; boundary=${BOUNDARY}`, FULL.slice(0, 60)],
  ['cut short in a file', `multipart/form-data; boundary=${BOUNDARY}`, FULL.slice(0, 150)],
  ['without a boundary', 'multipart/form-data', FULL],
];

describe('broken multipart bodies', () => {
  for (const path of ['incidents/with-attachments', 'integrity/reports/with-attachments']) {
    for (const [what, type, payload] of BROKEN) {
      it(`answers ${path} ${what} with a 400 naming the body`, async () => {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/v1/orgs/${org.id}/${path}`,
          headers: { ...person.headers, 'content-type': type },
          payload,
        });
        expect(res.statusCode).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json()).toMatchObject({ code: 'bad_request', errors: [{ field: 'body' }] });
      });
    }
  }
});
