import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/time';
import { dumpDatabase } from '../../test/dump';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { multipart, type TestFilePart } from '../../test/multipart';
import { buildTestApp, type TestApp } from '../../test/test-app';
import {
  APPLICANT_ANSWERS,
  applicantToken,
  bibobSetting,
  createTestCase,
  NOW,
  PDF_BYTES,
} from './test-support';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENTS } from './use-cases/documents';

/*
 * The applicant fills in the Bibob questionnaire through the single-use link and
 * uploads documents with it (ADR 0047): answers and documents arrive together or
 * not at all, type checked by content, size-limited, encrypted, audited; the
 * officer sees both in the case; a wrong, used or expired link stores nothing.
 */

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterEach(() => {
  t.deps.clock = undefined;
});
afterAll(async () => t?.close());

const ELF_BYTES = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

const url = (token: string) => `/api/v1/bibob-questionnaire/${token}`;
const view = (token: string) => t.app.inject({ method: 'GET', url: url(token) });

/** Submit answers (null: no answers part) and files as the applicant's browser does. */
function submit(
  token: string,
  files: readonly TestFilePart[],
  answers: unknown = APPLICANT_ANSWERS,
  headers: Record<string, string> = {},
) {
  const body = multipart(answers === null ? {} : { answers: JSON.stringify(answers) }, files);
  return t.app.inject({
    method: 'POST',
    url: `${url(token)}/with-documents`,
    headers: { ...headers, ...body.headers },
    payload: body.payload,
  });
}

const doc = (name: string, data: Buffer): TestFilePart => ({ field: 'documents', name, data });

async function openCase(reference = 'Z/26/0100') {
  t.deps.clock = fixedClock(NOW);
  const setting = await bibobSetting(t);
  const caseId = await createTestCase(t, setting.base, setting.officer, {
    reference,
    receivedOn: '2026-12-01',
  });
  const token = await applicantToken(t, setting.base, setting.officer, caseId);
  return { ...setting, caseId, token };
}

const caseOf = (base: string, caseId: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: `${base}/cases/${caseId}`, headers });

