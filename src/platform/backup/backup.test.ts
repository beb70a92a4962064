import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, type Engine, openDatabase } from '../../db/database';
import { migrate } from '../../db/migrate';
import { PDF_BYTES, PNG_BYTES } from '../../modules/incidents/test-fixtures';
import { multipart, validReport } from '../../modules/incidents/test-helpers';
import { pdfBytes, validContent } from '../../modules/integrity/test-helpers';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { createTestDatabase } from '../../test/test-db';
import { AuditKeys } from '../audit/audit-key';
import { sealAudit, verifyAudit } from '../audit/audit-log';
import { generateMasterKey } from '../crypto/master-key';
import { BackupUnreadable } from './archive-crypto';
import { writeBackup } from './backup';
import { RestoreRefused, restoreBackup } from './restore';

const masterKey = generateMasterKey();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-backup-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A new, migrated, empty database on the given engine. */
async function emptyDatabase(engine: Engine): Promise<DatabaseHandle> {
  if (engine === 'postgres' || !process.env.TEST_DATABASE_URL) return createTestDatabase();
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrate(handle.db);
  return handle;
}

/** Every read a user would make of the content: the HTTP answers, bytes included. */
interface Reads {
  incident: unknown;
  incidentFiles: Buffer[];
  integrityCase: unknown;
  integrityFiles: Buffer[];
}

interface World {
  orgId: string;
  reporter: TestPerson;
  officer: TestPerson;
  incidentId: string;
  incidentFileIds: string[];
  reportId: string;
}

async function fill(t: TestApp): Promise<World> {
  const org = await buildOrganisation(t.deps.db);
  const reporter = await buildPerson(t.deps.db, org.id, ['reporter']);
  const officer = await buildPerson(t.deps.db, org.id, ['integrity_officer', 'reporter']);
  const incidentBody = multipart(
    { report: JSON.stringify(validReport({ narrative: 'Hij wachtte mij op bij de auto.' })) },
    [
      { field: 'attachments', name: 'foto.png', data: PNG_BYTES },
      { field: 'attachments', name: 'brief.pdf', data: PDF_BYTES },
    ],
  );
  const incident = await t.app.inject({
    method: 'POST',
    url: `/api/v1/orgs/${org.id}/incidents/with-attachments`,
    headers: { ...reporter.headers, ...incidentBody.headers },
    payload: incidentBody.payload,
  });
  expect(incident.statusCode).toBe(201);
  const integrityBody = multipart({ report: JSON.stringify(validContent()) }, [
    { field: 'attachments', name: 'besluit.pdf', data: pdfBytes('BESLUIT-GEHEIM') },
  ]);
  const report = await t.app.inject({
    method: 'POST',
    url: `/api/v1/integrity/${org.code}/reports/with-attachments`,
    headers: integrityBody.headers,
    payload: integrityBody.payload,
  });
  expect(report.statusCode).toBe(201);
  const number = Number(report.json().reference.slice(2));
  const row = await t.deps.db
    .selectFrom('integrity_report')
    .select('id')
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
  return {
    orgId: org.id,
    reporter,
    officer,
    incidentId: incident.json().id,
    incidentFileIds: incident.json().attachments.map((a: { id: string }) => a.id),
    reportId: row.id,
  };
}

