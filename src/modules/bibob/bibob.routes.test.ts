import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/time';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { multipart } from '../../test/multipart';
import { pdfInfo, pdfText } from '../../test/pdf-tools';
import { buildTestApp, type TestApp } from '../../test/test-app';
import {
  APPLICANT_ANSWERS,
  applicantToken,
  bibobSetting,
  createTestCase,
  NOW,
  PDF_BYTES,
} from './test-support';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterEach(() => {
  t.deps.clock = undefined;
});
afterAll(async () => t?.close());

describe('Bibob policy', () => {
  it('starts from the template, keeps versions, records adoption and exports a PDF', async () => {
    t.deps.clock = fixedClock(NOW);
    const { officer, base } = await bibobSetting(t);
    const empty = await t.app.inject({
      method: 'GET',
      url: `${base}/policy`,
      headers: officer.headers,
    });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toMatchObject({ current: null, renewal: { status: 'none' } });
    const template = empty.json().template;
    expect(template.items.map((i: { key: string }) => i.key)).toContain(
      'exploitatievergunning-horeca',
    );

    const first = await t.app.inject({
      method: 'POST',
      url: `${base}/policy/versions`,
      headers: officer.headers,
      payload: template,
    });
    expect(first.statusCode, first.body).toBe(201);
    const items = template.items.map((i: { key: string }) =>
      i.key === 'evenementenvergunning' ? { ...i, when: 'always' } : i,
    );
    const second = await t.app.inject({
      method: 'POST',
      url: `${base}/policy/versions`,
      headers: officer.headers,
      payload: { ...template, items },
    });
    expect(second.json().version).toBe(2);

    const future = await t.app.inject({
      method: 'POST',
      url: `${base}/policy/versions/2/adoption`,
      headers: officer.headers,
      payload: { adoptedBy: 'de gemeenteraad', adoptedOn: '2027-01-01' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].field).toBe('body.adoptedOn');

    const adopted = await t.app.inject({
      method: 'POST',
      url: `${base}/policy/versions/2/adoption`,
      headers: officer.headers,
      payload: { adoptedBy: 'de gemeenteraad', adoptedOn: '2023-02-01' },
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json()).toMatchObject({ adoptedOn: '2023-02-01', renewalDue: '2027-02-01' });
    const again = await t.app.inject({
      method: 'POST',
      url: `${base}/policy/versions/2/adoption`,
      headers: officer.headers,
      payload: { adoptedBy: 'de gemeenteraad', adoptedOn: '2023-02-02' },
    });
    expect(again.statusCode).toBe(409);

    const overview = (
      await t.app.inject({ method: 'GET', url: `${base}/policy`, headers: officer.headers })
    ).json();
    expect(overview.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    // 1 February 2027 lies within the 90-day lead of 7 December 2026.
    expect(overview.renewal).toEqual({ due: '2027-02-01', status: 'due_soon' });

    const pdf = await t.app.inject({
      method: 'GET',
      url: `${base}/policy/versions/2/pdf`,
      headers: officer.headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('Beleidslijn Wet Bibob');
    expect(text).toContain('Vastgesteld door de gemeenteraad op 1 februari 2023');
    expect(text).toContain('Te herzien vóór 1 februari 2027');
    expect(text).toContain('Evenementenvergunning – Altijd');
    expect(text).toContain('Subsidies – Boven een drempel: vanaf € 50.000 per jaar');
    expect(pdfInfo(pdf.rawPayload).Tagged).toBe('yes');

    const draft = await t.app.inject({
      method: 'GET',
      url: `${base}/policy/versions/1/pdf`,
      headers: officer.headers,
    });
    expect(pdfText(draft.rawPayload)).toContain('nog niet vastgesteld');
  });

  it('refuses the same application type twice, naming the item', async () => {
    const { officer, base } = await bibobSetting(t);
    const item = {
      key: 'subsidie',
      area: 'subsidy',
      label: 'Subsidies',
      when: 'always',
      threshold: null,
      note: null,
    };
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/policy/versions`,
      headers: officer.headers,
      payload: { title: 'Beleid', items: [item, item] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.items.1.key');
  });
});

describe('a screening case from application to decision', () => {
  it('runs through questionnaire, checklist, assessment, advice, intent and refusal', async () => {
    t.deps.clock = fixedClock('2026-11-03T09:00:00Z');
    const { officer, base } = await bibobSetting(t);
    const caseId = await createTestCase(t, base, officer);
    const url = `${base}/cases/${caseId}`;
    const get = async () =>
      (await t.app.inject({ method: 'GET', url, headers: officer.headers })).json();
    const patch = (payload: unknown) =>
      t.app.inject({ method: 'PATCH', url, headers: officer.headers, payload: payload as never });

    let c = await get();
    expect(c).toMatchObject({
      stage: 'application',
      reference: 'Z/26/0001',
      applicantName: 'Eetcafé Het Testje B.V.',
      status: 'open',
    });
    // Decision term: 8 weeks from 2 November.
    expect(c.deadlines).toEqual([expect.objectContaining({ kind: 'decision', due: '2026-12-28' })]);

    const token = await applicantToken(t, base, officer, caseId, 'aanvrager@horeca.example');
    const mail = t.mails.find((m) => m.to.includes('aanvrager@horeca.example'));
    expect(mail?.text).toContain(`/bibob/vragenformulier/${token}`);
    expect(mail?.text).not.toContain('Eetcafé');

    // The applicant, without an account, sees only their own questionnaire.
    t.deps.clock = fixedClock('2026-11-10T09:00:00Z');
    const view = await t.app.inject({ method: 'GET', url: `/api/v1/bibob-questionnaire/${token}` });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ reference: 'Z/26/0001' });
    expect(view.json().definition.key).toBe('bibob-vragenformulier');
    expect(JSON.stringify(view.json())).not.toContain('Eetcafé');

    const incomplete = await t.app.inject({
      method: 'POST',
      url: `/api/v1/bibob-questionnaire/${token}`,
      payload: { answers: { rechtsvorm: 'bv' } },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors.map((e: { field: string }) => e.field)).toContain(
      'body.answers.zeggenschap',
    );
    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/v1/bibob-questionnaire/${token}`,
      payload: { answers: APPLICANT_ANSWERS },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const reused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/bibob-questionnaire/${token}`,
      payload: { answers: APPLICANT_ANSWERS },
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().reason).toBe('used');
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/bibob-questionnaire/${token}` }))
        .statusCode,
    ).toBe(409);

    c = await get();
    expect(c.stage).toBe('investigation');
    expect(c.questionnaire).toMatchObject({ sentOn: '2026-11-03', submittedOn: '2026-11-10' });
    expect(c.questionnaire.answers).toContainEqual(
      expect.objectContaining({
        id: 'financieringsbronnen',
        answer: 'Eigen vermogen, Lening of schenking van anderen',
      }),
    );
    // 7 days suspended while the questionnaire was out: decision due 4 January.
    expect(c.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'decision', due: '2027-01-04', suspendedDays: 7 }),
    );
    expect(c.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'questionnaire', due: '2026-11-17', met: true }),
    );

    // A document from the applicant.
    const upload = multipart({}, [
      { field: 'documents', name: 'financiering.pdf', data: PDF_BYTES, type: 'application/pdf' },
    ]);
    const added = await t.app.inject({
      method: 'POST',
      url: `${url}/documents`,
      headers: { ...officer.headers, ...upload.headers },
      payload: upload.payload,
    });
    expect(added.statusCode, added.body).toBe(201);
    const docId = added.json()[0].id;
    const download = await t.app.inject({
      method: 'GET',
      url: `${url}/documents/${docId}`,
      headers: officer.headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF_BYTES)).toBe(true);
    expect(download.headers['content-disposition']).toContain('financiering.pdf');

    const exe = multipart({}, [
      {
        field: 'documents',
        name: 'jaarrekening.pdf',
        data: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00'),
      },
    ]);
    const refused = await t.app.inject({
      method: 'POST',
      url: `${url}/documents`,
      headers: { ...officer.headers, ...exe.headers },
      payload: exe.payload,
    });
    expect(refused.statusCode).toBe(415);
    expect(refused.json().errors[0].field).toBe('body.documents.0');

    // Own investigation and the risk assessment.
    expect(
      (
        await patch({
          checklist: {
            kvk: { status: 'done', on: '2026-11-11', note: 'Enig aandeelhouder' },
            police_riec: { status: 'done', on: '2026-11-12', note: null },
            brp: { status: 'not_applicable', on: null, note: null },
          },
          risk: {
            level: 'serious',
            reasoning: 'Herkomst lening onbekend',
            assessedOn: '2026-11-13',
          },
        })
      ).statusCode,
    ).toBe(200);

    // Advice asked of the LBB: its term, and the decision term suspended while it is pending.
    t.deps.clock = fixedClock('2027-02-20T09:00:00Z');
    let res = await patch({
      advice: { requestedOn: '2026-11-16', extendedOn: '2027-01-05', receivedOn: null },
    });
    expect(res.statusCode, res.body).toBe(200);
    c = res.json();
    expect(c.stage).toBe('advice_pending');
    // 8 + 4 weeks from 16 November; not received by 20 February: overdue.
    expect(c.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'advice', due: '2027-02-08', met: false, overdue: true }),
    );
    expect(c.overdue).toBe(1);
    expect(c.nextDeadline).toMatchObject({ kind: 'advice' });

    res = await patch({
      decision: {
        outcome: 'refused',
        decidedOn: '2027-02-20',
        bibobGrounds: true,
        reasoning: 'Ernstig gevaar',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.decision.bibobGrounds');

    res = await patch({
      advice: { requestedOn: '2026-11-16', extendedOn: '2027-01-05', receivedOn: '2027-02-05' },
    });
    c = res.json();
    expect(c.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'advice', met: true, overdue: false }),
    );
    // Suspended 3–10 Nov (7 days) and 16 Nov–5 Feb (81 days): 28 Dec + 88 days.
    expect(c.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'decision', due: '2027-03-26', suspendedDays: 88 }),
    );

    // Refusing on Bibob grounds needs a notice of intent and the zienswijze term.
    res = await patch({
      decision: {
        outcome: 'refused',
        decidedOn: '2027-02-20',
        bibobGrounds: true,
        reasoning: 'Ernstig gevaar',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.decision.outcome');
    res = await patch({ intent: { sentOn: '2027-02-10', responseOn: null } });
    expect(res.json().stage).toBe('intent');
    expect(res.json().deadlines).toContainEqual(
      expect.objectContaining({ kind: 'zienswijze', due: '2027-02-24', overdue: false }),
    );
    res = await patch({
      decision: {
        outcome: 'refused',
        decidedOn: '2027-02-20',
        bibobGrounds: true,
        reasoning: 'Ernstig gevaar',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.decision.decidedOn');

    t.deps.clock = fixedClock('2027-03-01T09:00:00Z');
    res = await patch({
      decision: {
        outcome: 'refused',
        decidedOn: '2027-03-01',
        bibobGrounds: true,
        reasoning: 'Ernstig gevaar',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'closed',
      stage: 'decided',
      closedOn: '2027-03-01',
      nextDeadline: null,
    });
    expect((await patch({ notes: 'Nog iets' })).statusCode).toBe(409);

    const list = await t.app.inject({
      method: 'GET',
      url: `${base}/cases`,
      headers: officer.headers,
    });
    expect(list.json()).toEqual([
      expect.objectContaining({ id: caseId, status: 'closed', stage: 'decided', overdue: 0 }),
    ]);
  });
});

describe('the applicant link', () => {
  it('reaches only its own case, is replaced by a new link, and expires', async () => {
    t.deps.clock = fixedClock(NOW);
    const { officer, base } = await bibobSetting(t);
    const a = await createTestCase(t, base, officer, {
      reference: 'A-1',
      receivedOn: '2026-12-01',
    });
    const b = await createTestCase(t, base, officer, {
      reference: 'B-2',
      receivedOn: '2026-12-01',
    });
    const tokenA = await applicantToken(t, base, officer, a);
    const tokenB = await applicantToken(t, base, officer, b);
    const view = (token: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/bibob-questionnaire/${token}` });
    expect((await view(tokenA)).json().reference).toBe('A-1');
    expect((await view(tokenB)).json().reference).toBe('B-2');

    // Answering through A's link fills in A only.
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/bibob-questionnaire/${tokenA}`,
      payload: { answers: APPLICANT_ANSWERS },
    });
    const caseB = await t.app.inject({
      method: 'GET',
      url: `${base}/cases/${b}`,
      headers: officer.headers,
    });
    expect(caseB.json().questionnaire).toMatchObject({ submittedOn: null, answers: [] });

    // A new link for B: the old one stops working.
    const newer = await applicantToken(t, base, officer, b);
    expect((await view(tokenB)).json().reason).toBe('expired');
    expect((await view(newer)).statusCode).toBe(200);

    // 14 days later the link has expired.
    t.deps.clock = fixedClock('2026-12-21T10:00:01Z');
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/v1/bibob-questionnaire/${newer}`,
      payload: { answers: APPLICANT_ANSWERS },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().reason).toBe('expired');

    expect((await view('wbb_bestaatnietbestaatnietbestaatniet')).statusCode).toBe(404);
    expect((await view('iets-anders-1234567890')).statusCode).toBe(404);
    // A finished questionnaire needs no new link.
    const again = await t.app.inject({
      method: 'POST',
      url: `${base}/cases/${a}/questionnaire-link`,
      headers: officer.headers,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('who may see Bibob', () => {
  it('answers 404 to other roles and other organisations, 401 to visitors', async () => {
    const { org, officer, base } = await bibobSetting(t);
    const caseId = await createTestCase(t, base, officer);
    const admin = await buildPerson(t.deps.db, org.id, [
      'org_admin',
      'handler',
      'integrity_officer',
      'executive',
      'privacy_officer',
    ]);
    const other = await buildOrganisation(t.deps.db);
    const otherOfficer = await buildPerson(t.deps.db, other.id, ['bibob_officer']);
    const otherBase = `/api/v1/orgs/${other.id}/bibob`;

    const routes: [string, string, unknown?][] = [
      ['GET', `${base}/cases`],
      ['GET', `${base}/cases/${caseId}`],
      ['PATCH', `${base}/cases/${caseId}`, { notes: 'x' }],
      ['POST', `${base}/cases/${caseId}/questionnaire-link`, {}],
      ['GET', `${base}/policy`],
      ['GET', `${base}/settings`],
      ['PATCH', `${base}/settings`, { adviceWeeks: 9 }],
    ];
    for (const [method, url, payload] of routes) {
      const asAdmin = await t.app.inject({
        method: method as 'GET',
        url,
        headers: admin.headers,
        payload: payload as never,
      });
      expect(asAdmin.statusCode, `${method} ${url}`).toBe(404);
      const asOther = await t.app.inject({
        method: method as 'GET',
        url,
        headers: otherOfficer.headers,
        payload: payload as never,
      });
      expect(asOther.statusCode, `${method} ${url}`).toBe(404);
      const anonymous = await t.app.inject({
        method: method as 'GET',
        url,
        payload: payload as never,
      });
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
    }
    // Another organisation's officer asking for this case under their own organisation: 404 too.
    const crossed = await t.app.inject({
      method: 'GET',
      url: `${otherBase}/cases/${caseId}`,
      headers: otherOfficer.headers,
    });
    expect(crossed.statusCode).toBe(404);
    const theirs = await t.app.inject({
      method: 'GET',
      url: `${otherBase}/cases`,
      headers: otherOfficer.headers,
    });
    expect(theirs.json()).toEqual([]);
  });

  it('keeps the settings per organisation', async () => {
    const { officer, base } = await bibobSetting(t);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `${base}/settings`,
      headers: officer.headers,
      payload: { decisionWeeks: 12, retentionMonths: 24 },
    });
    expect(res.json()).toMatchObject({ decisionWeeks: 12, retentionMonths: 24, adviceWeeks: 8 });
    const bad = await t.app.inject({
      method: 'PATCH',
      url: `${base}/settings`,
      headers: officer.headers,
      payload: { decisionWeeks: 0, onbekend: 1 },
    });
    expect(bad.statusCode).toBe(400);
  });
});