describe('the applicant uploads documents with the questionnaire', () => {
  it('stores answers and documents together, encrypted; the officer sees both; the link is used up', async () => {
    const { org, officer, base, caseId, token } = await openCase();
    const shown = await view(token);
    expect(shown.json().documents).toEqual({
      maxFiles: MAX_DOCUMENTS,
      maxFileBytes: MAX_DOCUMENT_BYTES,
      extensions: expect.arrayContaining(['pdf', 'docx', 'txt']),
    });

    const sent = await submit(token, [
      doc('uittreksel-kvk.pdf', PDF_BYTES),
      doc('financiering.txt', Buffer.from('Lening van de bank, € 250.000')),
    ]);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toEqual({ received: true });

    const seen = (await caseOf(base, caseId, officer.headers)).json();
    expect(seen.questionnaire.submittedOn).toBe('2026-12-07');
    expect(seen.questionnaire.answers.map((a: { id: string }) => a.id)).toContain('zeggenschap');
    expect(seen.documents).toHaveLength(2);
    expect(seen.documents).toEqual([
      expect.objectContaining({
        fileName: 'uittreksel-kvk.pdf',
        mediaType: 'application/pdf',
        fromApplicant: true,
      }),
      expect.objectContaining({
        fileName: 'financiering.txt',
        mediaType: 'text/plain',
        fromApplicant: true,
      }),
    ]);
    const download = await t.app.inject({
      method: 'GET',
      url: `${base}/cases/${caseId}/documents/${seen.documents[0].id}`,
      headers: officer.headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF_BYTES)).toBe(true);

    // The link works once: neither a view nor a second upload gets through.
    expect((await view(token)).json()).toMatchObject({ status: 409, reason: 'used' });
    const again = await submit(token, [doc('nog-een.pdf', PDF_BYTES)]);
    expect(again.statusCode).toBe(409);
    expect(again.json().reason).toBe('used');
    expect((await caseOf(base, caseId, officer.headers)).json().documents).toHaveLength(2);

    // Audited in the organisation's chain as an anonymous actor, without a person's id.
    const events = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'actor_type', 'actor_id'])
      .where('organisation_id', '=', org.id)
      .where('action', 'in', ['bibob.questionnaire.submit', 'bibob.document.add'])
      .execute();
    expect(events.map((e) => e.action).sort()).toEqual([
      'bibob.document.add',
      'bibob.document.add',
      'bibob.questionnaire.submit',
    ]);
    expect(events.every((e) => e.actor_type === 'anonymous' && e.actor_id === null)).toBe(true);
  });

  it('accepts the answers without documents too', async () => {
    const { officer, base, caseId, token } = await openCase();
    expect((await submit(token, [])).statusCode).toBe(201);
    const seen = (await caseOf(base, caseId, officer.headers)).json();
    expect(seen.questionnaire.submittedOn).toBe('2026-12-07');
    expect(seen.documents).toEqual([]);
  });

  it('refuses a wrong type, an oversized file, too many files and bad answers, storing nothing and keeping the link', async () => {
    const { officer, base, caseId, token } = await openCase();

    const exe = await submit(token, [doc('jaarrekening.pdf', ELF_BYTES)]);
    expect(exe.statusCode).toBe(415);
    expect(exe.headers['content-type']).toContain('application/problem+json');
    expect(exe.json().errors[0].field).toBe('body.documents.0');

    const disguised = await submit(token, [doc('foto.png', PDF_BYTES)]);
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().errors[0].message).toContain('extensie');

    const big = await submit(token, [
      doc('groot.pdf', Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_DOCUMENT_BYTES)])),
    ]);
    expect(big.statusCode).toBe(413);
    expect(big.json().errors[0].field).toBe('body.documents.0');

    const many = await submit(
      token,
      Array.from({ length: MAX_DOCUMENTS + 1 }, (_, i) => doc(`bijlage-${i}.pdf`, PDF_BYTES)),
    );
    expect(many.statusCode).toBe(413);

    const empty = await submit(token, [doc('leeg.pdf', Buffer.alloc(0))]);
    expect(empty.statusCode).toBe(400);

    const missing = await submit(token, [doc('kvk.pdf', PDF_BYTES)], null);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('body.answers');

    const incomplete = await submit(token, [doc('kvk.pdf', PDF_BYTES)], {
      ...APPLICANT_ANSWERS,
      naar_waarheid: undefined,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(JSON.stringify(incomplete.json().errors)).toContain('naar_waarheid');

    const notJson = multipart({ answers: '{kapot' }, [doc('kvk.pdf', PDF_BYTES)]);
    const broken = await t.app.inject({
      method: 'POST',
      url: `${url(token)}/with-documents`,
      headers: notJson.headers,
      payload: notJson.payload,
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors[0].field).toBe('body.answers');

    // Nothing was kept, and the link still works.
    const seen = (await caseOf(base, caseId, officer.headers)).json();
    expect(seen.documents).toEqual([]);
    expect(seen.questionnaire.submittedOn).toBeNull();
    expect((await view(token)).statusCode).toBe(200);
    expect((await submit(token, [doc('kvk.pdf', PDF_BYTES)])).statusCode).toBe(201);
  });
});

