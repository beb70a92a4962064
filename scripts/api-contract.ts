/**
 * The web app's API types, generated from the server's own schemas:
 * `npm run generate:api` writes web/src/api/schema.d.ts, `npm run check:api` fails when the
 * committed file differs from what the server's schemas make today.
 *
 * The OpenAPI document comes from the Fastify app built in-process (`app.swagger()`): no
 * server listens. The app needs a database while it registers (the Monitor and the scans
 * publish their platform questionnaires then), so it runs on a throwaway in-memory PGlite.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import pino from 'pino';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { KeyRing } from '../src/platform/crypto/keyring';
import { generateMasterKey } from '../src/platform/crypto/master-key';
import { JobQueue } from '../src/platform/jobs/job-queue';
import { Mailer } from '../src/platform/mail/mailer';

const SCHEMA_FILE = fileURLToPath(new URL('../web/src/api/schema.d.ts', import.meta.url));
const HEADER = `/**
 * The Weerbaar API as the server's schemas describe it. Generated: do not edit.
 * Regenerate with \`npm run generate:api\`; \`npm run check:api\` (CI) fails when it is stale.
 */

`;

/** The OpenAPI document of the app, built in-process on an in-memory database. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEERBAAR_DATA_DIR: path.join(os.tmpdir(), 'weerbaar-api-contract'),
    WEB_DIST_DIR: path.join(os.tmpdir(), 'weerbaar-no-web'),
  });
  const logger = pino({ level: 'silent' });
  const database = await openDatabase({ dataDir: 'memory://' });
  const { db } = database;
  await migrate(db);
  const app = await buildApp({
    config,
    db,
    engine: database.engine,
    keyring: new KeyRing(generateMasterKey()),
    mailer: new Mailer(config.mailFrom, config.smtpUrl, path.join(config.dataDir, 'outbox')),
    jobs: new JobQueue(db, logger),
    logger,
  });
  await app.ready();
  // @fastify/swagger and openapi-typescript each declare the OpenAPI 3 document type.
  const doc = app.swagger() as unknown as OpenAPI3;
  await app.close();
  await database.close();
  return doc;
}

/** The TypeScript declarations for the document, in the house format (Biome), as committed. */
export async function schemaSource(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { alphabetize: true });
  return execFileSync(
    fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url)),
    ['format', `--stdin-file-path=${SCHEMA_FILE}`],
    { input: HEADER + astToString(ast), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
}

async function main(mode: string | undefined): Promise<void> {
  const fresh = await schemaSource();
  if (mode === 'check') {
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (committed !== fresh) {
      console.error(
        `${path.relative(process.cwd(), SCHEMA_FILE)} is stale: the server's schemas changed; run npm run generate:api and commit it`,
      );
      process.exit(1);
    }
    return;
  }
  await writeFile(SCHEMA_FILE, fresh);
}

await main(process.argv[2]);
