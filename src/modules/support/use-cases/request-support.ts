import { z } from 'zod';
import { audit } from '../../../platform/audit/audit';
import { AppError, type FieldError } from '../../../platform/errors/app-error';
import { amsterdamDate } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { incidentReferralFacts } from '../../incidents';
import { NOTIFY_TEAM_QUEUE } from '../jobs/notify-team';
import { canRefer } from '../support.policy';
import type { SharedDetails } from '../support.presenter';
import { insertEvent, insertRequest } from '../support.repository';
import type { SupportRequestBody } from '../support.schemas';
import { supportTeam } from '../support-team';

type Body = z.infer<typeof SupportRequestBody>;

const PHONE = /^\+?[0-9 ()-]{6,20}$/;

/** The input rules zod cannot see alone: consent, contact details, who may refer. */
function checkRequest(ctx: UseCaseContext, body: Body, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const referring = body.onBehalf !== undefined || body.incidentId !== undefined;
  if (referring && !canRefer(ctx.scope)) {
    throw new AppError(
      'forbidden',
      'Alleen een behandelaar kan iemand doorverwijzen of namens iemand anders steun aanvragen.',
    );
  }
  if (body.incidentId && !body.onBehalf) {
    errors.push({
      field: 'body.onBehalf',
      message:
        'Een doorverwijzing vanuit een melding kan alleen met de vastgelegde toestemming van de persoon: wie, wanneer en hoe.',
    });
  }
  if (body.onBehalf && body.onBehalf.consentGiven !== true) {
    errors.push({
      field: 'body.onBehalf.consentGiven',
      message:
        'Vraag eerst de persoon om toestemming. Zonder toestemming gaat de aanvraag niet weg.',
    });
  }
  if (body.onBehalf && body.onBehalf.consentGivenOn > today) {
    errors.push({
      field: 'body.onBehalf.consentGivenOn',
      message: 'De datum van de toestemming ligt in de toekomst.',
    });
  }
  if (body.contactPreference === 'via_handler' && !body.onBehalf) {
    errors.push({
      field: 'body.contactPreference',
      message: 'Contact via de behandelaar kan alleen bij een doorverwijzing door een behandelaar.',
    });
  }
  const detail = body.contactDetail ?? '';
  if (body.contactPreference === 'email' && !z.email().safeParse(detail).success) {
    errors.push({ field: 'body.contactDetail', message: 'Vul een geldig e-mailadres in.' });
  }
  if (body.contactPreference === 'phone' && !PHONE.test(detail)) {
    errors.push({ field: 'body.contactDetail', message: 'Vul een geldig telefoonnummer in.' });
  }
  return errors;
}

/**
 * Ask the support team for support (the person) or refer someone (a handler, with that
 * person's recorded consent). Only what was chosen is shared, encrypted with the support
 * team's key; an incident contributes its reference, kinds and date, never its narrative.
 * The team is told by mail (a job) after the commit.
 */
export async function requestSupport(ctx: UseCaseContext, body: Body) {
  const { scope, keyring } = ctx;
  const today = amsterdamDate(ctx.clock.now());
  const errors = checkRequest(ctx, body, today);
  if (errors.length > 0) {
    throw new AppError('validation_failed', 'De aanvraag is nog niet compleet.', {
      fields: errors,
    });
  }
  const team = await supportTeam(ctx.db, ctx.config.supportTeamCode);
  return ctx.db.transaction().execute(async (trx) => {
    let incident: SharedDetails['incident'] = null;
    if (body.incidentId) {
      incident = await incidentReferralFacts(trx, scope.organisationId, body.incidentId);
      if (!incident) {
        throw new AppError('validation_failed', 'De melding is niet gevonden.', {
          fields: [
            { field: 'body.incidentId', message: 'Deze melding bestaat niet in uw organisatie.' },
          ],
        });
      }
      await audit(trx, ctx, 'incident.refer_to_support', { type: 'incident', id: body.incidentId });
    }
    const shared: SharedDetails = {
      contactName: body.contactName || null,
      contactDetail: body.contactPreference === 'via_handler' ? null : body.contactDetail || null,
      message: body.message || null,
      incident,
    };
    const seal = (text: string) => keyring.encryptText(trx, team.id, text);
    const row = await insertRequest(trx, {
      organisation_id: scope.organisationId,
      support_team_id: team.id,
      kind: body.kind,
      urgency: body.urgency,
      status_on: today,
      requested_by: scope.actorId,
      on_behalf: body.onBehalf !== undefined,
      consent_name_enc: body.onBehalf ? await seal(body.onBehalf.personName) : null,
      consent_given_on: body.onBehalf?.consentGivenOn ?? null,
      consent_method: body.onBehalf?.consentMethod ?? null,
      contact_preference: body.contactPreference,
      shared_enc: await seal(JSON.stringify(shared)),
      incident_id: body.incidentId ?? null,
    });
    await insertEvent(trx, {
      request_id: row.id,
      status: 'new',
      occurred_on: today,
      note_enc: null,
      actor_id: scope.actorId,
    });
    await audit(trx, ctx, 'support_request.create', { type: 'support_request', id: row.id });
    await ctx.jobs.enqueue(trx, NOTIFY_TEAM_QUEUE, { requestId: row.id });
    return row;
  });
}