describe('who may use the applicant link', () => {
  it('answers 404 to a guessed token and stores nothing', async () => {
    const before = await t.deps.db.selectFrom('bibob_document').select('id').execute();
    for (const guess of ['wbb_bestaatnietbestaatnietbestaatniet', 'iets-anders-1234567890']) {
      const res = await submit(guess, [doc('kvk.pdf', PDF_BYTES)]);
      expect(res.statusCode, guess).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const after = await t.deps.db.selectFrom('bibob_document').select('id').execute();
    expect(after).toHaveLength(before.length);
  });

  it('stops working once it has expired, the case is decided, or a new link replaced it', async () => {
    const { officer, base, caseId, token } = await openCase();
    // Replaced: the officer made a new link.
    const newer = await applicantToken(t, base, officer, caseId);
    expect((await submit(token, [doc('kvk.pdf', PDF_BYTES)])).json().reason).toBe('expired');

    // Expired: 14 days (the questionnaire term) later.
    t.deps.clock = fixedClock('2026-12-21T10:00:01Z');
    const late = await submit(newer, [doc('kvk.pdf', PDF_BYTES)]);
    expect(late.statusCode).toBe(409);
    expect(late.json().reason).toBe('expired');

    // Decided before the applicant answered.
    const other = await openCase('Z/26/0200');
    const decided = await t.app.inject({
      method: 'PATCH',
      url: `${other.base}/cases/${other.caseId}`,
      headers: other.officer.headers,
      payload: {
        decision: {
          outcome: 'withdrawn',
          decidedOn: '2026-12-07',
          bibobGrounds: false,
          reasoning: null,
        },
      },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const closed = await submit(other.token, [doc('kvk.pdf', PDF_BYTES)]);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().reason).toBe('expired');
    expect(
      (await caseOf(other.base, other.caseId, other.officer.headers)).json().documents,
    ).toEqual([]);
  });

  it('ignores a session: an officer of another organisation gains nothing, and the documents stay theirs', async () => {
    const { org, officer, base, caseId, token } = await openCase();
    const other = await buildOrganisation(t.deps.db);
    const otherOfficer = await buildPerson(t.deps.db, other.id, ['bibob_officer']);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin', 'handler']);
    // Sent with another organisation's session: it is the applicant's submission all the same.
    const sent = await submit(
      token,
      [doc('kvk.pdf', PDF_BYTES)],
      APPLICANT_ANSWERS,
      otherOfficer.headers,
    );
    expect(sent.statusCode, sent.body).toBe(201);
    const [document] = (await caseOf(base, caseId, officer.headers)).json().documents;
    expect(document.fromApplicant).toBe(true);
    const docUrl = `${base}/cases/${caseId}/documents/${document.id}`;
    for (const who of [otherOfficer, admin]) {
      expect(
        (await t.app.inject({ method: 'GET', url: docUrl, headers: who.headers })).statusCode,
      ).toBe(404);
      expect((await caseOf(base, caseId, who.headers)).statusCode).toBe(404);
    }
    const crossed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${other.id}/bibob/cases/${caseId}/documents/${document.id}`,
      headers: otherOfficer.headers,
    });
    expect(crossed.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: docUrl })).statusCode).toBe(401);
  });

  it('leaves nothing readable for someone with the database but not the keys', async () => {
    const { caseId, token } = await openCase();
    const SECRETS = {
      fileName: 'GEHEIM-statuten-Vechtzicht-7741.pdf',
      fileText: 'GEHEIM-inhoud-aanvrager-5520',
      answer: 'GEHEIM-Tante-Truus-Beheer-3318',
    };
    const sent = await submit(
      token,
      [doc(SECRETS.fileName, Buffer.from(`${SECRETS.fileText}\n`))],
      { ...APPLICANT_ANSWERS, financiering_derden: SECRETS.answer },
    );
    // A text file may not pose as a PDF.
    expect(sent.statusCode).toBe(415);
    const ok = await submit(
      token,
      [
        doc(SECRETS.fileName, Buffer.concat([PDF_BYTES, Buffer.from(SECRETS.fileText)])),
        doc('notitie.txt', Buffer.from(SECRETS.fileText)),
      ],
      { ...APPLICANT_ANSWERS, financiering_derden: SECRETS.answer },
    );
    expect(ok.statusCode, ok.body).toBe(201);
    const dump = await dumpDatabase(t.deps.db);
    for (const secret of Object.values(SECRETS)) expect(dump).not.toContain(secret);
    const rows = await t.deps.db
      .selectFrom('bibob_document')
      .select(['file_name_enc', 'from_applicant'])
      .where('case_id', '=', caseId)
      .execute();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.file_name_enc).toMatch(/^wb1\.data\./);
      expect(row.from_applicant).toBe(true);
    }
  });
});
