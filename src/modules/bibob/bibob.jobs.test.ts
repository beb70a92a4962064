import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/time';
import { unscopedContext } from '../../platform/use-case';
import { dumpDatabase } from '../../test/dump';
import { buildPerson } from '../../test/factories';
import { multipart } from '../../test/multipart';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { APPLICANT_ANSWERS, applicantToken, bibobSetting, createTestCase } from './test-support';
import { eraseClosedCases } from './use-cases/erase-closed-cases';
import { remindPolicyRenewal } from './use-cases/remind-policy-renewal';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterEach(() => {
  t.deps.clock = undefined;
});
afterAll(async () => t?.close());

const decide = (base: string, headers: Record<string, string>, caseId: string, on: string) =>
  t.app.inject({
    method: 'PATCH',
    url: `${base}/cases/${caseId}`,
    headers,
    payload: {
      decision: { outcome: 'granted', decidedOn: on, bibobGrounds: false, reasoning: null },
    },
  });

describe('retention', () => {
  it('erases closed cases after the organisation’s term, with their documents, and keeps the rest', async () => {
    t.deps.clock = fixedClock('2026-06-01T10:00:00Z');
    const { officer, base, org } = await bibobSetting(t);
    await t.app.inject({
      method: 'PATCH',
      url: `${base}/settings`,
      headers: officer.headers,
      payload: { retentionMonths: 12 },
    });
    const old = await createTestCase(t, base, officer, { receivedOn: '2026-01-05' });
    const recent = await createTestCase(t, base, officer, { receivedOn: '2026-04-01' });
    const open = await createTestCase(t, base, officer, { receivedOn: '2026-01-05' });
    const file = multipart({}, [
      { field: 'documents', name: 'notitie.txt', data: Buffer.from('Notitie bij het dossier') },
    ]);
    const added = await t.app.inject({
      method: 'POST',
      url: `${base}/cases/${old}/documents`,
      headers: { ...officer.headers, ...file.headers },
      payload: file.payload,
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((await decide(base, officer.headers, old, '2026-02-10')).statusCode).toBe(200);
    expect((await decide(base, officer.headers, recent, '2026-05-20')).statusCode).toBe(200);

    // A year after the first decision: only that case goes.
    t.deps.clock = fixedClock('2027-02-11T03:00:00Z');
    expect(await eraseClosedCases(unscopedContext(t.deps))).toBe(1);
    const ids = (
      await t.app.inject({ method: 'GET', url: `${base}/cases`, headers: officer.headers })
    )
      .json()
      .map((c: { id: string }) => c.id);
    expect(ids.sort()).toEqual([recent, open].sort());
    const gone = await t.app.inject({
      method: 'GET',
      url: `${base}/cases/${old}`,
      headers: officer.headers,
    });
    expect(gone.statusCode).toBe(404);
    const chunks = await t.deps.db
      .selectFrom('bibob_document_chunk')
      .select('attachment_id')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(chunks).toEqual([]);
    const events = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'object_id', 'actor_type'])
      .where('organisation_id', '=', org.id)
      .where('action', '=', 'bibob.case.erase')
      .execute();
    expect(events).toEqual([{ action: 'bibob.case.erase', object_id: old, actor_type: 'system' }]);
    // Run again: nothing more.
    expect(await eraseClosedCases(unscopedContext(t.deps))).toBe(0);
  });
});

