import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { queueStatus } from '../jobs/job.repository';

/** Queues whose name starts with this carry mail (`mail.deliver` and the like). */
export const MAIL_QUEUE_PREFIX = 'mail.';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Version of the package and, in a git checkout, its commit; read once. */
let build: { version: string; commit: string | null } | null = null;

function readBuild(): { version: string; commit: string | null } {
  if (build) return build;
  // src/platform/status in the sources, dist/server in the compiled server.
  const roots = [path.resolve(HERE, '../../..'), path.resolve(HERE, '../..')];
  const root = roots.find((r) => fs.existsSync(path.join(r, 'package.json')));
  let version = 'unknown';
  let commit: string | null = null;
  if (root) {
    try {
      version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    } catch {
      // keep "unknown"
    }
    try {
      commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 2000,
      })
        .toString()
        .trim();
    } catch {
      commit = null; // not a checkout, or no git: the version is enough
    }
  }
  build = { version, commit: commit || null };
  return build;
}

/** "Error ECONNREFUSED: connect …" → "Error ECONNREFUSED": the class (and code), never the message. */
export function errorClass(lastError: string | null): string | null {
  if (!lastError) return null;
  return lastError.split(':', 1)[0]!.trim().slice(0, 80) || null;
}

/** The database's size in bytes, or null when the engine cannot tell. */
async function databaseSize(db: Db): Promise<number | null> {
  try {
    const { rows } = await sql<{
      bytes: string;
    }>`select pg_database_size(current_database())::text as bytes`.execute(db);
    const bytes = Number(rows[0]?.bytes);
    return Number.isFinite(bytes) ? bytes : null;
  } catch {
    return null;
  }
}

/**
 * What the platform admin's status page shows: per queue the jobs waiting, running, retrying,
 * dead and done lately with the last failure's time and error class (never payloads), the
 * mail queues apart, the database size, version and uptime.
 */
export async function platformStatus(db: Db, now: Date) {
  const queues = (await queueStatus(db)).map((q) => ({
    queue: q.queue,
    pending: q.pending,
    running: q.running,
    retrying: q.retrying,
    dead: q.dead,
    doneLastDay: q.doneLastDay,
    lastFailureAt: q.lastFailureAt ? new Date(q.lastFailureAt).toISOString() : null,
    lastErrorClass: errorClass(q.lastError),
  }));
  const { version, commit } = readBuild();
  return {
    checkedAt: now.toISOString(),
    version,
    commit,
    uptimeSeconds: Math.round(process.uptime()),
    databaseBytes: await databaseSize(db),
    queues: queues.filter((q) => !q.queue.startsWith(MAIL_QUEUE_PREFIX)),
    mailQueues: queues.filter((q) => q.queue.startsWith(MAIL_QUEUE_PREFIX)),
  };
}
