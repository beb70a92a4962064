import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app';
import { KeyRing } from '../../../platform/crypto/keyring';
import { generateMasterKey } from '../../../platform/crypto/master-key';
import { dumpDatabase } from '../../../test/dump';
import { buildPerson, type TestPerson } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import {
  buildIntegrityWorld,
  type IntegrityWorld,
  multipart,
  pdfBytes,
  reportIdOf,
  validContent,
} from '../test-helpers';
import { decodeShare, encodeShare } from './share-codec';

let t: TestApp;
let w: IntegrityWorld;
let custodians: TestPerson[];
beforeAll(async () => {
  t = await buildTestApp();
  w = await buildIntegrityWorld(t);
  custodians = [
    await buildPerson(t.deps.db, w.org.id, ['reporter']),
    await buildPerson(t.deps.db, w.org.id, ['reporter']),
    await buildPerson(t.deps.db, w.org.id, ['reporter']),
  ];
});
afterAll(async () => t?.close());

const SECRET = 'Geheim-sleuteltest-Q9 de wethouder en de aannemer';
const url = (path: string) => `/api/v1/orgs/${w.org.id}/integrity${path}`;

async function call(
  app: FastifyInstance,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  headers: Record<string, string>,
  payload?: unknown,
) {
  return app.inject({ method, url: url(path), headers, payload: payload as object });
}

/** Another instance of the application on the same database, as after a lost master key. */
async function appWithNewMasterKey() {
  const app = await buildApp({ ...t.deps, keyring: new KeyRing(generateMasterKey()) });
  await app.ready();
  return app;
}

