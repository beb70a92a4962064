import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDate } from '../../../platform/time';
import { buildPerson } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import {
  buildIntegrityWorld,
  countRows,
  fileAnonymous,
  type IntegrityWorld,
  reportIdOf,
  validContent,
} from '../test-helpers';
import { sendClockReminders } from './jobs/clock-reminders';
import { backdateReport } from './jobs/jobs.repository';
import { applyRetention } from './jobs/retention';

let t: TestApp;
let w: IntegrityWorld;
beforeAll(async () => {
  t = await buildTestApp();
  w = await buildIntegrityWorld(t);
});
afterAll(async () => t?.close());

const base = () => `/api/v1/orgs/${w.org.id}/integrity`;
const post = (url: string, headers: Record<string, string>, payload: unknown = {}) =>
  t.app.inject({ method: 'POST', url: `${base()}${url}`, headers, payload: payload as object });
const get = (url: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: `${base()}${url}`, headers });

async function memberReport(channel: 'identified' | 'confidential', recipientId?: string) {
  const res = await post('/reports', w.reporter.headers, {
    ...validContent(),
    channel,
    recipientId,
    contact: '06-12345678',
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; reference: string; acknowledgementDueOn: string };
}

describe('handling a report under the whistleblower rules', () => {
  it('runs from receipt through acknowledgement, assessment, investigation, outcome and feedback to closing', async () => {
    const filed = await memberReport('identified');
    const today = amsterdamDate(new Date());
    let c = (await get(`/cases/${filed.id}`, w.officer.headers)).json();
    expect(c.clocks.acknowledgement).toMatchObject({ state: 'open', daysLeft: 7 });
    expect(c.allowedActions).toContain('acknowledge');

    // Deciding before acknowledging is out of order.
    const early = await post(`/cases/${filed.id}/assessment`, w.officer.headers, {
      assessment: 'x',
      decision: 'investigate',
      reason: 'y',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('invalid_transition');
    // The case's own status travels beside the HTTP status, never in its place.
    expect(early.json()).toMatchObject({ status: 409, caseStatus: 'received' });

    c = (await post(`/cases/${filed.id}/acknowledgement`, w.officer.headers, {})).json();
    expect(c.status).toBe('assessment');
    expect(c.clocks.acknowledgement.state).toBe('met');
    expect(c.clocks.feedback.state).toBe('open');
    expect(c.messages[0]).toMatchObject({ kind: 'acknowledgement', authorRole: 'handler' });
    // The standard acknowledgement names the external route, as the Wbk requires.
    expect(JSON.stringify(c.messages[0])).toContain('Huis voor Klokkenluiders');

    // Feedback before the assessment is refused, and a message does not stop the clock.
    const premature = await post(`/cases/${filed.id}/feedback`, w.officer.headers, {
      body: 'We kijken ernaar.',
    });
    expect(premature.statusCode).toBe(409);
    expect(premature.json().detail).toContain('beoordeling');
    await post(`/cases/${filed.id}/messages`, w.officer.headers, { body: 'We kijken ernaar.' });
    c = (await get(`/cases/${filed.id}`, w.officer.headers)).json();
    expect(c.clocks.feedback.state).toBe('open');
    expect(c.feedbackAt).toBeNull();

    c = (
      await post(`/cases/${filed.id}/assessment`, w.officer.headers, {
        assessment: 'Voldoende aanwijzingen voor een onderzoek.',
        decision: 'investigate',
        reason: 'Concrete feiten en een benoemde betrokkene.',
      })
    ).json();
    expect(c).toMatchObject({ status: 'investigation', decision: 'investigate' });
    c = (
      await post(`/cases/${filed.id}/notes`, w.officer.headers, {
        note: 'Gesprek met de afdeling gepland.',
      })
    ).json();
    expect(c.timeline.map((e: { type: string }) => e.type)).toContain('note');

    // Closing needs an outcome and feedback first.
    expect((await post(`/cases/${filed.id}/close`, w.officer.headers)).statusCode).toBe(409);
    c = (
      await post(`/cases/${filed.id}/outcome`, w.officer.headers, {
        outcome: 'founded',
        summary: 'De gunning is in strijd met de regels gedaan.',
        measures: 'Berisping en herziening van het inkoopproces.',
      })
    ).json();
    expect(c).toMatchObject({
      status: 'concluded',
      outcome: 'founded',
      measures: 'Berisping en herziening van het inkoopproces.',
    });
    const noFeedback = await post(`/cases/${filed.id}/close`, w.officer.headers);
    expect(noFeedback.statusCode).toBe(409);
    expect(noFeedback.json().detail).toContain('terugkoppeling');

    c = (
      await post(`/cases/${filed.id}/feedback`, w.officer.headers, {
        body: 'Uw melding is onderzocht en gegrond bevonden; er zijn maatregelen genomen.',
      })
    ).json();
    expect(c.clocks.feedback).toMatchObject({ state: 'met', metOn: today });
    c = (await post(`/cases/${filed.id}/close`, w.officer.headers)).json();
    expect(c).toMatchObject({ status: 'closed', allowedActions: [] });

    // The reporter sees acknowledgement, the message and feedback, but no handling notes.
    const mine = (await get(`/my-reports/${filed.id}`, w.reporter.headers)).json();
    expect(mine.messages.map((m: { kind: string }) => m.kind)).toEqual([
      'acknowledgement',
      'message',
      'feedback',
    ]);
    expect(JSON.stringify(mine)).not.toContain('Gesprek met de afdeling');
    const closed = await post(`/my-reports/${filed.id}/messages`, w.reporter.headers, {
      body: 'Nog iets',
    });
    expect(closed.statusCode).toBe(409);
  });

  it('ends a case without investigation when the assessment says so', async () => {
    const filed = await fileAnonymous(t, w.org.code);
    const id = await reportIdOf(t, filed.reference);
    await post(`/cases/${id}/acknowledgement`, w.counsellor.headers, {
      message: 'Ontvangen, dank u.',
    });
    const c = (
      await post(`/cases/${id}/assessment`, w.counsellor.headers, {
        assessment: 'Geen integriteitskwestie maar een arbeidsconflict.',
        decision: 'no_investigation',
        reason: 'Doorverwezen naar HR.',
      })
    ).json();
    expect(c).toMatchObject({
      status: 'concluded',
      outcome: 'not_investigated',
      decision: 'no_investigation',
    });
  });

  it('lets a reporter follow their own reports only', async () => {
    const filed = await memberReport('identified');
    const list = (await get('/my-reports', w.reporter.headers)).json();
    expect(list.map((r: { id: string }) => r.id)).toContain(filed.id);
    const other = await buildPerson(t.deps.db, w.org.id, ['reporter']);
    expect((await get('/my-reports', other.headers)).json()).toEqual([]);
    expect((await get(`/my-reports/${filed.id}`, other.headers)).statusCode).toBe(404);
    expect(
      (await post(`/my-reports/${filed.id}/messages`, other.headers, { body: 'x' })).statusCode,
    ).toBe(404);
    const answer = await post(`/my-reports/${filed.id}/messages`, w.reporter.headers, {
      body: 'Aanvulling van de melder',
    });
    expect(answer.statusCode).toBe(201);
    // The reporter's own action is audited without naming them.
    const events = await t.deps.db
      .selectFrom('audit_event')
      .select(['actor_type', 'actor_id', 'action'])
      .where('object_id', '=', filed.id)
      .where('action', 'like', 'integrity.%reporter%')
      .execute();
    expect(events).toEqual([
      { actor_type: 'anonymous', actor_id: null, action: 'integrity.message.reporter' },
    ]);
  });
});

describe('identity: sealed, and unmasked only with a custodian', () => {
  it('shows an identified reporter to handlers, and a confidential one only to the chosen recipient', async () => {
    const identified = await memberReport('identified');
    const seen = await get(`/cases/${identified.id}/identity`, w.counsellor.headers);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      email: w.reporter.email,
      contact: '06-12345678',
      via: 'account',
    });

    const confidential = await memberReport('confidential', w.officer.id);
    expect((await get(`/cases/${confidential.id}`, w.counsellor.headers)).json().identity).toBe(
      'sealed',
    );
    expect((await get(`/cases/${confidential.id}/identity`, w.counsellor.headers)).statusCode).toBe(
      404,
    );
    expect((await get(`/cases/${confidential.id}/identity`, w.officer.headers)).json().email).toBe(
      w.reporter.email,
    );
    const anonymous = await fileAnonymous(t, w.org.code);
    const anonymousId = await reportIdOf(t, anonymous.reference);
    expect((await get(`/cases/${anonymousId}`, w.officer.headers)).json().identity).toBe('none');
  });

  it('needs a request, a custodian other than the requester, and audits both', async () => {
    const custodian = await buildPerson(t.deps.db, w.org.id, ['reporter']);
    const designate = await t.app.inject({
      method: 'PUT',
      url: `${base()}/custodians`,
      headers: w.admin.headers,
      payload: { personIds: [custodian.id, w.counsellor.id] },
    });
    expect(designate.statusCode).toBe(204);
    const filed = await memberReport('confidential', w.officer.id);
    const request = await post(`/cases/${filed.id}/unmask-requests`, w.counsellor.headers, {
      reason: 'Nodig om getuigen te kunnen horen.',
    });
    expect(request.statusCode).toBe(201);
    const requestId = request.json().id;
    // The requester is a custodian too, but may not approve their own request.
    const own = await post(`/unmask-requests/${requestId}/decision`, w.counsellor.headers, {
      approve: true,
    });
    expect(own.statusCode).toBe(403);
    // Someone who is not a custodian does not even see the queue.
    expect((await get('/unmask-requests', w.officer.headers)).statusCode).toBe(404);
    const queue = (await get('/unmask-requests', custodian.headers)).json();
    expect(queue).toMatchObject([
      { id: requestId, reason: 'Nodig om getuigen te kunnen horen.', status: 'pending' },
    ]);
    expect(JSON.stringify(queue)).not.toContain(w.reporter.email);
    const approved = await post(`/unmask-requests/${requestId}/decision`, custodian.headers, {
      approve: true,
      note: 'Akkoord voor het onderzoek.',
    });
    expect(approved.json().status).toBe('approved');
    const identity = await get(`/cases/${filed.id}/identity`, w.counsellor.headers);
    expect(identity.json().email).toBe(w.reporter.email);
    const actions = (
      await t.deps.db
        .selectFrom('audit_event')
        .select(['action', 'actor_id', 'result'])
        .where('organisation_id', '=', w.org.id)
        .where('action', 'like', 'integrity.unmask.%')
        .execute()
    ).map((e) => `${e.action}:${e.actor_id}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        `integrity.unmask.request:${w.counsellor.id}`,
        `integrity.unmask.approve:${custodian.id}`,
      ]),
    );
    const reads = await t.deps.db
      .selectFrom('audit_event')
      .select(['actor_id', 'result'])
      .where('object_id', '=', filed.id)
      .where('action', '=', 'integrity.identity.read')
      .execute();
    expect(reads).toEqual([{ actor_id: w.counsellor.id, result: 'success' }]);
  });
});

describe('reports through a confidential counsellor', () => {
  it('stays with the counsellor until the reporter consents; the clocks start when it is passed on', async () => {
    const intake = await post('/intakes', w.counsellor.headers, {
      ...validContent({ summary: 'Via de vertrouwenspersoon' }),
      channel: 'confidential',
      reporterName: 'Jan Melder',
      reporterContact: 'j.melder@example.org',
    });
    expect(intake.statusCode).toBe(201);
    const id = intake.json().id;
    const officerList = (await get('/cases', w.officer.headers)).json();
    expect(officerList.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await get(`/cases/${id}`, w.officer.headers)).statusCode).toBe(404);
    const held = (await get(`/cases/${id}`, w.counsellor.headers)).json();
    expect(held).toMatchObject({ status: 'with_counsellor', receivedOn: null });
    expect(held.clocks.acknowledgement.state).toBe('not_started');
    // Another counsellor cannot pass it on, and nobody without consent fields can.
    expect((await post(`/cases/${id}/forward`, w.counsellor.headers, {})).statusCode).toBe(400);
    const future = await post(`/cases/${id}/forward`, w.counsellor.headers, {
      consentOn: '2999-01-01',
      consentHow: 'in_person',
    });
    expect(future.json().errors[0].field).toBe('body.consentOn');
    const forwarded = await post(`/cases/${id}/forward`, w.counsellor.headers, {
      consentOn: amsterdamDate(new Date()),
      consentHow: 'written',
      consentNote: 'Mag door, naam alleen bij de vertrouwenspersoon.',
    });
    expect(forwarded.statusCode).toBe(200);
    const c = (await get(`/cases/${id}`, w.officer.headers)).json();
    expect(c).toMatchObject({ status: 'received', identity: 'sealed', intake: 'counsellor' });
    expect(c.clocks.acknowledgement.state).toBe('open');
    expect(c.timeline.map((e: { type: string }) => e.type)).toEqual([
      'intake',
      'forwarded_with_consent',
    ]);
    expect((await get(`/cases/${id}/identity`, w.counsellor.headers)).json()).toMatchObject({
      name: 'Jan Melder',
      via: 'counsellor',
    });
  });

  it('stores no name at all for an anonymous intake', async () => {
    const intake = await post('/intakes', w.counsellor.headers, {
      ...validContent(),
      channel: 'anonymous',
    });
    const rows = await t.deps.db
      .selectFrom('integrity_reporter_identity')
      .selectAll()
      .where('report_id', '=', intake.json().id)
      .execute();
    expect(rows).toEqual([]);
    const named = await post('/intakes', w.counsellor.headers, {
      ...validContent(),
      channel: 'identified',
    });
    expect(named.json().errors[0].field).toBe('body.reporterName');
  });
});

describe('legal clocks: overdue list, reminders, breach register', () => {
  it('lists overdue reports, reminds by mail once a day, and registers the breach', async () => {
    const filed = await memberReport('identified');
    await backdateReport(t.deps.db, w.org.id, filed.id, 9);
    const overdue = (await get('/cases?overdue=true', w.officer.headers)).json();
    expect(overdue.map((c: { id: string }) => c.id)).toContain(filed.id);
    expect(
      overdue.find((c: { id: string }) => c.id === filed.id).clocks.acknowledgement,
    ).toMatchObject({ state: 'overdue', daysLeft: -2 });

    await t.deps.jobs.drain();
    const sent = t.mails.length;
    await sendClockReminders(t.deps);
    await t.deps.jobs.drain();
    const reminders = t.mails.slice(sent).filter((m) => m.subject.includes('ontvangstbevestiging'));
    expect(reminders.flatMap((m) => m.to)).toContain(w.officer.email);
    expect(reminders[0]!.subject).toBe(
      'Weerbaar: ontvangstbevestiging integriteitsmelding bijna of te laat',
    );
    expect(reminders[0]!.raw).not.toContain(filed.reference);
    expect(reminders[0]!.raw).not.toContain('zwager');
    const again = t.mails.length;
    await sendClockReminders(t.deps);
    await t.deps.jobs.drain();
    expect(t.mails.slice(again).filter((m) => m.subject.includes('ontvangstbevestiging'))).toEqual(
      [],
    );

    let breaches = (await get('/clock-breaches', w.officer.headers)).json();
    expect(breaches.find((b: { reportId: string }) => b.reportId === filed.id)).toMatchObject({
      clock: 'acknowledgement',
      metAt: null,
    });
    await post(`/cases/${filed.id}/acknowledgement`, w.officer.headers, {});
    breaches = (await get('/clock-breaches', w.officer.headers)).json();
    expect(
      breaches.find((b: { reportId: string }) => b.reportId === filed.id).metAt,
    ).not.toBeNull();
    const c = (await get(`/cases/${filed.id}`, w.officer.headers)).json();
    expect(c.clocks.acknowledgement.state).toBe('met_late');
  });

  it("puts the clock reminder in the officers' notification lists; app only sends no mail", async () => {
    const quiet = await buildPerson(t.deps.db, w.org.id, ['integrity_officer']);
    const pref = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${w.org.id}/notification-preferences`,
      headers: quiet.headers,
      payload: { preferences: [{ eventType: 'integrity.acknowledgement_due', delivery: 'app' }] },
    });
    expect(pref.statusCode, pref.body).toBe(200);
    const filed = await memberReport('identified');
    await backdateReport(t.deps.db, w.org.id, filed.id, 6);
    await t.deps.jobs.drain();
    const sent = t.mails.length;
    await sendClockReminders(t.deps);
    await t.deps.jobs.drain();
    const mails = t.mails.slice(sent);
    expect(mails.filter((m) => m.to.includes(quiet.email))).toEqual([]);
    expect(mails.some((m) => m.to.includes(w.officer.email))).toBe(true);
    const listOf = async (headers: Record<string, string>) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/orgs/${w.org.id}/notifications`,
          headers,
        })
      ).json().items as { eventType: string; objectId: string }[];
    for (const person of [quiet, w.officer])
      expect(await listOf(person.headers)).toContainEqual(
        expect.objectContaining({ eventType: 'integrity.acknowledgement_due', objectId: filed.id }),
      );
    // Not for the reporter, the counsellor or the admin.
    for (const person of [w.reporter, w.counsellor, w.admin])
      expect((await listOf(person.headers)).map((i) => i.eventType)).not.toContain(
        'integrity.acknowledgement_due',
      );
  });

  it('deletes closed cases after the integrity retention term, keeping the audit trail', async () => {
    const filed = await fileAnonymous(t, w.org.code);
    const id = await reportIdOf(t, filed.reference);
    await post(`/cases/${id}/acknowledgement`, w.officer.headers, {});
    await post(`/cases/${id}/assessment`, w.officer.headers, {
      assessment: 'Geen zaak.',
      decision: 'no_investigation',
      reason: 'Geen aanwijzingen.',
    });
    await post(`/cases/${id}/feedback`, w.officer.headers, { body: 'Wij doen geen onderzoek.' });
    await post(`/cases/${id}/close`, w.officer.headers);
    const settings = await t.app.inject({
      method: 'PUT',
      url: `${base()}/settings`,
      headers: w.officer.headers,
      payload: { retentionMonths: 12 },
    });
    expect(settings.json().retentionMonths).toBe(12);
    await applyRetention(t.deps);
    expect((await get(`/cases/${id}`, w.officer.headers)).statusCode).toBe(200);
    await backdateReport(t.deps.db, w.org.id, id, 400);
    const before = await countRows(t, 'integrity_report', w.org.id);
    const result = await applyRetention(t.deps);
    expect(result.deleted).toBe(1);
    expect(await countRows(t, 'integrity_report', w.org.id)).toBe(before - 1);
    const trail = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('object_id', '=', id)
      .execute();
    expect(trail.map((e) => e.action)).toContain('integrity.report.retention_delete');
  });

  it('refuses retention outside 12..240 months, naming the field', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `${base()}/settings`,
      headers: w.officer.headers,
      payload: { retentionMonths: 3 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.retentionMonths');
    // The counsellor handles cases but does not set retention.
    const counsellor = await t.app.inject({
      method: 'PUT',
      url: `${base()}/settings`,
      headers: w.counsellor.headers,
      payload: { retentionMonths: 24 },
    });
    expect(counsellor.statusCode).toBe(404);
  });
});
