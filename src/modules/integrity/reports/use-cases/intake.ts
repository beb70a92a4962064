import { audit } from '../../../../platform/audit/audit';
import { AppError, invalidField } from '../../../../platform/errors/app-error';
import { amsterdamDate } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import { notify } from '../../../notifications';
import { sealRequired } from '../../shared/sealing';
import { referenceOf } from '../reports.presenter';
import { insertIdentity, updateReport } from '../reports.repository';
import type { ForwardBody, IntakeBody } from '../reports.schemas';
import { caseStep } from './case-step';
import { clocksFrom, createReport, recordEvent } from './report-core';

/**
 * A confidential counsellor records a report a reporter brought to them. It stays
 * with the counsellor — invisible to everyone else — until the reporter consents to
 * passing it on. For an anonymous reporter no name or contact is stored at all.
 */
export async function takeIntake(ctx: UseCaseContext, input: IntakeBody, now = new Date()) {
  if (input.channel !== 'anonymous' && !input.reporterName) {
    throw invalidField('body.reporterName', 'Vul de naam van de melder in, of kies voor anoniem.');
  }
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await createReport(trx, ctx.keyring, {
      organisationId: org,
      content: input,
      channel: input.channel,
      intake: 'counsellor',
      status: 'with_counsellor',
      counsellorId: ctx.scope.actorId,
      now,
    });
    if (input.channel !== 'anonymous') {
      const identity = {
        via: 'counsellor',
        name: input.reporterName ?? null,
        contact: input.reporterContact ?? null,
      };
      await insertIdentity(
        trx,
        org,
        row.id,
        await sealRequired(trx, ctx.keyring, org, JSON.stringify(identity)),
      );
    }
    await recordEvent(trx, ctx.keyring, org, row.id, 'intake', {
      role: 'counsellor',
      id: ctx.scope.actorId,
    });
    await audit(trx, ctx, 'integrity.intake.create', { type: 'integrity_report', id: row.id });
    return { id: row.id, reference: referenceOf(row), status: row.status };
  });
}

/**
 * Pass an intake on to the organisation's reporting channel, with the reporter's
 * consent recorded (when, how, and what was agreed). Only the counsellor who holds
 * it can; the legal clocks start now, when the organisation receives it.
 */
export async function forwardIntake(
  ctx: UseCaseContext,
  reportId: string,
  consent: ForwardBody,
  now = new Date(),
) {
  if (consent.consentOn > amsterdamDate(now)) {
    throw invalidField('body.consentOn', 'De datum van de toestemming ligt in de toekomst.');
  }
  return caseStep(ctx, reportId, 'forward', async (trx, row) => {
    if (row.counsellor_id !== ctx.scope.actorId) {
      throw new AppError(
        'forbidden',
        'Alleen de vertrouwenspersoon die de melding opnam kan haar doorsturen.',
      );
    }
    const org = row.organisation_id;
    const record = JSON.stringify({
      on: consent.consentOn,
      how: consent.consentHow,
      note: consent.consentNote ?? null,
    });
    const updated = await updateReport(trx, org, row.id, {
      status: 'received',
      consent_enc: await sealRequired(trx, ctx.keyring, org, record),
      consent_recorded_at: now,
      ...clocksFrom(now),
    });
    await notify(trx, {
      type: 'integrity.reported',
      organisationId: org,
      objectType: 'integrity_report',
      objectId: row.id,
      at: now,
    });
    return {
      result: { id: updated.id, reference: referenceOf(updated), status: updated.status },
      event: 'forwarded_with_consent',
    };
  });
}
