import { randomBytes } from 'node:crypto';
import type { Db } from '../../../../db/database';
import { audit } from '../../../../platform/audit/audit';
import { sha256 } from '../../../../platform/auth/tokens';
import type { KeyRing } from '../../../../platform/crypto/keyring';
import { AppError } from '../../../../platform/errors/app-error';
import { findOrganisationByCode } from '../../../../platform/identity';
import { reporterActor } from '../../shared/context';
import { indexKey } from '../../shared/keyed-index';
import { checkReceipt, normaliseReceipt, receiptLookup } from '../receipt';
import {
  deleteReceiptSession,
  findByReceiptLookup,
  findReceiptSession,
  insertReceiptSession,
  touchReceiptSession,
} from '../reports.repository';

/** A receipt session ends this long after its last use. */
export const RECEIPT_SESSION_IDLE_MS = 30 * 60 * 1000;
const TOKEN_PREFIX = 'wbr_';
const RANDOM_BYTES = 32;

export interface ReceiptAccess {
  organisationId: string;
  reportId: string;
  idHash: string;
}

/**
 * A new session token. It carries the organisation id in clear (the session table's
 * key leads with it, as every organisation table's does) and 256 random bits.
 */
export function newReceiptSession(organisationId: string) {
  const org = Buffer.from(organisationId.replace(/-/g, ''), 'hex');
  const token = `${TOKEN_PREFIX}${Buffer.concat([org, randomBytes(RANDOM_BYTES)]).toString('base64url')}`;
  return {
    token,
    idHash: sha256(token),
    expiresAt: new Date(Date.now() + RECEIPT_SESSION_IDLE_MS),
  };
}

function organisationOf(token: string): string | null {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const raw = Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url');
  if (raw.length !== 16 + RANDOM_BYTES) return null;
  const hex = raw.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const wrongReceipt = () =>
  new AppError(
    'invalid_credentials',
    'Deze ontvangstcode hoort niet bij een melding van deze organisatie. Controleer de cijfers en de organisatie.',
    { fields: [{ field: 'body.receipt', message: 'onbekende ontvangstcode' }] },
  );

/**
 * Log in with a receipt. Every path that gets past the format check costs exactly one
 * argon2id verification (`check`), whether the organisation or the receipt is unknown
 * or the receipt is wrong, so response times do not tell them apart; the answer is the
 * same problem in all three cases. `check` is injectable so a test can count calls.
 */
export async function loginWithReceipt(
  deps: { db: Db; keyring: KeyRing },
  input: { organisationCode: string; receipt: string },
  check: typeof checkReceipt = checkReceipt,
) {
  const code = normaliseReceipt(input.receipt);
  if (!code) {
    throw new AppError('validation_failed', 'Een ontvangstcode bestaat uit 16 cijfers.', {
      fields: [{ field: 'body.receipt', message: '16 cijfers' }],
    });
  }
  const org = await findOrganisationByCode(deps.db, input.organisationCode);
  let row: { id: string; receipt_hash: string | null } | undefined;
  if (org) {
    const key = await indexKey(deps.db, deps.keyring, org.id, 'receipt');
    row = await findByReceiptLookup(deps.db, org.id, receiptLookup(key, org.id, code));
  }
  const ok = await check(row?.receipt_hash ?? null, code);
  if (!org || !row || !ok) throw wrongReceipt();
  const session = newReceiptSession(org.id);
  await deps.db.transaction().execute(async (trx) => {
    await insertReceiptSession(trx, {
      organisation_id: org.id,
      id_hash: session.idHash,
      report_id: row.id,
      expires_at: session.expiresAt,
    });
    await audit(trx, reporterActor(org.id), 'integrity.receipt.login', {
      type: 'integrity_report',
      id: row.id,
    });
  });
  return { ...session, organisationName: org.name };
}

/** The report a receipt session opens, or 401; each use extends the session. */
export async function resolveReceiptSession(
  db: Db,
  token: string | undefined,
): Promise<ReceiptAccess> {
  const expired = () =>
    new AppError('unauthenticated', 'Uw sessie is verlopen. Log opnieuw in met uw ontvangstcode.');
  if (!token) throw expired();
  const organisationId = organisationOf(token);
  if (!organisationId) throw expired();
  const idHash = sha256(token);
  const row = await findReceiptSession(db, organisationId, idHash);
  if (!row || new Date(row.expires_at).getTime() < Date.now()) throw expired();
  await touchReceiptSession(
    db,
    organisationId,
    idHash,
    new Date(Date.now() + RECEIPT_SESSION_IDLE_MS),
  );
  return { organisationId, reportId: row.report_id, idHash };
}

export async function endReceiptSession(db: Db, access: ReceiptAccess): Promise<void> {
  await deleteReceiptSession(db, access.organisationId, access.idHash);
}
