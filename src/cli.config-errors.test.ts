import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve('bin/weerbaar.js');

/** Run the real CLI in a child process with `env` added to a clean environment. */
async function weerbaar(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stderr: string; stdout: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', WEERBAAR_DATA_DIR: '/nonexistent/weerbaar', ...env },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('a configuration error stops start-up with one line naming the variable', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'a malformed DATABASE_URL',
      { DATABASE_URL: 'mysql://weerbaar:geheim@db/weerbaar' },
      /^Invalid configuration: DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/,
    ],
    [
      'a master key of the wrong length',
      { WEERBAAR_MASTER_KEY: 'c2hvcnQta2V5' },
      /^Invalid configuration: WEERBAAR_MASTER_KEY: must be 32 bytes/,
    ],
    ['an unknown LOG_LEVEL', { LOG_LEVEL: 'verbose' }, /^Invalid configuration: LOG_LEVEL: /],
  ];
  // `start` with every case; `migrate` (another path to the same config) with the first.
  const runs = [...cases.map((c) => ['start', ...c] as const), ['migrate', ...cases[0]!] as const];
  it.concurrent.each(runs)(
    'weerbaar %s: %s',
    { timeout: 90_000 },
    async (command, _what, env, line) => {
      const result = await weerbaar([command], env);
      expect(result.code).toBe(1);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
      // Never the value: a URL holds a password, a key is a secret.
      expect(result.stderr).not.toMatch(/geheim|c2hvcnQta2V5/);
      expect(result.stdout).toBe('');
    },
  );
});
