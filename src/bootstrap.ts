import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from './config';
import { type DatabaseHandle, openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { CHECKPOINT_FOLDER } from './platform/audit/audit-checkpoint';
import { AuditSealer } from './platform/audit/audit-sealer';
import { mailCheckpoints } from './platform/audit/checkpoint-recipient';
import { KeyRing } from './platform/crypto/keyring';
import { loadMasterKey } from './platform/crypto/master-key';
import type { AppDeps } from './platform/deps';
import { requestIdMixin } from './platform/http/request-id';
import { JobQueue } from './platform/jobs/job-queue';
import { Mailer } from './platform/mail/mailer';

/**
 * Logger with redaction as a second line of defence: code never logs personal
 * data on purpose, and these paths catch it if it slips into a log object.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    // The request id on lines logged through this logger while a request is handled.
    mixin: requestIdMixin,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.password',
        '*.email',
        '*.narrative',
        '*.token',
        '*.code',
      ],
      censor: '[redacted]',
    },
  });
}

export interface Runtime {
  deps: AppDeps;
  database: DatabaseHandle;
  /** Links audit events into their chains after commit; `start` runs it in the background. */
  auditSealer: AuditSealer;
  close(): Promise<void>;
}

/** Open the database, migrate it, and build the dependencies every module shares. */
export async function createRuntime(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
): Promise<Runtime> {
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: path.join(config.dataDir, 'pglite'),
    // The error names the cause (e.g. "terminating connection due to administrator command"), never data.
    onConnectionError: (error) =>
      logger.warn(
        { err: { message: error.message } },
        'database connection lost; reconnecting on demand',
      ),
  });
  await migrate(database.db);
  const { masterKey, generated, file } = loadMasterKey(config.masterKey, config.dataDir);
  if (generated) {
    if (config.env === 'production' && config.databaseUrl) {
      throw new Error(
        'Set WEERBAAR_MASTER_KEY in production: a key stored beside the data protects nothing.',
      );
    }
    logger.warn(
      { file },
      'WEERBAAR_MASTER_KEY is not set: using a key generated in the data folder. Fine for trying Weerbaar; ' +
        'for real use set WEERBAAR_MASTER_KEY and keep it apart from the database.',
    );
  }
  const keyring = new KeyRing(masterKey);
  const mailer = new Mailer(config.mailFrom, config.smtpUrl, path.join(config.dataDir, 'outbox'));
  const jobs = new JobQueue(database.db, logger, { historyDays: config.jobHistoryDays });
  const auditSealer = new AuditSealer(database.db, logger, keyring, {
    checkpointDir: path.join(config.dataDir, CHECKPOINT_FOLDER),
    onCheckpoints: mailCheckpoints(database.db, mailer),
  });
  const deps: AppDeps = {
    config,
    db: database.db,
    engine: database.engine,
    keyring,
    mailer,
    jobs,
    logger,
    pool: database.pool,
  };
  return {
    deps,
    database,
    auditSealer,
    async close() {
      await jobs.stop();
      await auditSealer.stop();
      mailer.close();
      await database.close();
    },
  };
}
