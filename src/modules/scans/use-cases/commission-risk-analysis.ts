import { audit } from '../../../platform/audit/audit';
import { AppError, type FieldError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { createResponse, loadPublishedVersion, resolveMember } from '../../questionnaires';
import { SCAN_KEYS } from '../definitions';
import { EMPTY_TRACKING } from '../scans.presenter';
import { insertRiskAnalysis } from '../scans.repository';
import type { Office } from '../scans.tables';

/**
 * Commission an integrity risk analysis: the candidate (a member of this
 * organisation) is asked to fill in the questionnaire; a designated integrity
 * officer may be named. Analysis and tracking are created in one transaction;
 * the candidate gets an e-mail without any content of the analysis.
 */
export async function commissionRiskAnalysis(
  ctx: UseCaseContext,
  input: { candidateEmail: string; office: Office; designatedOfficerEmail?: string },
) {
  const { scope, origin } = ctx;
  const deps = ctx;
  const { db, keyring } = deps;
  const version = await loadPublishedVersion(db, scope.organisationId, {
    key: SCAN_KEYS.integrityRiskAnalysis,
  });
  if (!version)
    throw new AppError('conflict', 'De risicoanalyse is op dit platform niet beschikbaar.');
  const errors: FieldError[] = [];
  const candidate = await resolveMember(
    db,
    scope.organisationId,
    input.candidateEmail,
    'body.candidateEmail',
  );
  if ('field' in candidate) errors.push(candidate);
  const designated = input.designatedOfficerEmail
    ? await resolveMember(
        db,
        scope.organisationId,
        input.designatedOfficerEmail,
        'body.designatedOfficerEmail',
        ['integrity_officer'],
      )
    : null;
  if (designated && 'field' in designated) errors.push(designated);
  if (errors.length > 0 || 'field' in candidate || (designated && 'field' in designated)) {
    throw new AppError('validation_failed', 'Niet iedereen kon worden gevonden.', {
      fields: errors,
    });
  }
  const row = await db.transaction().execute(async (trx) => {
    const response = await createResponse(
      trx,
      scope,
      {
        versionId: version.versionId,
        subjectPersonId: candidate.personId,
        designatedPersonId: designated?.personId,
      },
      origin,
    );
    const analysis = await insertRiskAnalysis(trx, {
      organisationId: scope.organisationId,
      responseId: response.id,
      office: input.office,
      trackingEnc: await keyring.encryptText(
        trx,
        scope.organisationId,
        JSON.stringify(EMPTY_TRACKING),
        'integrity',
      ),
    });
    await audit(trx, ctx, 'risk_analysis.commission', {
      type: 'questionnaire_response',
      id: response.id,
    });
    return analysis;
  });
  try {
    await deps.mailer.send({
      to: input.candidateEmail,
      subject: 'Verzoek: vragenlijst risicoanalyse integriteit',
      text: [
        'Beste kandidaat,',
        '',
        'Ter voorbereiding op uw mogelijke benoeming is u gevraagd een vertrouwelijke vragenlijst in te vullen.',
        `Log in op Weerbaar (${deps.config.publicUrl}) en kies "Zelfscans" om te beginnen.`,
        'Uw antwoorden zijn alleen zichtbaar voor u en voor wie de analyse heeft laten uitvoeren.',
      ].join('\n'),
    });
  } catch (error) {
    deps.logger.warn(
      // Only the error's class and code: a mail server's message names the recipient.
      {
        error: (error as Error).name,
        code: (error as { code?: unknown }).code,
        responseId: row.response_id,
      },
      'risk analysis mail not sent',
    );
  }
  return row;
}
