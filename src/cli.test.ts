import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRuntime } from './bootstrap';
import { runCli } from './cli';
import { loadConfig } from './config';
import { appendAudit } from './platform/audit/audit-log';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-cli-'));
const saved = { ...process.env };

beforeAll(() => {
  process.env.WEERBAAR_DATA_DIR = dataDir;
  process.env.LOG_LEVEL = 'silent';
  delete process.env.DATABASE_URL;
});
afterAll(() => {
  process.env = saved;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const spy = vi
    .spyOn(console, 'log')
    .mockImplementation((...args) => void lines.push(args.join(' ')));
  try {
    return { code: await fn(), out: lines.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

describe('weerbaar CLI', () => {
  it('prints help', async () => {
    const { code, out } = await capture(() => runCli(['--help']));
    expect(code).toBe(0);
    expect(out).toContain('audit verify');
  });

  it('migrates, then reports the first broken link of a tampered audit chain', async () => {
    expect((await capture(() => runCli(['migrate']))).code).toBe(0);
    const rt = await createRuntime(loadConfig());
    const orgId = '11111111-1111-4111-8111-111111111111';
    for (let i = 0; i < 4; i++) {
      await rt.deps.db.transaction().execute((trx) =>
        appendAudit(trx, {
          organisationId: orgId,
          actorType: 'system',
          actorId: null,
          action: `test.${i}`,
          objectType: 'x',
          objectId: null,
          result: 'success',
          origin: 'job',
        }),
      );
    }
    await rt.close();
    const intact = await capture(() => runCli(['audit', 'verify']));
    expect(intact.code).toBe(0);
    expect(intact.out).toContain('All chains intact');

    const rt2 = await createRuntime(loadConfig());
    await rt2.deps.db.transaction().execute(async (trx) => {
      await sql`alter table audit_event disable trigger audit_event_no_update`.execute(trx);
      await sql`update audit_event set action = 'forged' where organisation_id = ${orgId} and seq = 2`.execute(
        trx,
      );
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(trx);
    });
    await rt2.close();
    const broken = await capture(() => runCli(['audit', 'verify']));
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`chain ${orgId}, first broken link at seq 2`);
  }, 120_000);

  it("loads the demo with every module's content, once", async () => {
    const first = await capture(() => runCli(['demo']));
    expect(first.code).toBe(0);
    expect(first.out).toContain('Demo-accounts');
    const count = async (table: 'incident' | 'integrity_report' | 'monitor_wave') => {
      const rt = await createRuntime(loadConfig());
      try {
        const { rows } = await sql<{
          n: number;
        }>`select count(*)::int as n from ${sql.table(table)}`.execute(rt.deps.db);
        return rows[0]!.n;
      } finally {
        await rt.close();
      }
    };
    const incidents = await count('incident');
    expect(incidents).toBeGreaterThan(0);
    expect(await count('integrity_report')).toBeGreaterThan(0);
    expect(await count('monitor_wave')).toBeGreaterThan(0);
    // A second run only prints the logins again.
    expect((await capture(() => runCli(['demo']))).code).toBe(0);
    expect(await count('incident')).toBe(incidents);
  }, 120_000);

  it('rejects an unknown command with exit code 2', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runCli(['frobnicate'])).toBe(2);
    spy.mockRestore();
  });
});
