import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRuntime } from '../../bootstrap';
import { runCli } from '../../cli';
import { loadConfig } from '../../config';
import { buildOrganisation } from '../../test/factories';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-backup-cli-'));
const saved = { ...process.env };

beforeAll(() => {
  process.env.LOG_LEVEL = 'silent';
  delete process.env.DATABASE_URL;
  delete process.env.WEERBAAR_MASTER_KEY;
});
afterAll(() => {
  process.env = saved;
  fs.rmSync(work, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void lines.push(a.join(' ')));
  const err = vi.spyOn(console, 'error').mockImplementation((...a) => void lines.push(a.join(' ')));
  try {
    return { code: await runCli(argv), out: lines.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

describe('weerbaar backup / restore', () => {
  it('moves an embedded installation to a new data folder with the same master key', async () => {
    process.env.WEERBAAR_DATA_DIR = path.join(work, 'old');
    const rt = await createRuntime(loadConfig());
    await buildOrganisation(rt.deps.db, { name: 'Gemeente Hersteldorp' });
    await rt.close();
    const file = path.join(work, 'weerbaar.backup');
    const backup = await cli('backup', file);
    expect(backup).toMatchObject({ code: 0 });

    // A new machine: an empty data folder and the master key from the old one.
    process.env.WEERBAAR_DATA_DIR = path.join(work, 'new');
    expect((await cli('restore', file)).code).toBe(1); // no master key: refused
    process.env.WEERBAAR_MASTER_KEY = fs.readFileSync(path.join(work, 'old', 'master.key'), 'utf8');
    const restore = await cli('restore', file);
    expect(restore.out).toContain('Restored');
    expect(restore.code).toBe(0);
    expect((await cli('audit', 'verify')).code).toBe(0);

    // Every row came across (contents are compared field by field in backup.test.ts).
    const rows = /(\d+) rows/.exec(backup.out)?.[1];
    expect(Number(rows)).toBeGreaterThan(0);
    expect(restore.out).toContain(`Restored ${rows} rows`);

    const again = await cli('restore', file);
    expect(again.code).toBe(1);
    expect(again.out).toContain('not empty');
  }, 180_000); // opens an on-disk embedded database five times
});
