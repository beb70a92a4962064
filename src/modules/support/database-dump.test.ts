import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../test/dump';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { fileReport } from '../incidents/test-helpers';
import { buildRequesterOrganisation, buildSupportTeam, sendRequest } from './test-support';

/*
 * What someone with the database but not the keys sees of support requests: the kind,
 * urgency, status and dates — never what the person shared, who consented or the team's
 * notes. Those are sealed with the support team's data key.
 */

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const SECRETS = {
  message: 'GEHEIM-bedreiging-bij-de-voordeur-5521',
  contactName: 'GEHEIM-Annemieke-Vos-8842',
  contactDetail: 'geheim.annemieke@example.nl',
  consentName: 'GEHEIM-Wethouder-Pieterse-1176',
  note: 'GEHEIM-notitie-steunteam-9931',
};

describe('database dump', () => {
  it('holds support requests as ciphertext under the support team’s key', async () => {
    const { team, worker, queue } = await buildSupportTeam(t);
    const { org, reporter, handler, base } = await buildRequesterOrganisation(t);
    const own = await sendRequest(t, base, reporter, {
      kind: 'legal',
      urgency: 'urgent',
      contactPreference: 'email',
      contactName: SECRETS.contactName,
      contactDetail: SECRETS.contactDetail,
      message: SECRETS.message,
    });
    expect(own.statusCode, own.body).toBe(201);
    const incident = await fileReport(t, org.id, reporter.headers);
    const referred = await sendRequest(t, base, handler, {
      kind: 'home_security',
      urgency: 'normal',
      contactPreference: 'via_handler',
      incidentId: incident.id,
      onBehalf: {
        personName: SECRETS.consentName,
        consentGiven: true,
        consentGivenOn: new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }),
        consentMethod: 'in_writing',
      },
    });
    expect(referred.statusCode, referred.body).toBe(201);
    const stepped = await t.app.inject({
      method: 'POST',
      url: `${queue}/${own.json().id}/steps`,
      headers: worker.headers,
      payload: {
        status: 'accepted',
        on: new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }),
        note: SECRETS.note,
      },
    });
    expect(stepped.statusCode, stepped.body).toBe(200);

    const dump = await dumpDatabase(t.deps.db);
    for (const secret of Object.values(SECRETS)) expect(dump).not.toContain(secret);
    expect(dump).not.toContain(incident.reference);

    const rows = await t.deps.db.selectFrom('support_request').selectAll().execute();
    for (const row of rows) expect(row.shared_enc).toMatch(/^wb1\.data\./);
    // Sealed for the team: the requesting organisation's key does not open them.
    const sealed = rows.find((r) => r.id === own.json().id)!.shared_enc;
    await expect(t.deps.keyring.decryptText(t.deps.db, org.id, sealed)).rejects.toThrow();
    expect(await t.deps.keyring.decryptText(t.deps.db, team.id, sealed)).toContain('@example.nl');
  });
});
