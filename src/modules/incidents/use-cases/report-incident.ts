import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database';
import { AppError, invalidField } from '../../../platform/errors/app-error';
import { amsterdamDate, amsterdamTime } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { listAttachments } from '../files/attachments.repository';
import { firstContactDueOn } from '../incident-settings';
import { intakePriority } from '../incident-triage';
import type { IncidentSource } from '../incident-vocabulary';
import { serialiseSender } from '../incidents.presenter';
import type { IncidentRow } from '../incidents.tables';
import { intakeBatcher } from '../intake-batcher';
import type { ReportBody } from '../report.schemas';
import { findByIdempotencyKey, insertReports, type NewReport } from '../reports.repository';
import { seal } from './context';
import { cachedIncidentSettings } from './get-settings';
import { type CheckedFile, checkFiles, storeFiles, type UploadedFile } from './store-attachments';

/** Oldest date a report may be about; older events are history, not a report. */
export const OLDEST_OCCURRED_ON = '2000-01-01';
/** Longest idempotency key accepted. */
export const MAX_IDEMPOTENCY_KEY = 200;

export interface ReportReceipt {
  row: Pick<IncidentRow, 'id' | 'number' | 'status' | 'created_at'>;
  attachments: {
    id: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
  }[];
  /** True when this was a repeated submit of a report that already exists. */
  replayed: boolean;
}

function checkDates(input: ReportBody, now: Date): void {
  const today = amsterdamDate(now);
  if (input.occurredOn > today) {
    throw invalidField(
      'body.occurredOn',
      'De datum ligt in de toekomst. Vul de datum in waarop het gebeurde.',
    );
  }
  if (input.occurredOn < OLDEST_OCCURRED_ON) {
    throw invalidField('body.occurredOn', 'Deze datum ligt te ver in het verleden.');
  }
  if (input.occurredTime && input.occurredOn === today && input.occurredTime > amsterdamTime(now)) {
    throw invalidField('body.occurredTime', 'Dit tijdstip ligt in de toekomst.');
  }
  if (input.email?.sentAt && new Date(input.email.sentAt).getTime() > now.getTime() + 5 * 60_000) {
    throw invalidField(
      'body.email.sentAt',
      'De verzenddatum van het e-mailbericht ligt in de toekomst.',
    );
  }
}

/** A fingerprint of the submit, so a reused key with different content is noticed. */
function fingerprint(input: ReportBody, files: readonly CheckedFile[]): string {
  const { clientId: _ignored, ...rest } = input;
  return createHash('sha256')
    .update(JSON.stringify(rest))
    .update(files.map((f) => f.sha256).join(','))
    .digest('hex');
}

async function replayOrConflict(
  ctx: UseCaseContext,
  existing: IncidentRow,
  hash: string,
): Promise<ReportReceipt> {
  if (existing.idempotency_hash !== hash) {
    throw new AppError(
      'conflict',
      'Deze melding is al eerder verstuurd met andere inhoud. Vernieuw de pagina om een nieuwe melding te doen.',
      {
        fields: [
          { field: 'headers.idempotency-key', message: 'al gebruikt voor een andere melding' },
        ],
      },
    );
  }
  const rows = await listAttachments(ctx.db, ctx.scope.organisationId, existing.id);
  const attachments = [];
  for (const a of rows) {
    attachments.push({
      id: a.id,
      fileName: await ctx.keyring.decryptText(ctx.db, ctx.scope.organisationId, a.file_name_enc),
      mediaType: a.media_type,
      sizeBytes: a.size_bytes,
      sha256: a.sha256,
    });
  }
  return { row: existing, attachments, replayed: true };
}

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505';

/**
 * File a report: validate, check and hash the evidence, then store the report, its
 * encrypted narrative and files, the first timeline entry and the audit event in one
 * transaction. Submitting again with the same idempotency key (header or clientId)
 * returns the report made the first time instead of a second one.
 */
