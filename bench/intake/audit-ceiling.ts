/**
 * What the audit trail costs a write. The first design appended to the organisation's
 * hash chain inside the transaction and held the chain head locked until commit, which
 * serialised one organisation's writes (3,100 tx/s plain vs 380-530 tx/s audited). Since
 * ADR 0011 the event is a plain insert, sealed into the chain after commit; this shows
 * the difference is back to one small insert. Transactions of one small insert at 64
 * concurrency, without HTTP:
 *   - without an audit event,
 *   - with appendAudit, all in one organisation (the intake benchmark's case),
 *   - with appendAudit, spread over 64 organisations.
 *
 *   npx tsx bench/intake/audit-ceiling.ts [--seconds 5] [--pool 20] [--url postgres://postgres@127.0.0.1:5432/postgres]
 */
import pg from 'pg';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { appendAudit } from '../../src/platform/audit/audit-log';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const SECONDS = Number(arg('seconds', '5'));
const POOL = Number(arg('pool', '20'));
const ADMIN_URL = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');
const CONCURRENCY = 64;

const dbName = `weerbaar_audit_${process.pid}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`create database ${dbName}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${dbName}`;
const h = await openDatabase({ url: url.toString(), poolSize: POOL });
try {
  await migrate(h.db);
  const newOrg = async (code: string) =>
    (
      await h.db
        .insertInto('organisation')
        .values({ type: 'gemeente', code, name: code })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const one = await newOrg('ONE');
  const many = await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => newOrg(`M${i}`)));

  const run = async (label: string, orgFor: ((worker: number) => string) | null) => {
    let n = 0;
    const end = Date.now() + SECONDS * 1000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, worker) => {
        while (Date.now() < end) {
          await h.db.transaction().execute(async (trx) => {
            await trx
              .insertInto('mail_log')
              .values({ organisation_id: one, template: 'bench', message_id: null })
              .execute();
            if (orgFor) {
              await appendAudit(trx, {
                organisationId: orgFor(worker),
                actorType: 'system',
                actorId: null,
                action: 'bench.write',
                objectType: 'bench',
                objectId: null,
                result: 'success',
                origin: 'bench',
              });
            }
          });
          n++;
        }
      }),
    );
    console.log(
      `${label.padEnd(44)} ${(n / ((performance.now() - t0) / 1000)).toFixed(0).padStart(6)} tx/s`,
    );
  };
  console.log(`${CONCURRENCY} concurrent transactions, pool ${POOL}, ${SECONDS} s each`);
  await run('insert, no audit event', null);
  await run('insert + appendAudit, one organisation', () => one);
  await run(`insert + appendAudit, ${CONCURRENCY} organisations`, (w) => many[w]!);
} finally {
  await h.close();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}