describe('key recovery from custodian shares', () => {
  let caseId: string;
  let attachmentId: string;
  let receipt: string;
  const shares: string[] = [];

  it('splits the integrity key, every version, into one share per custodian, each collected once', async () => {
    // A case written with key version 1 and one written after a rotation, with version 2.
    const m = multipart(
      {
        report: JSON.stringify({ ...validContent({ description: SECRET }), channel: 'identified' }),
      },
      [{ field: 'attachments', name: 'stuk.pdf', data: pdfBytes('STUK-VAN-DE-MELDER') }],
    );
    const filed = await t.app.inject({
      method: 'POST',
      url: url('/reports/with-attachments'),
      headers: { ...w.reporter.headers, ...m.headers },
      payload: m.payload,
    });
    expect(filed.statusCode).toBe(201);
    caseId = filed.json().id;
    await t.deps.keyring.rotateDataKey(t.deps.db, w.org.id, 'integrity');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrity/${w.org.code}/reports`,
      payload: validContent({ summary: 'Na de rotatie' }),
    });
    receipt = anonymous.json().receipt;
    const detail = (await call(t.app, 'GET', `/cases/${caseId}`, w.officer.headers)).json();
    attachmentId = detail.attachments[0].id;

    expect((await call(t.app, 'POST', '/key-shares', w.admin.headers)).statusCode).toBe(409); // no custodians yet
    const designate = await call(t.app, 'PUT', '/custodians', w.admin.headers, {
      personIds: custodians.map((c) => c.id),
    });
    expect(designate.statusCode).toBe(204);
    const split = await call(t.app, 'POST', '/key-shares', w.admin.headers);
    expect(split.statusCode).toBe(201);
    expect(split.json()).toMatchObject({ keyVersions: [1, 2], threshold: 2, shares: 3 });

    for (const c of custodians) {
      expect((await call(t.app, 'GET', '/key-shares/mine', c.headers)).json().collected).toBe(
        false,
      );
      const collected = await call(t.app, 'POST', '/key-shares/mine/collect', c.headers);
      expect(collected.statusCode).toBe(200);
      expect(collected.headers['cache-control']).toBe('no-store');
      shares.push(collected.json().share);
      expect((await call(t.app, 'POST', '/key-shares/mine/collect', c.headers)).statusCode).toBe(
        409,
      );
    }
    expect(new Set(shares).size).toBe(3);
    // The administrator who split the key holds no share, and nobody reads a share in the status.
    expect((await call(t.app, 'GET', '/key-shares/mine', w.admin.headers)).statusCode).toBe(404);
    const status = (await call(t.app, 'GET', '/custody', w.admin.headers)).json();
    expect(status.shareSet.shares.every((s: { collected: boolean }) => s.collected)).toBe(true);
    const dump = await dumpDatabase(t.deps.db);
    for (const share of shares) {
      const hex = share.split('-')[3]!;
      expect(dump).not.toContain(hex);
      expect(dump).not.toContain(hex.slice(0, 32));
    }
    // Somebody who is not a custodian, manager or officer sees nothing.
    expect((await call(t.app, 'GET', '/custody', w.reporter.headers)).statusCode).toBe(404);
  });

  it('after the master key is lost, one share reads nothing; two shares restore every case', async () => {
    const app = await appWithNewMasterKey();
    try {
      const lost = await call(app, 'GET', `/cases/${caseId}`, w.officer.headers);
      expect(lost.statusCode).toBe(503);
      expect(lost.json().reason).toBe('integrity_key_unavailable');
      const lostLogin = await app.inject({
        method: 'POST',
        url: '/api/v1/integrity/receipt/session',
        payload: { organisationCode: w.org.code, receipt },
      });
      expect(lostLogin.statusCode).toBe(503);

      // One share: the recovery waits, and nothing can be read.
      const first = await call(app, 'POST', '/key-recovery/shares', custodians[0]!.headers, {
        share: shares[0],
      });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ status: 'collecting', sharesReceived: 1, needed: 2 });
      expect((await call(app, 'GET', `/cases/${caseId}`, w.officer.headers)).statusCode).toBe(503);
      const again = await call(app, 'POST', '/key-recovery/shares', custodians[0]!.headers, {
        share: shares[0],
      });
      expect(again.statusCode).toBe(409);

      // A custodian cannot hand in someone else's share, and a forged share does not fit.
      const notMine = await call(app, 'POST', '/key-recovery/shares', custodians[1]!.headers, {
        share: shares[2],
      });
      expect(notMine.statusCode).toBe(422);
      const real = decodeShare(shares[1]!);
      real.y[0] = real.y[0]! ^ 0xff;
      const forged = await call(app, 'POST', '/key-recovery/shares', custodians[1]!.headers, {
        share: encodeShare(real.setId, real),
      });
      expect(forged.statusCode).toBe(422);
      expect((await call(app, 'GET', `/cases/${caseId}`, w.officer.headers)).statusCode).toBe(503);
      // Only custodians take part at all.
      expect(
        (await call(app, 'POST', '/key-recovery/shares', w.officer.headers, { share: shares[1] }))
          .statusCode,
      ).toBe(404);

      // The second custodian's own share completes the recovery.
      const second = await call(app, 'POST', '/key-recovery/shares', custodians[1]!.headers, {
        share: shares[1],
      });
      expect(second.statusCode).toBe(200);
      expect(second.json()).toEqual({ status: 'completed', restoredVersions: [1, 2] });

      const restored = await call(app, 'GET', `/cases/${caseId}`, w.officer.headers);
      expect(restored.statusCode).toBe(200);
      expect(restored.json().description).toBe(SECRET);
      const file = await call(
        app,
        'GET',
        `/cases/${caseId}/attachments/${attachmentId}`,
        w.officer.headers,
      );
      expect(file.rawPayload.toString()).toContain('STUK-VAN-DE-MELDER');
      // The receipt index is derived from the restored key, so the anonymous reporter gets back in.
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/integrity/receipt/session',
        payload: { organisationCode: w.org.code, receipt },
      });
      expect(login.statusCode).toBe(201);
      const view = await app.inject({
        method: 'GET',
        url: '/api/v1/integrity/receipt/report',
        headers: { 'x-receipt-session': login.json().sessionToken },
      });
      expect(view.json().summary).toBe('Na de rotatie');
      // And new work is written and read under the recovered key.
      const anonymousId = await reportIdOf(t, view.json().reference);
      const ack = await call(
        app,
        'POST',
        `/cases/${anonymousId}/acknowledgement`,
        w.officer.headers,
        {},
      );
      expect(ack.statusCode).toBe(200);

      const status = (await call(app, 'GET', '/custody', custodians[2]!.headers)).json();
      expect(status.recovery).toMatchObject({ status: 'completed', waitingForSecondShare: false });
      const sealed = await t.deps.db
        .selectFrom('integrity_key_recovery')
        .select('first_share_sealed')
        .where('organisation_id', '=', w.org.id)
        .execute();
      expect(sealed.every((r) => r.first_share_sealed === null)).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('audits the split, every collection and the recovery, with who did it', async () => {
    const events = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'actor_id', 'result'])
      .where('organisation_id', '=', w.org.id)
      .where('action', 'like', 'integrity.key.%')
      .orderBy('id')
      .execute();
    const ids = custodians.map((c) => c.id);
    expect(events.map((e) => `${e.action}:${e.result}`)).toEqual([
      'integrity.key.split:success',
      'integrity.key.share_collect:success',
      'integrity.key.share_collect:success',
      'integrity.key.share_collect:success',
      'integrity.key.recovery_start:success',
      'integrity.key.recovery_share:denied',
      'integrity.key.recovery_share:denied',
      'integrity.key.recover:success',
    ]);
    expect(events[0]!.actor_id).toBe(w.admin.id);
    expect(events.at(-1)!.actor_id).toBe(ids[1]);
  });

  it('refuses fewer than two custodians, and people from outside the organisation', async () => {
    const one = await call(t.app, 'PUT', '/custodians', w.admin.headers, {
      personIds: [custodians[0]!.id],
    });
    expect(one.statusCode).toBe(400);
    expect(one.json().errors[0].field).toBe('body.personIds');
    const outsider = await buildPerson(t.deps.db, null, []);
    const outside = await call(t.app, 'PUT', '/custodians', w.admin.headers, {
      personIds: [custodians[0]!.id, outsider.id],
    });
    expect(outside.statusCode).toBe(400);
    expect(
      (
        await call(t.app, 'PUT', '/custodians', w.clerk.headers, {
          personIds: custodians.map((c) => c.id),
        })
      ).statusCode,
    ).toBe(404);
  });
});
