import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { DatabaseHandle } from '../db/database';
import { KeyRing } from '../platform/crypto/keyring';
import { generateMasterKey, type MasterKey } from '../platform/crypto/master-key';
import type { AppDeps } from '../platform/deps';
import { requestIdMixin } from '../platform/http/request-id';
import { JobQueue } from '../platform/jobs/job-queue';
import { Mailer } from '../platform/mail/mailer';
import { type ReceivedMail, startSmtpSink } from './smtp-sink';

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  database: DatabaseHandle;
  /** Mails received by the local SMTP server. */
  mails: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * The real application on a database the caller opened, with a real local SMTP
 * server. Needs no vitest, so benchmarks (bench/fuzz) build the same app as tests.
 */
export async function buildAppOnDatabase(
  database: DatabaseHandle,
  env: Record<string, string> = {},
  /** The master key the data was encrypted under; default a new random one. */
  masterKey: MasterKey = generateMasterKey(),
): Promise<TestApp> {
  const smtp = await startSmtpSink();
  const config = loadConfig({
    NODE_ENV: 'test',
    WEERBAAR_DATA_DIR: path.join(os.tmpdir(), `weerbaar-test-${process.pid}`),
    WEB_DIST_DIR: path.join(os.tmpdir(), 'weerbaar-no-web'),
    SMTP_URL: smtp.url,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent', mixin: requestIdMixin });
  const mailer = new Mailer(config.mailFrom, config.smtpUrl, path.join(config.dataDir, 'outbox'));
  const deps: AppDeps = {
    config,
    db: database.db,
    engine: database.engine,
    keyring: new KeyRing(masterKey),
    mailer,
    jobs: new JobQueue(database.db, logger),
    logger,
    pool: database.pool,
  };
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    deps,
    database,
    mails: smtp.mails,
    async close() {
      await deps.jobs.stop();
      await app.close();
      mailer.close();
      await smtp.close();
      await database.close();
    },
  };
}
