import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Db, Engine } from '../db/database';
import type { KeyRing } from './crypto/keyring';
import type { JobQueue } from './jobs/job-queue';
import type { Mailer } from './mail/mailer';
import type { Clock } from './time/clock';

/** Everything a module needs from the outside world, built once in main.ts (or the test app). */
export interface AppDeps {
  config: Config;
  db: Db;
  engine: Engine;
  keyring: KeyRing;
  mailer: Mailer;
  jobs: JobQueue;
  logger: Logger;
  /** "Now" for the use cases; the system clock when not given (tests pass a fixed one). */
  clock?: Clock;
  /** The database pool behind `db`, for pool-use metrics. */
  pool?: pg.Pool;
}
