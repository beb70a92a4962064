/** Test helpers for `weerbaar stats estimate`: run the command capturing its output, and write temporary files. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStatsEstimate } from './estimate-command';

/** The exit code and everything the command wrote. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `stats estimate` with these arguments, capturing stdout and stderr. */
export async function runCli(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runStatsEstimate(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

/** A temporary folder: file(content) writes a new CSV in it; remove() deletes it all. */
export function temporaryFiles(prefix: string): {
  file: (content: string | Uint8Array) => string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let count = 0;
  return {
    file(content) {
      const path = join(dir, `input-${count++}.csv`);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
