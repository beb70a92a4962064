import { createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { type Checkpoint, signedText } from './audit-checkpoint';
import { verifySignature } from './audit-key';
import { AuditSealer } from './audit-sealer';
import { mailCheckpoints } from './checkpoint-recipient';

let t: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-checkpoints-'));
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
};

describe('audit checkpoints by mail', () => {
  it('lets an organisation admin set the address, and mails each new signed checkpoint there', async () => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    const url = `/api/v1/orgs/${org.id}/audit/checkpoint-recipient`;

    const refused = await t.app.inject({
      method: 'PUT',
      url,
      headers: handler.headers,
      payload: { email: 'avg@example.nl' },
    });
    expect(refused.statusCode).toBe(403);
    const invalid = await t.app.inject({
      method: 'PUT',
      url,
      headers: admin.headers,
      payload: { email: 'geen adres' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors).toEqual([
      { field: 'body.email', message: 'een geldig e-mailadres' },
    ]);
    const set = await t.app.inject({
      method: 'PUT',
      url,
      headers: admin.headers,
      payload: { email: 'FG@Example.nl' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ email: 'fg@example.nl' });
    expect((await t.app.inject({ url, headers: admin.headers })).json()).toEqual({
      email: 'fg@example.nl',
    });

    // Setting the address is itself audited: the sealer seals it and anchors the head.
    const sealer = new AuditSealer(t.deps.db, pino({ level: 'silent' }), t.deps.keyring, {
      checkpointDir: dir,
      onCheckpoints: mailCheckpoints(t.deps.db, t.deps.mailer),
    });
    await sealer.runOnce('now');
    await until(() => t.mails.some((m) => m.to.includes('fg@example.nl')));
    const mail = t.mails.find((m) => m.to.includes('fg@example.nl'));
    expect(mail?.subject).toContain(`controlepunt auditlog ${org.id} tot nummer 1`);
    const text = mail!.text.replace(/\r\n/g, '\n');
    const line = text.split('\n').find((l) => l.startsWith('{"chain"'))!;
    const checkpoint = JSON.parse(line) as Checkpoint;
    expect(checkpoint).toMatchObject({ chain: org.id, seq: 1 });
    const pem = text.slice(text.indexOf('-----BEGIN PUBLIC KEY-----'));
    expect(verifySignature(createPublicKey(pem), signedText(checkpoint), checkpoint.sig)).toBe(
      true,
    );
    // The same checkpoint is in the data folder.
    expect(fs.readFileSync(path.join(dir, `${org.id}.jsonl`), 'utf8')).toContain(checkpoint.sig);
  });
});
