import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { Mailer } from '../../platform/mail/mailer';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let refusing: SMTPServer;
let port: number;
beforeAll(async () => {
  t = await buildTestApp();
  // A mail server that refuses every recipient, naming the address as real servers do.
  refusing = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(
        Object.assign(new Error(`mailbox ${address.address} unavailable`), { responseCode: 550 }),
      );
    },
  });
  await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
  port = (refusing.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => refusing?.close(() => resolve()));
  await t?.close();
});

describe('a risk analysis whose invitation mail is refused', () => {
  it('is still commissioned, and the log does not name the candidate', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const mailer = new Mailer('Weerbaar <no-reply@test>', `smtp://127.0.0.1:${port}`, '/tmp');
    const app = await buildApp({ ...t.deps, logger, mailer });
    try {
      const org = await buildOrganisation(t.deps.db);
      const officer = await buildPerson(t.deps.db, org.id, ['integrity_officer']);
      const candidate = await buildPerson(t.deps.db, org.id, ['reporter']);
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${org.id}/risk-analyses`,
        headers: officer.headers,
        payload: { candidateEmail: candidate.email, office: 'wethouder' },
      });
      expect(res.statusCode).toBe(201);
      const warning = lines.find((l) => l.includes('risk analysis mail not sent'));
      expect(warning).toBeDefined();
      expect(JSON.parse(warning!).code).toBe('EENVELOPE');
      expect(lines.join('\n')).not.toContain(candidate.email);
    } finally {
      mailer.close();
      await app.close();
    }
  });
});