async function read(t: TestApp, w: World): Promise<Reads> {
  const base = `/api/v1/orgs/${w.orgId}`;
  const get = async (url: string, person: TestPerson) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${base}${url}`,
      headers: person.headers,
    });
    expect(res.statusCode, url).toBe(200);
    return res;
  };
  const incident = (await get(`/my-incidents/${w.incidentId}`, w.reporter)).json();
  const integrityCase = (await get(`/integrity/cases/${w.reportId}`, w.officer)).json();
  const incidentFiles = [];
  for (const id of w.incidentFileIds) {
    incidentFiles.push(
      (await get(`/my-incidents/${w.incidentId}/attachments/${id}`, w.reporter)).rawPayload,
    );
  }
  const integrityFiles = [];
  for (const a of integrityCase.attachments as { id: string }[]) {
    integrityFiles.push(
      (await get(`/integrity/cases/${w.reportId}/attachments/${a.id}`, w.officer)).rawPayload,
    );
  }
  return { incident, incidentFiles, integrityCase, integrityFiles };
}

const directions: [Engine, Engine][] = process.env.TEST_DATABASE_URL
  ? [
      ['pglite', 'postgres'],
      ['postgres', 'pglite'],
    ]
  : [['pglite', 'pglite']];

describe.each(directions)('backup on %s, restore on %s', (from, to) => {
  it('restores every report, narrative, attachment and the audit chain identically', async () => {
    const dataDir = path.join(work, `${from}-${to}-source`);
    fs.mkdirSync(path.join(dataDir, 'audit-checkpoints'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'audit-checkpoints', 'checkpoint-1.json'), '{"seq":1}');
    const source = await buildTestApp({}, { database: await emptyDatabase(from), masterKey });
    const worlds = [await fill(source), await fill(source)];
    await sealAudit(source.deps.db, await AuditKeys.load(source.deps.db, source.deps.keyring));
    const before = [];
    for (const w of worlds) before.push(await read(source, w));

    const file = path.join(work, `${from}-${to}.wbk`);
    const manifest = await writeBackup(source.deps.db, {
      masterKey,
      engine: source.database.engine,
      dataDir,
      file,
    });
    await source.close();
    expect(manifest.tables.find((t) => t.name === 'organisation')?.rows).toBeGreaterThanOrEqual(2);
    // The archive is encrypted: no narrative, file content or table name in plain sight.
    const bytes = fs.readFileSync(file).toString('latin1');
    for (const secret of ['Hij wachtte mij op', 'BESLUIT-GEHEIM', 'incident_attachment']) {
      expect(bytes).not.toContain(secret);
    }

    const target = await emptyDatabase(to);
    const targetDir = path.join(work, `${from}-${to}-target`);
    await restoreBackup(target.db, { masterKey, file, dataDir: targetDir });
    const restored = await buildTestApp({}, { database: target, masterKey });
    try {
      for (const [i, w] of worlds.entries()) {
        const after = await read(restored, w);
        expect(after).toEqual(before[i]);
        expect(after.incidentFiles[0]?.equals(PNG_BYTES)).toBe(true);
        expect(after.integrityFiles[0]?.toString()).toContain('BESLUIT-GEHEIM');
      }
      const audit = await verifyAudit(
        restored.deps.db,
        await AuditKeys.load(restored.deps.db, restored.deps.keyring),
      );
      expect(audit.breaks).toEqual([]);
      // The source's chains were re-keyed before the backup; the restored ones must not be
      // "re-keyed" again (that would read keyed links as plain SHA-256 and call them broken).
      const pending = await sql`select 1 from audit_rekey_pending`.execute(restored.deps.db);
      expect(pending.rows).toEqual([]);
      expect(audit.events).toBeGreaterThan(0);
      expect(
        fs.readFileSync(path.join(targetDir, 'audit-checkpoints', 'checkpoint-1.json'), 'utf8'),
      ).toBe('{"seq":1}');
      // New reports after a restore get fresh numbers (sequences were carried over).
      await fill(restored);

      // A second restore into the now non-empty database refuses and changes nothing.
      const count = async () =>
        (await restored.deps.db.selectFrom('incident').select('id').execute()).length;
      const rows = await count();
      const again = await restoreBackup(restored.deps.db, {
        masterKey,
        file,
        dataDir: path.join(work, `${from}-${to}-other`),
      }).catch((e) => e);
      expect(again).toBeInstanceOf(RestoreRefused);
      expect(String(again.message)).toContain('not empty');
      expect(await count()).toBe(rows);
    } finally {
      await restored.close();
    }
  }, 120_000); // two apps, two databases and a full dump: slow on a busy machine, not timed
});

describe('an unreadable backup', () => {
  it('refuses a wrong master key and a cut-short file, writing nothing', async () => {
    const source = await buildTestApp({}, { masterKey });
    await fill(source);
    const file = path.join(work, 'refusals.wbk');
    await writeBackup(source.deps.db, { masterKey, engine: source.database.engine, file });
    await source.close();
    const target = await emptyDatabase('pglite');
    try {
      const wrongKey = await restoreBackup(target.db, {
        masterKey: generateMasterKey(),
        file,
      }).catch((e) => e);
      expect(wrongKey).toBeInstanceOf(BackupUnreadable);
      expect(String(wrongKey.message)).toContain('wrong master key');

      const cut = path.join(work, 'cut.wbk');
      const whole = fs.readFileSync(file);
      fs.writeFileSync(cut, whole.subarray(0, whole.length - 100));
      const cutShort = await restoreBackup(target.db, { masterKey, file: cut }).catch((e) => e);
      expect(cutShort).toBeInstanceOf(BackupUnreadable);

      const organisations = await target.db.selectFrom('organisation').select('id').execute();
      expect(organisations).toEqual([]);
    } finally {
      await target.close();
    }
  }, 120_000);
});
