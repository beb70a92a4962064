import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSmtpSink } from '../../test/smtp-sink';
import { Mailer } from './mailer';

describe('mailer', () => {
  it('delivers over a real SMTP exchange', async () => {
    const sink = await startSmtpSink();
    const mailer = new Mailer('Weerbaar <no-reply@test.nl>', sink.url, os.tmpdir());
    await mailer.send({
      to: 'behandelaar@test.nl',
      subject: 'Herinnering',
      text: 'Er staat een melding open.',
    });
    mailer.close();
    await sink.close();
    expect(sink.mails).toHaveLength(1);
    expect(sink.mails[0]).toMatchObject({ to: ['behandelaar@test.nl'], subject: 'Herinnering' });
    expect(sink.mails[0]!.text).toContain('Er staat een melding open.');
  });

  it('writes to the outbox folder when no SMTP server is configured', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-'));
    const mailer = new Mailer('Weerbaar <no-reply@test.nl>', undefined, dir);
    await mailer.send({ to: 'x@test.nl', subject: 'Test', text: 'Hallo' });
    const files = fs.readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, files[0]!), 'utf8')).toContain('Subject: Test');
  });
});