describe('policy renewal reminder', () => {
  it('notifies the organisation’s Bibob officers once, without content, as each chose, when renewal comes near', async () => {
    t.deps.clock = fixedClock('2026-12-07T10:00:00Z');
    const { officer, base, org } = await bibobSetting(t);
    const colleague = await buildPerson(t.deps.db, org.id, ['bibob_officer']);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const template = (
      await t.app.inject({ method: 'GET', url: `${base}/policy`, headers: officer.headers })
    ).json().template;
    await t.app.inject({
      method: 'POST',
      url: `${base}/policy/versions`,
      headers: officer.headers,
      payload: template,
    });
    const adopted = await t.app.inject({
      method: 'POST',
      url: `${base}/policy/versions/1/adoption`,
      headers: officer.headers,
      payload: { adoptedBy: 'het college', adoptedOn: '2023-06-01' },
    });
    expect(adopted.json().renewalDue).toBe('2027-06-01');

    const ctx = () => unscopedContext(t.deps);
    const mailsTo = (email: string) => t.mails.filter((m) => m.to.includes(email));
    await remindPolicyRenewal(ctx());
    expect(mailsTo(officer.email)).toHaveLength(0); // more than 90 days ahead

    await t.deps.jobs.drain();
    expect(mailsTo(officer.email)).toHaveLength(0); // more than 90 days ahead

    // The colleague keeps it in the app only.
    const pref = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/notification-preferences`,
      headers: colleague.headers,
      payload: { preferences: [{ eventType: 'bibob.policy_renewal_due', delivery: 'app' }] },
    });
    expect(pref.statusCode, pref.body).toBe(200);
    t.deps.clock = fixedClock('2027-03-15T10:00:00Z');
    await remindPolicyRenewal(ctx());
    await remindPolicyRenewal(ctx());
    await t.deps.jobs.drain();
    expect(mailsTo(officer.email)).toHaveLength(1);
    expect(mailsTo(colleague.email)).toHaveLength(0);
    expect(mailsTo(admin.email)).toHaveLength(0);
    const mail = mailsTo(officer.email)[0]!;
    expect(mail.subject).toBe('Weerbaar: Bibob-beleid moet worden herzien');
    expect(mail.text).toContain('/bibob/beleid');
    expect(mail.raw).not.toContain('2027-06-01');
    expect(mail.raw).not.toContain('het college');
    const listOf = async (headers: Record<string, string>) =>
      (
        await t.app.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}/notifications`, headers })
      ).json().items as { eventType: string }[];
    for (const person of [officer, colleague])
      expect((await listOf(person.headers)).map((i) => i.eventType)).toEqual([
        'bibob.policy_renewal_due',
      ]);
    expect(await listOf(admin.headers)).toEqual([]);
    // Another organisation's Bibob officer hears nothing of it.
    const other = await bibobSetting(t);
    expect(mailsTo(other.officer.email)).toHaveLength(0);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/orgs/${other.org.id}/notifications`,
          headers: other.officer.headers,
        })
      ).json().items,
    ).toEqual([]);

    const overview = (
      await t.app.inject({ method: 'GET', url: `${base}/policy`, headers: officer.headers })
    ).json();
    expect(overview.renewal).toEqual({ due: '2027-06-01', status: 'due_soon' });
  });
});

describe('database dump', () => {
  it('holds no applicant name, reference, answer, reasoning or document in plain text', async () => {
    t.deps.clock = fixedClock('2026-12-07T10:00:00Z');
    const { officer, base } = await bibobSetting(t);
    const SECRETS = {
      name: 'GEHEIM-Bouwbedrijf-Vechtzicht-5521',
      reference: 'GEHEIM-Z-26-77310',
      subject: 'GEHEIM-Coffeeshop-Lombok-118',
      answer: 'GEHEIM-Oom-Piet-Holding-4471',
      reasoning: 'GEHEIM-redenering-RIEC-3390',
      note: 'GEHEIM-notitie-kadaster-8812',
      fileName: 'GEHEIM-jaarrekening-6612.txt',
      fileText: 'GEHEIM-inhoud-document-9034',
    };
    const caseId = await createTestCase(t, base, officer, {
      applicantName: SECRETS.name,
      reference: SECRETS.reference,
      subject: SECRETS.subject,
      receivedOn: '2026-12-01',
    });
    const token = await applicantToken(t, base, officer, caseId);
    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/v1/bibob-questionnaire/${token}`,
      payload: { answers: { ...APPLICANT_ANSWERS, financiering_derden: SECRETS.answer } },
    });
    expect(sent.statusCode).toBe(201);
    const file = multipart({}, [
      { field: 'documents', name: SECRETS.fileName, data: Buffer.from(SECRETS.fileText) },
    ]);
    await t.app.inject({
      method: 'POST',
      url: `${base}/cases/${caseId}/documents`,
      headers: { ...officer.headers, ...file.headers },
      payload: file.payload,
    });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `${base}/cases/${caseId}`,
      headers: officer.headers,
      payload: {
        checklist: { kadaster: { status: 'done', on: '2026-12-05', note: SECRETS.note } },
        risk: { level: 'serious', reasoning: SECRETS.reasoning, assessedOn: '2026-12-06' },
      },
    });
    expect(res.statusCode).toBe(200);
    const dump = await dumpDatabase(t.deps.db);
    for (const secret of Object.values(SECRETS)) expect(dump).not.toContain(secret);
    expect(dump).not.toContain('serious');
    const row = await t.deps.db
      .selectFrom('bibob_case')
      .selectAll()
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row.answers_enc).toMatch(/^wb1\.data\./);
    expect(JSON.stringify(row)).not.toMatch(/eigen_vermogen|huurder|"bv"/);
  });
});
