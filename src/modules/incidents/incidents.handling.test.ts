import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../platform/time';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { pdfText } from '../../test/pdf-tools';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { readZip } from '../../test/zip-reader';
import {
  AFTERCARE_REMINDER_QUEUE,
  FIRST_CONTACT_REMINDER_QUEUE,
  RETENTION_QUEUE,
} from './jobs/queues';
import { PNG_BYTES } from './test-fixtures';
import { fileReport, multipart, validReport } from './test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function setup() {
  const org = await buildOrganisation(t.deps.db);
  const reporter = await buildPerson(t.deps.db, org.id, ['reporter']);
  const handler = await buildPerson(t.deps.db, org.id, ['handler', 'reporter']);
  const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
  return { org, reporter, handler, admin, base: `/api/v1/orgs/${org.id}` };
}

describe('handling a case', () => {
  it('walks the workflow; forbidden transitions get 409 and change nothing', async () => {
    const { org, reporter, handler, base } = await setup();
    const { id } = await fileReport(t, org.id, reporter.headers);
    const url = `${base}/incidents/${id}/transitions`;
    const bad = await t.app.inject({
      method: 'POST',
      url,
      headers: handler.headers,
      payload: { to: 'closed' },
    });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().code).toBe('invalid_transition');
    for (const to of ['in_treatment', 'measures', 'aftercare', 'closed']) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: handler.headers,
        payload: { to },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe(to);
    }
    const reopen = await t.app.inject({
      method: 'POST',
      url,
      headers: handler.headers,
      payload: { to: 'in_treatment' },
    });
    expect(reopen.json().errors[0].field).toBe('body.note');
    const detail = (
      await t.app.inject({
        method: 'GET',
        url: `${base}/incidents/${id}`,
        headers: handler.headers,
      })
    ).json();
    expect(detail.status).toBe('closed');
    expect(
      detail.timeline.filter((e: { type: string }) => e.type === 'status_changed'),
    ).toHaveLength(4);
    expect(detail.handler.id).toBe(handler.id);
    const audits = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'actor_id'])
      .where('organisation_id', '=', org.id)
      .where('action', '=', 'incident.transition')
      .execute();
    expect(audits).toHaveLength(4);
    expect(audits.every((a) => a.actor_id === handler.id)).toBe(true);
  });

  it('raises priority through the risk assessment', async () => {
    const { org, reporter, handler, base } = await setup();
    const { id } = await fileReport(t, org.id, reporter.headers, { kinds: ['verbal_aggression'] });
    const res = await t.app.inject({
      method: 'PUT',
      url: `${base}/incidents/${id}/triage`,
      headers: handler.headers,
      payload: {
        priority: 'low',
        risks: { repeat: false, weapon: true, homeAddressKnown: true, threatToRelatives: false },
        note: 'Dader noemde het woonadres.',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      priority: 'urgent',
      riskNote: 'Dader noemde het woonadres.',
    });
    expect(res.json().triagedAt).not.toBeNull();
  });

  it('lets handler and reporter talk: a question, then an answer with evidence', async () => {
    const { org, reporter, handler, base } = await setup();
    const { id } = await fileReport(t, org.id, reporter.headers);
    const q = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents/${id}/messages`,
      headers: handler.headers,
      payload: { body: 'Heeft u een schermafdruk?' },
    });
    expect(q.json().firstContactAt).not.toBeNull();
    const mine = await t.app.inject({
      method: 'GET',
      url: `${base}/my-incidents`,
      headers: reporter.headers,
    });
    expect(mine.json()[0].openQuestions).toBe(1);
    const m = multipart({ body: 'Ja, hierbij.' }, [
      { field: 'attachments', name: 'scherm.png', data: PNG_BYTES },
    ]);
    const answer = await t.app.inject({
      method: 'POST',
      url: `${base}/my-incidents/${id}/messages`,
      headers: { ...reporter.headers, ...m.headers },
      payload: m.payload,
    });
    expect(answer.statusCode).toBe(201);
    expect(answer.json().messages.map((x: { authorRole: string }) => x.authorRole)).toEqual([
      'handler',
      'reporter',
    ]);
    expect(answer.json().attachments).toHaveLength(1);
    const after = await t.app.inject({
      method: 'GET',
      url: `${base}/my-incidents`,
      headers: reporter.headers,
    });
    expect(after.json()[0].openQuestions).toBe(0);
    await t.deps.jobs.drain();
    expect(
      t.mails.some(
        (mail) => mail.to.includes(reporter.email) && !mail.text.includes('schermafdruk'),
      ),
    ).toBe(true);
  });

  it('plans aftercare from the organisation schedule and records outcomes', async () => {
    const { org, reporter, handler, admin, base } = await setup();
    const put = await t.app.inject({
      method: 'PUT',
      url: `${base}/incident-settings`,
      headers: admin.headers,
      payload: {
        firstContactWorkingDays: 3,
        aftercareSchedule: [
          { unit: 'working_days', amount: 1 },
          { unit: 'days', amount: 14 },
        ],
        retentionMonths: 12,
        retentionAction: 'anonymise',
        emailIntakeEnabled: false,
        organisationAddress: 'Stadsplateau 1, 3521 AZ Utrecht',
      },
    });
    expect(put.statusCode).toBe(200);
    const { id } = await fileReport(t, org.id, reporter.headers);
    const plan = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents/${id}/aftercare/plan`,
      headers: handler.headers,
      payload: { from: '2026-11-27' },
    });
    expect(plan.json().aftercare.map((x: { dueOn: string }) => x.dueOn)).toEqual([
      '2026-11-30',
      '2026-12-11',
    ]);
    const again = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents/${id}/aftercare/plan`,
      headers: handler.headers,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    const task = plan.json().aftercare[0];
    const noOutcome = await t.app.inject({
      method: 'PATCH',
      url: `${base}/incidents/${id}/aftercare/${task.id}`,
      headers: handler.headers,
      payload: { status: 'done' },
    });
    expect(noOutcome.json().errors[0].field).toBe('body.outcome');
    // An empty change is the client's mistake (it was an SQL syntax error, a 500).
    const nothing = await t.app.inject({
      method: 'PATCH',
      url: `${base}/incidents/${id}/aftercare/${task.id}`,
      headers: handler.headers,
      payload: {},
    });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().errors[0].field).toBe('body');
    const done = await t.app.inject({
      method: 'PATCH',
      url: `${base}/incidents/${id}/aftercare/${task.id}`,
      headers: handler.headers,
      payload: { status: 'done', outcome: 'Gaat redelijk, slaapt slecht.' },
    });
    expect(done.json().aftercare[0]).toMatchObject({
      status: 'done',
      outcome: 'Gaat redelijk, slaapt slecht.',
    });
    const reporterView = await t.app.inject({
      method: 'GET',
      url: `${base}/incident-settings`,
      headers: reporter.headers,
    });
    expect(reporterView.statusCode).toBe(404);
  });

  it('produces the police-report PDF with the evidence hashes, and the evidence zip', async () => {
    const { reporter, handler, admin, base } = await setup();
    const settings = await t.app.inject({
      method: 'PUT',
      url: `${base}/incident-settings`,
      headers: admin.headers,
      payload: {
        firstContactWorkingDays: 3,
        aftercareSchedule: [{ unit: 'days', amount: 14 }],
        retentionMonths: 12,
        retentionAction: 'anonymise',
        emailIntakeEnabled: false,
        organisationAddress: 'Stadsplateau 1, 3521 AZ Utrecht',
      },
    });
    expect(settings.statusCode).toBe(200);
    const m = multipart({ report: JSON.stringify(validReport()) }, [
      { field: 'attachments', name: 'foto.png', data: PNG_BYTES },
    ]);
    const filed = await t.app.inject({
      method: 'POST',
      url: `${base}/incidents/with-attachments`,
      headers: { ...reporter.headers, ...m.headers },
      payload: m.payload,
    });
    const { id, attachments } = filed.json();
    await t.app.inject({
      method: 'POST',
      url: `${base}/incidents/${id}/measures`,
      headers: handler.headers,
      payload: {
        type: 'police_report',
        filedBy: 'employer',
        useOrganisationAddress: true,
        plannedOn: amsterdamDate(new Date()),
      },
    });
    const pdf = await t.app.inject({
      method: 'GET',
      url: `${base}/incidents/${id}/police-report.pdf`,
      headers: handler.headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(attachments[0].sha256);
    expect(text).toContain('dreigde mij op te wachten');
    expect(text).toContain('De werkgever namens de medewerker');
    // Natural wording for the target, and the victim's contact block with the
    // organisation's address instead of the home address (the measure's choice).
    expect(text).toContain('Gericht tegen: de melder zelf');
    expect(text).not.toContain('Mijzelf');
    expect(text).toContain('Contactgegevens van het slachtoffer');
    expect(text).toContain(`E-mail: ${reporter.email}`);
    expect(text).toContain('Stadsplateau 1, 3521 AZ Utrecht (adres van de organisatie');
    expect(text).not.toContain('→');
    const home = await t.app.inject({
      method: 'GET',
      url: `${base}/incidents/${id}/police-report.pdf?address=home`,
      headers: handler.headers,
    });
    const homeText = pdfText(home.rawPayload);
    expect(homeText).toContain('Woonadres: ……');
    expect(homeText).not.toContain('Stadsplateau 1');
    const wrong = await t.app.inject({
      method: 'GET',
      url: `${base}/incidents/${id}/police-report.pdf?address=elders`,
      headers: handler.headers,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('querystring.address');
    const zip = await t.app.inject({
      method: 'GET',
      url: `${base}/incidents/${id}/evidence.zip`,
      headers: handler.headers,
    });
    const files = await readZip(zip.rawPayload);
    expect(files.get('bewijs/foto.png')?.equals(PNG_BYTES)).toBe(true);
    expect(files.get('SHA256SUMS.txt')?.toString()).toBe(
      `${attachments[0].sha256}  bewijs/foto.png\n`,
    );
    expect(files.has('dossier-aangifte.pdf')).toBe(true);
    expect(pdfText(files.get('dossier-aangifte.pdf')!)).toContain(attachments[0].sha256);
    const own = await t.app.inject({
      method: 'GET',
      url: `${base}/my-incidents/${id}/police-report.pdf`,
      headers: reporter.headers,
    });
    expect(own.statusCode).toBe(200);
  });

  it('filters and searches the register, and exports it without narrative', async () => {
    const { org, reporter, handler, base } = await setup();
    const a = await fileReport(t, org.id, reporter.headers, {
      channel: 'email',
      kinds: ['threat'],
      narrative: 'Dreigmail over de Zuilense Ring',
    });
    await fileReport(t, org.id, reporter.headers, {
      channel: 'phone',
      kinds: ['verbal_aggression'],
    });
    const list = async (q: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `${base}/incidents?${q}`,
          headers: handler.headers,
        })
      ).json();
    expect((await list('')).total).toBe(2);
    expect((await list('channel=email')).items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    expect((await list('kind=threat')).items).toHaveLength(1);
    const search = await list('q=zuilense');
    expect(search.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    expect([search.total, search.matched]).toEqual([2, 1]);
    expect((await list('')).matched).toBeNull();
    expect((await list(`q=${a.reference}`)).items).toHaveLength(1);
    expect((await list('handler=none')).items).toHaveLength(2);
    expect((await list('status=closed')).items).toHaveLength(0);
    const csv = await t.app.inject({
      method: 'GET',
      url: `${base}/incidents/export.csv`,
      headers: handler.headers,
    });
    expect(csv.body).toContain(a.reference);
    expect(csv.body).not.toContain('Zuilense');
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `${base}/incidents/export.xlsx`,
      headers: handler.headers,
    });
    const sheet = (await readZip(xlsx.rawPayload)).get('xl/worksheets/sheet1.xml')!.toString();
    expect(sheet).toContain(a.reference);
    expect(sheet).not.toContain('Zuilense');
  });

  it('exports the date a report was received in Amsterdam time, across the end of summer time', async () => {
    const { org, reporter, handler, base } = await setup();
    // Summer time ends 2026-10-25 at 01:00 UTC (03:00 CEST becomes 02:00 CET).
    const received = {
      '2026-10-24T22:30:00Z': '2026-10-25', // 00:30 CEST: already the 25th in Amsterdam
      '2026-10-25T01:30:00Z': '2026-10-25', // 02:30 CET, just after the change
      '2026-10-25T22:30:00Z': '2026-10-25', // 23:30 CET: still the 25th (UTC+1 now, not +2)
      '2026-10-25T23:30:00Z': '2026-10-26', // 00:30 CET
    };
    const references = new Map<string, string>();
    for (const [at, day] of Object.entries(received)) {
      const { id, reference } = await fileReport(t, org.id, reporter.headers);
      await t.deps.db
        .updateTable('incident')
        .set({ created_at: new Date(at) })
        .where('id', '=', id)
        .execute();
      references.set(reference, day);
    }
    const csv = await t.app.inject({
      method: 'GET',
      url: `${base}/incidents/export.csv`,
      headers: handler.headers,
    });
    const rows = csv.body.split('\r\n').map((line) => line.split(';'));
    const column = rows[0]!.indexOf('Ontvangen op');
    expect(column).toBeGreaterThan(-1);
    for (const [reference, day] of references) {
      expect(rows.find((r) => r[0] === reference)?.[column]).toBe(day);
    }
  });

  it('pages through reports made at the same moment without repeating or skipping one', async () => {
    const { org, reporter, handler, base } = await setup();
    const filed = [];
    for (let i = 0; i < 7; i++) filed.push((await fileReport(t, org.id, reporter.headers)).id);
    // Same status, priority and time: only a tie-break keeps the pages apart.
    await t.deps.db
      .updateTable('incident')
      .set({ created_at: new Date('2026-11-02T09:00:00Z') })
      .where('organisation_id', '=', org.id)
      .execute();
    const seen: string[] = [];
    for (let offset = 0; offset < 7; offset += 2) {
      const page = await t.app.inject({
        method: 'GET',
        url: `${base}/incidents?limit=2&offset=${offset}`,
        headers: handler.headers,
      });
      expect(page.json().total).toBe(7);
      seen.push(...page.json().items.map((i: { id: string }) => i.id));
    }
    expect([...seen].sort()).toEqual([...filed].sort());
  });
});

describe('jobs', () => {
  it('reminds handlers of overdue first contact once a day, without personal details', async () => {
    const { org, reporter, handler, base } = await setup();
    const { id } = await fileReport(t, org.id, reporter.headers, {
      narrative: 'Geheim-verhaal-XYZ',
    });
    await t.deps.db
      .updateTable('incident')
      .set({ first_contact_due_on: addDays(amsterdamDate(new Date()), -1) })
      .where('id', '=', id)
      .execute();
    const overdue = await t.app.inject({
      method: 'GET',
      url: `${base}/incidents?overdue=true`,
      headers: handler.headers,
    });
    expect(overdue.json().items.map((i: { id: string }) => i.id)).toEqual([id]);
    // The new-report notification goes out first; the reminder is what is counted here.
    await t.deps.jobs.drain();
    const before = t.mails.length;
    await t.deps.jobs.enqueue(
      t.deps.db,
      FIRST_CONTACT_REMINDER_QUEUE,
      {},
      { singletonKey: 'test-1' },
    );
    await t.deps.jobs.drain();
    const mails = t.mails.slice(before).filter((m) => m.to.includes(handler.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Weerbaar: melding wacht op eerste contact');
    expect(mails[0]!.text).toContain('termijn voor het eerste contact');
    expect(mails[0]!.text).toContain(`/meldingen/register/${id}`);
    expect(mails[0]!.text).not.toContain('Geheim-verhaal');
    expect(mails[0]!.text).not.toContain(reporter.email);
    await t.deps.jobs.enqueue(
      t.deps.db,
      FIRST_CONTACT_REMINDER_QUEUE,
      {},
      { singletonKey: 'test-2' },
    );
    await t.deps.jobs.drain();
    expect(t.mails.slice(before).filter((m) => m.to.includes(handler.email))).toHaveLength(1);
  });

  it('reminds of due aftercare check-ins', async () => {
    const { org, reporter, handler, base } = await setup();
    const { id } = await fileReport(t, org.id, reporter.headers);
    await t.app.inject({
      method: 'POST',
      url: `${base}/incidents/${id}/transitions`,
      headers: handler.headers,
      payload: { to: 'in_treatment' },
    });
    await t.app.inject({
      method: 'POST',
      url: `${base}/incidents/${id}/aftercare/plan`,
      headers: handler.headers,
      payload: { from: addDays(amsterdamDate(new Date()), -40) },
    });
    await t.deps.jobs.drain();
    const before = t.mails.length;
    await t.deps.jobs.enqueue(t.deps.db, AFTERCARE_REMINDER_QUEUE, {}, { singletonKey: 'a-1' });
    await t.deps.jobs.drain();
    const mails = t.mails.slice(before).filter((m) => m.to.includes(handler.email));
    // Three check-ins are due on one report: one reminder for that report.
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('nazorgcontact gepland');
    expect(mails[0]!.text).toContain(`/meldingen/register/${id}`);
  });

  it('anonymises closed reports after the retention term, logged in the audit trail', async () => {
    const { org, reporter, handler, base } = await setup();
    const m = multipart({ report: JSON.stringify(validReport()) }, [
      { field: 'attachments', name: 'foto.png', data: PNG_BYTES },
    ]);
    const { id } = (
      await t.app.inject({
        method: 'POST',
        url: `${base}/incidents/with-attachments`,
        headers: { ...reporter.headers, ...m.headers },
        payload: m.payload,
      })
    ).json();
    const keep = await fileReport(t, org.id, reporter.headers);
    for (const to of ['in_treatment', 'closed']) {
      await t.app.inject({
        method: 'POST',
        url: `${base}/incidents/${id}/transitions`,
        headers: handler.headers,
        payload: { to },
      });
    }
    await t.deps.db
      .updateTable('incident')
      .set({ closed_at: new Date(Date.now() - 25 * 30 * 24 * 3600 * 1000) })
      .where('id', '=', id)
      .execute();
    await t.deps.jobs.enqueue(t.deps.db, RETENTION_QUEUE, {}, { singletonKey: 'r-1' });
    await t.deps.jobs.drain();
    const detail = (
      await t.app.inject({
        method: 'GET',
        url: `${base}/incidents/${id}`,
        headers: handler.headers,
      })
    ).json();
    expect(detail).toMatchObject({
      anonymised: true,
      narrative: null,
      reporter: null,
      attachments: [],
      kinds: ['verbal_aggression', 'threat'],
    });
    const kept = (
      await t.app.inject({
        method: 'GET',
        url: `${base}/incidents/${keep.id}`,
        headers: handler.headers,
      })
    ).json();
    expect(kept.anonymised).toBe(false);
    const mine = await t.app.inject({
      method: 'GET',
      url: `${base}/my-incidents`,
      headers: reporter.headers,
    });
    expect(mine.json().map((x: { id: string }) => x.id)).toEqual([keep.id]);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['actor_type'])
      .where('organisation_id', '=', org.id)
      .where('action', '=', 'incident.retention.anonymise')
      .where('object_id', '=', id)
      .execute();
    expect(audit).toEqual([{ actor_type: 'system' }]);
  });
});
