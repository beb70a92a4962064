import path from 'node:path';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import type { KeyRing } from '../crypto/keyring';
import { walkChain } from './audit-chain';
import { CHECKPOINT_FOLDER, CheckpointStore } from './audit-checkpoint';
import { AuditKeys } from './audit-key';

/** What an audit-log reader may filter on; every filter is optional. */
export interface AuditFilter {
  actorId?: string;
  objectType?: string;
  objectId?: string;
  action?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

function filtered(db: Db, organisationId: string, f: AuditFilter) {
  let q = db.selectFrom('audit_event').where('organisation_id', '=', organisationId);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.objectType) q = q.where('object_type', '=', f.objectType);
  if (f.objectId) q = q.where('object_id', '=', f.objectId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  return q;
}

const COLUMNS = [
  'id',
  'seq',
  'at',
  'actor_type',
  'actor_id',
  'action',
  'object_type',
  'object_id',
  'result',
  'origin',
] as const;

/** One page of an organisation's audit events, newest first, and how many match in all. */
export async function searchAudit(
  db: Db,
  organisationId: string,
  filter: AuditFilter,
  page: { limit: number; offset: number },
) {
  const rows = await filtered(db, organisationId, filter)
    .select([...COLUMNS])
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const { n } = await filtered(db, organisationId, filter)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}

/** Rows of an export are read in batches of this many. */
const EXPORT_BATCH = 2000;

/** Every matching event, newest first, read in batches (for a CSV export). */
export async function* auditEvents(db: Db, organisationId: string, filter: AuditFilter) {
  let before: number | null = null;
  for (;;) {
    let q = filtered(db, organisationId, filter).select([...COLUMNS]);
    if (before !== null) q = q.where('id', '<', before);
    const rows = await q.orderBy('id', 'desc').limit(EXPORT_BATCH).execute();
    yield* rows;
    if (rows.length < EXPORT_BATCH) return;
    before = Number(rows[rows.length - 1]!.id);
  }
}

/** The `audit verify` result for one organisation's chain. */
export interface ChainStatus {
  intact: boolean;
  events: number;
  /** Committed events not yet sealed into the chain (normally only the last second's). */
  pending: number;
  checkpoints: number;
  broken: { seq: number; reason: string } | null;
}

/**
 * The check `weerbaar audit verify` runs, for one organisation's chain: recompute every
 * link with the audit key and compare with the signed checkpoints outside the database.
 */
export async function verifyOrganisationChain(
  deps: { db: Db; keyring: KeyRing; config: Pick<Config, 'dataDir'> },
  organisationId: string,
): Promise<ChainStatus> {
  const { db } = deps;
  const keys = await AuditKeys.load(db, deps.keyring);
  const store = new CheckpointStore(path.join(deps.config.dataDir, CHECKPOINT_FOLDER));
  const { anchors, bad } = store.read(keys.publicKey);
  const own = anchors.get(organisationId) ?? [];
  const head = await db
    .selectFrom('audit_chain')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  const walked = await walkChain(db, organisationId, head, keys.link, own);
  const { pending } = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('pending'))
    .where('organisation_id', '=', organisationId)
    .where('hash', 'is', null)
    .executeTakeFirstOrThrow();
  const badCheckpoint = bad.some((b) => path.basename(b.file) === `${organisationId}.jsonl`);
  const broken = walked.broken
    ? { seq: walked.broken.seq, reason: walked.broken.reason }
    : badCheckpoint
      ? { seq: 0, reason: 'checkpoint_signature' }
      : null;
  return {
    intact: broken === null,
    events: walked.events,
    pending: Number(pending),
    checkpoints: own.length,
    broken,
  };
}