export async function reportIncident(
  ctx: UseCaseContext,
  input: ReportBody,
  uploads: readonly UploadedFile[] = [],
  options: {
    idempotencyKey?: string;
    now?: Date;
    /** How it came in, when not the web form, an .eml upload or the API (a forwarded mail). */
    source?: IncidentSource;
    /**
     * Fill e-mail details the form left empty from an uploaded .eml (default). Off when
     * the .eml is a forwarding mail, whose own sender is the reporter, not the perpetrator.
     */
    emailFromUploads?: boolean;
    /** More work that must commit or roll back with the report (completing a draft). */
    beforeCommit?: (trx: Db, incidentId: string) => Promise<void>;
  } = {},
): Promise<ReportReceipt> {
  const now = options.now ?? new Date();
  checkDates(input, now);
  const key = options.idempotencyKey ?? input.clientId ?? null;
  if (key !== null && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY)) {
    throw invalidField(
      'headers.idempotency-key',
      `Gebruik een sleutel van 1 tot ${MAX_IDEMPOTENCY_KEY} tekens.`,
    );
  }
  const files = await checkFiles(uploads);
  const hash = fingerprint(input, files);
  const { organisationId } = ctx.scope;
  const authorId = ctx.scope.actorId;

  if (key) {
    const existing = await findByIdempotencyKey(ctx.db, organisationId, authorId, key);
    if (existing) return replayOrConflict(ctx, existing, hash);
  }

  // An uploaded .eml fills in the e-mail details the form did not.
  const email =
    options.emailFromUploads === false ? null : (files.find((f) => f.email)?.email ?? null);
  const sender = input.email?.senderAddress ?? email?.senderAddress;
  const senderName = input.email?.senderName ?? email?.senderName;
  const subject = input.email?.subject ?? email?.subject;
  const sentAt = input.email?.sentAt ?? email?.sentAt;
  const source: IncidentSource =
    options.source ??
    (ctx.scope.actorType === 'api_token' ? 'api' : email || input.email ? 'eml' : 'web');

  const settings = await cachedIncidentSettings(ctx.db, organisationId);
  const today = amsterdamDate(now);
  // Encrypted before any transaction starts: a key lookup never holds one open.
  const report: NewReport = {
    id: randomUUID(),
    incident: {
      organisation_id: organisationId,
      source,
      author_type: ctx.scope.actorType,
      author_id: authorId,
      idempotency_key: key,
      idempotency_hash: key ? hash : null,
      reporter_group: input.reporterGroup,
      target: input.target,
      victim_name_enc: await seal(ctx.db, ctx, input.victimName),
      contact_phone_enc: await seal(ctx.db, ctx, input.contactPhone),
      occurred_on: input.occurredOn,
      occurred_time: input.occurredTime ?? null,
      location: input.location,
      location_detail_enc: await seal(ctx.db, ctx, input.locationDetail),
      channel: input.channel,
      kinds: input.kinds,
      narrative_enc: await seal(ctx.db, ctx, input.narrative),
      perpetrator_known: input.perpetratorKnown,
      perpetrator_type: input.perpetratorType ?? null,
      perpetrator_repeat: input.perpetratorRepeat,
      perpetrator_description_enc: await seal(ctx.db, ctx, input.perpetratorDescription),
      impacts: input.impacts,
      witnesses: input.witnesses,
      witnesses_enc: await seal(ctx.db, ctx, input.witnessDetails),
      police_called: input.policeCalled,
      email_sender_enc: await seal(ctx.db, ctx, serialiseSender(sender, senderName)),
      email_subject_enc: await seal(ctx.db, ctx, subject),
      email_sent_at: sentAt ? new Date(sentAt) : null,
      priority: intakePriority(input.kinds, input.perpetratorRepeat),
      triaged_at: null,
      handler_id: null,
      first_contact_due_on: firstContactDueOn(today, settings.firstContactWorkingDays),
      first_contact_at: null,
      first_contact_reminded_on: null,
      closed_at: null,
      anonymised_at: null,
      risk_note_enc: null,
    },
    event: { type: 'received', to_status: 'received', actor_role: 'reporter', actor_id: authorId },
    audit: {
      organisationId,
      actorType: ctx.scope.actorType,
      actorId: authorId,
      action: 'incident.create',
      objectType: 'incident',
      result: 'success',
      origin: ctx.origin,
    },
  };
  const write = async (trx: Db): Promise<ReportReceipt> => {
    const [row] = await insertReports(trx, [report]);
    if (!row) throw new Error('the insert did not return the report');
    const stored = await storeFiles(trx, ctx, row.id, files, 'reporter');
    await options.beforeCommit?.(trx, row.id);
    return {
      row,
      replayed: false,
      attachments: stored.map((a, i) => ({
        id: a.id,
        fileName: files[i]!.fileName,
        mediaType: a.media_type,
        sizeBytes: a.size_bytes,
        sha256: a.sha256,
      })),
    };
  };
  // Without files or other work the report, its first timeline entry and its audit event
  // are one statement, atomic on its own, shared with reports arriving at the same time.
  const oneStatement = files.length === 0 && !options.beforeCommit;
  try {
    if (oneStatement) {
      const row = await intakeBatcher(ctx.db).write(report);
      return { row, replayed: false, attachments: [] };
    }
    return await ctx.db.transaction().execute(write);
  } catch (error) {
    // Two submits with the same key at the same moment: the loser returns the winner.
    if (key && isUniqueViolation(error)) {
      const existing = await findByIdempotencyKey(ctx.db, organisationId, authorId, key);
      if (existing) return replayOrConflict(ctx, existing, hash);
    }
    throw error;
  }
}
