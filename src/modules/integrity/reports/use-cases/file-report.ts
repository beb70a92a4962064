import type { Db } from '../../../../db/database';
import { audit } from '../../../../platform/audit/audit';
import type { KeyRing } from '../../../../platform/crypto/keyring';
import type { AppDeps } from '../../../../platform/deps';
import { AppError, invalidField, notFound } from '../../../../platform/errors/app-error';
import type { UploadedFile } from '../../../../platform/http/multipart';
import { findOrganisationByCode } from '../../../../platform/identity';
import { amsterdamDate } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import { notify } from '../../../notifications';
import { reporterActor } from '../../shared/context';
import { indexKey, keyedIndex } from '../../shared/keyed-index';
import { sealRequired } from '../../shared/sealing';
import { checkFiles, storeFiles } from '../attachments';
import { formatReceipt, generateReceipt, hashReceipt, receiptLookup } from '../receipt';
import {
  findByReceiptLookup,
  findPerson,
  insertIdentity,
  insertReceiptSession,
  listIntegrityStaff,
} from '../reports.repository';
import type { MemberReportBody, ReportContent } from '../reports.schemas';
import { newReceiptSession } from './receipt-session';
import { createReport, recordEvent } from './report-core';

/** Fresh receipts drawn before giving up on a free lookup slot (collisions are rare). */
const RECEIPT_ATTEMPTS = 8;

type ChannelDeps = Pick<AppDeps, 'db' | 'keyring' | 'jobs'>;

/** The keyed reference that links a logged-in reporter to their reports. */
export async function reporterRefOf(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  personId: string,
) {
  return keyedIndex(await indexKey(db, keyring, organisationId, 'reporter'), personId);
}

async function freshReceipt(deps: ChannelDeps, organisationId: string) {
  const key = await indexKey(deps.db, deps.keyring, organisationId, 'receipt');
  for (let attempt = 0; attempt < RECEIPT_ATTEMPTS; attempt++) {
    const code = generateReceipt();
    const lookup = receiptLookup(key, organisationId, code);
    if (!(await findByReceiptLookup(deps.db, organisationId, lookup))) {
      return { code, lookup, hash: await hashReceipt(code) };
    }
  }
  throw new AppError(
    'unavailable',
    'Er kon geen ontvangstcode worden gemaakt. Probeer het opnieuw.',
  );
}

/**
 * An anonymous report: the content and files, encrypted; a receipt of which only a
 * keyed index and a slow hash are kept; and a session to continue at once. Nothing
 * about the reporter is stored, and the audit records an anonymous actor.
 */
export async function fileAnonymousReport(
  deps: ChannelDeps,
  organisationCode: string,
  content: ReportContent,
  files: readonly UploadedFile[],
  now = new Date(),
) {
  const org = await findOrganisationByCode(deps.db, organisationCode);
  if (!org) throw notFound('Deze organisatie');
  const checked = await checkFiles(files);
  const receipt = await freshReceipt(deps, org.id);
  const session = newReceiptSession(org.id);
  const row = await deps.db.transaction().execute(async (trx) => {
    const report = await createReport(trx, deps.keyring, {
      organisationId: org.id,
      content,
      channel: 'anonymous',
      intake: 'web',
      status: 'received',
      receipt: { lookup: receipt.lookup, hash: receipt.hash },
      now,
    });
    await storeFiles(trx, deps.keyring, org.id, report.id, null, 'reporter', checked);
    await recordEvent(trx, deps.keyring, org.id, report.id, 'received', {
      role: 'reporter',
      id: null,
    });
    await insertReceiptSession(trx, {
      organisation_id: org.id,
      id_hash: session.idHash,
      report_id: report.id,
      expires_at: session.expiresAt,
    });
    await audit(trx, reporterActor(org.id), 'integrity.report.file', {
      type: 'integrity_report',
      id: report.id,
    });
    await notify(trx, {
      type: 'integrity.reported',
      organisationId: org.id,
      objectType: 'integrity_report',
      objectId: report.id,
      at: now,
    });
    return report;
  });
  return {
    reference: `I-${row.number}`,
    receipt: formatReceipt(receipt.code),
    receivedOn: amsterdamDate(now),
    acknowledgementDueOn: row.acknowledgement_due_on!,
    sessionToken: session.token,
    sessionExpiresAt: session.expiresAt.toISOString(),
  };
}

/**
 * A logged-in member's report, identified or confidential. Who reported is sealed in
 * its own table; the report carries only a keyed reference so the reporter finds it
 * back, and the audit records the reporter side without a person id.
 */
export async function fileMemberReport(
  ctx: UseCaseContext,
  input: MemberReportBody,
  files: readonly UploadedFile[],
  now = new Date(),
) {
  const org = ctx.scope.organisationId;
  if (input.channel === 'confidential') {
    const staff = await listIntegrityStaff(ctx.db, org);
    if (!input.recipientId) {
      throw invalidField('body.recipientId', 'Kies aan wie u uw naam toevertrouwt.');
    }
    if (!staff.some((s) => s.id === input.recipientId)) {
      throw invalidField('body.recipientId', 'Deze persoon kan geen meldingen ontvangen.');
    }
  }
  const checked = await checkFiles(files);
  const person = await findPerson(ctx.db, ctx.scope.actorId);
  if (!person) throw notFound();
  const reporterRef = await reporterRefOf(ctx.db, ctx.keyring, org, person.id);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const report = await createReport(trx, ctx.keyring, {
      organisationId: org,
      content: input,
      channel: input.channel,
      intake: 'web',
      status: 'received',
      recipientId: input.channel === 'confidential' ? input.recipientId : null,
      reporterRef,
      now,
    });
    const identity = {
      via: 'account',
      personId: person.id,
      name: person.display_name,
      email: person.email,
      contact: input.contact ?? null,
    };
    await insertIdentity(
      trx,
      org,
      report.id,
      await sealRequired(trx, ctx.keyring, org, JSON.stringify(identity)),
    );
    await storeFiles(trx, ctx.keyring, org, report.id, null, 'reporter', checked);
    await recordEvent(trx, ctx.keyring, org, report.id, 'received', { role: 'reporter', id: null });
    await audit(trx, reporterActor(org), 'integrity.report.file', {
      type: 'integrity_report',
      id: report.id,
    });
    await notify(trx, {
      type: 'integrity.reported',
      organisationId: org,
      objectType: 'integrity_report',
      objectId: report.id,
      at: now,
    });
    return report;
  });
  return {
    id: row.id,
    reference: `I-${row.number}`,
    receivedOn: amsterdamDate(now),
    acknowledgementDueOn: row.acknowledgement_due_on!,
  };
}
