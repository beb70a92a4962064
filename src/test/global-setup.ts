import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';

declare module 'vitest' {
  interface ProvidedContext {
    /** PGlite: path of a dumped, migrated data directory each test file starts from. */
    pgliteTemplate: string;
    /** PostgreSQL: name of a migrated template database each test file copies. */
    pgTemplate: string;
  }
}

const TEMPLATE_DB = `weerbaar_tpl_${process.pid}`;

/** Migrate once, then hand every test file a copy: cheap isolation on both engines. */
export default async function setup(project: TestProject) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  console.log(
    fs.existsSync(chromium)
      ? `Browser tests are not part of npm test: run them with npm run test:e2e (Chromium: ${chromium}).`
      : "Browser tests skipped: no Chromium found (install Debian's chromium or set CHROMIUM_PATH, then npm run test:e2e).",
  );
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DB}`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    const u = new URL(url);
    u.pathname = `/${TEMPLATE_DB}`;
    const handle = await openDatabase({ url: u.toString(), poolSize: 1 });
    await migrate(handle.db);
    await handle.close();
    project.provide('pgTemplate', TEMPLATE_DB);
    project.provide('pgliteTemplate', '');
    return async () => {
      await admin.query(`drop database if exists ${TEMPLATE_DB}`);
      await admin.end();
    };
  }
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrate(handle.db);
  const dump = await dumpPglite(handle);
  await handle.close();
  const dir = path.resolve('.tmp');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pglite-template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('pgTemplate', '');
  return async () => {
    fs.rmSync(file, { force: true });
  };
}

async function dumpPglite(handle: Awaited<ReturnType<typeof openDatabase>>): Promise<Blob> {
  if (!handle.pglite) throw new Error('not a PGlite database');
  return handle.pglite.dumpDataDir('none');
}
