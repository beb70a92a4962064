import type { z } from 'zod';
import type { Db } from '../../../db/database';
import { anonymousActor, audit } from '../../../platform/audit/audit';
import { newSecret, sha256 } from '../../../platform/auth/tokens';
import { AppError, notFound } from '../../../platform/errors/app-error';
import type { UploadedFile } from '../../../platform/http/multipart';
import { organisationName } from '../../../platform/identity';
import { amsterdamDate, daysAfter } from '../../../platform/time';
import type { UseCaseContext, UseCaseDeps } from '../../../platform/use-case';
import {
  flattenQuestions,
  loadPublishedVersion,
  localise,
  type Question,
  validateResponse,
} from '../../questionnaires';
import {
  findCase,
  findLinkByHash,
  insertLink,
  revokeLinks,
  updateCase,
  useLink,
} from '../bibob.repository';
import type { ApplicantView, CaseDetail, LinkBody } from '../bibob.schemas';
import type { CaseRow } from '../bibob.tables';
import { BIBOB_QUESTIONNAIRE_KEY } from '../bibob-questionnaire';
import {
  ACCEPTED_EXTENSIONS,
  checkDocuments,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENTS,
  storeDocuments,
} from './documents';
import { loadSettings } from './settings';

/*
 * The applicant's questionnaire: a single-use link (like the Monitor's survey
 * links) to the Bibob questionnaire on the questionnaire engine. The token is
 * the scope: it reaches only its own case's questionnaire, once, until it expires.
 */

const TOKEN_PREFIX = 'wbb';
const TOKEN_SHAPE = /^wbb_[A-Za-z0-9_-]{20,64}$/;

/** The applicant's page in the web app. */
export const applicantPath = (token: string) => `/bibob/vragenformulier/${token}`;

/** Make a new link for the applicant (an earlier open link stops working) and mail it if asked. */
export async function createQuestionnaireLink(
  ctx: UseCaseContext,
  caseId: string,
  body: z.infer<typeof LinkBody>,
) {
  const org = ctx.scope.organisationId;
  const version = await loadPublishedVersion(ctx.db, org, { key: BIBOB_QUESTIONNAIRE_KEY });
  if (!version) throw new AppError('conflict', 'Het Bibob-vragenformulier is niet beschikbaar.');
  const now = ctx.clock.now();
  const token = newSecret(TOKEN_PREFIX);
  const { expiresAt, name } = await ctx.db.transaction().execute(async (trx) => {
    const row = await findCase(trx, org, caseId, true);
    if (!row) throw notFound('Dit dossier');
    if (row.status === 'closed' || row.questionnaire_submitted_on)
      throw new AppError('conflict', 'Voor dit dossier is geen vragenformulier meer nodig.');
    const settings = await loadSettings(trx, org);
    const expires = daysAfter(now, settings.questionnaireDays);
    await revokeLinks(trx, org, caseId, now);
    await insertLink(trx, {
      organisationId: org,
      caseId,
      tokenHash: sha256(token),
      expiresAt: expires,
    });
    await updateCase(trx, org, caseId, {
      questionnaire_version_id: version.versionId,
      ...(row.questionnaire_sent_on ? {} : { questionnaire_sent_on: amsterdamDate(now) }),
    });
    await audit(trx, ctx, 'bibob.questionnaire.link', { type: 'bibob_case', id: caseId });
    return { expiresAt: expires, name: (await organisationName(trx, org)) ?? 'de gemeente' };
  });
  const url = `${ctx.config.publicUrl.replace(/\/$/, '')}${applicantPath(token)}`;
  let mailed = false;
  if (body.email) {
    try {
      await ctx.mailer.send({
        to: body.email,
        subject: 'Bibob-vragenformulier bij uw aanvraag',
        text: [
          'Geachte aanvrager,',
          '',
          `${name} toetst uw aanvraag aan de Wet Bibob. Vul het vragenformulier in via deze persoonlijke link:`,
          url,
          '',
          `De link werkt één keer en tot ${amsterdamDate(expiresAt)}. Deel hem met niemand.`,
        ].join('\n'),
      });
      mailed = true;
    } catch (error) {
      // The error's class only: a mail server's message names the recipient.
      ctx.logger.warn(
        { error: (error as Error).name, caseId },
        'bibob questionnaire mail not sent',
      );
    }
  }
  return { url, expiresAt: expiresAt.toISOString(), mailed };
}

/** The link behind a token and its case, or why it cannot be used. */
async function resolveLink(deps: Pick<UseCaseDeps, 'db' | 'clock'>, token: string) {
  if (!TOKEN_SHAPE.test(token)) throw notFound('Deze link');
  const link = await findLinkByHash(deps.db, sha256(token));
  if (!link) throw notFound('Deze link');
  if (link.used_at)
    throw new AppError('conflict', 'Met deze link is het vragenformulier al ingevuld.', {
      extra: { reason: 'used' },
    });
  if (link.revoked_at || new Date(link.expires_at).getTime() <= deps.clock.now().getTime())
    throw new AppError(
      'conflict',
      'Deze link werkt niet meer. Vraag de gemeente om een nieuwe link.',
      { extra: { reason: 'expired' } },
    );
  const row = await findCase(deps.db, link.organisation_id, link.case_id);
  if (!row?.questionnaire_version_id) throw notFound('Deze link');
  // Decided before the applicant answered: nothing more can be added to the case.
  if (row.status === 'closed')
    throw new AppError(
      'conflict',
      'Deze link werkt niet meer. Vraag de gemeente om een nieuwe link.',
      { extra: { reason: 'expired' } },
    );
  const version = await loadPublishedVersion(deps.db, link.organisation_id, {
    versionId: row.questionnaire_version_id,
  });
  if (!version) throw new AppError('conflict', 'Het vragenformulier is niet beschikbaar.');
  return { link, row, version };
}

/** What the applicant sees: the questionnaire and their own case number (the view is audited). */
export async function getApplicantQuestionnaire(
  deps: Pick<UseCaseDeps, 'db' | 'clock' | 'keyring'>,
  token: string,
  origin: string,
): Promise<z.infer<typeof ApplicantView>> {
  const { link, row, version } = await resolveLink(deps, token);
  const org = link.organisation_id;
  return deps.db.transaction().execute(async (trx) => {
    await audit(trx, anonymousActor(org, origin), 'bibob.questionnaire.view', {
      type: 'bibob_case',
      id: row.id,
    });
    return {
      organisationName: (await organisationName(trx, org)) ?? '',
      reference: await deps.keyring.decryptText(trx, org, row.reference_enc),
      expiresAt: new Date(link.expires_at).toISOString(),
      definition: version.definition,
      documents: {
        maxFiles: MAX_DOCUMENTS,
        maxFileBytes: MAX_DOCUMENT_BYTES,
        extensions: ACCEPTED_EXTENSIONS,
      },
    };
  });
}

/** Check the link before a multipart body is read, so a wrong token costs no upload. */
export async function checkApplicantLink(
  deps: Pick<UseCaseDeps, 'db' | 'clock'>,
  token: string,
): Promise<void> {
  await resolveLink(deps, token);
}

/**
 * Store the applicant's answers and documents in their case, encrypted; the
 * link is used up in the same transaction, so a second submit is refused and
 * no document arrives without the answers (or the other way round).
 */
export async function submitApplicantAnswers(
  deps: Pick<UseCaseDeps, 'db' | 'clock' | 'keyring'>,
  token: string,
  input: Record<string, unknown>,
  origin: string,
  files: readonly UploadedFile[] = [],
): Promise<void> {
  const { link, row, version } = await resolveLink(deps, token);
  const now = deps.clock.now();
  const validated = validateResponse(version.definition, input, now);
  const checked = await checkDocuments(files);
  const org = link.organisation_id;
  const applicant = anonymousActor(org, origin);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await useLink(trx, link.id, now)))
      throw new AppError('conflict', 'Met deze link is het vragenformulier al ingevuld.', {
        extra: { reason: 'used' },
      });
    await updateCase(trx, org, row.id, {
      answers_enc: await deps.keyring.encryptText(
        trx,
        org,
        JSON.stringify({ ...validated.answers, ...validated.openText }),
      ),
      questionnaire_submitted_on: amsterdamDate(now),
    });
    await audit(trx, applicant, 'bibob.questionnaire.submit', { type: 'bibob_case', id: row.id });
    await storeDocuments(
      trx,
      deps.keyring,
      applicant,
      { organisationId: org, caseId: row.id, addedBy: null },
      checked,
    );
  });
}

function answerText(q: Question, value: unknown): string {
  const label = (v: unknown) =>
    'options' in q ? localise(q.options.find((o) => o.value === v)?.label) || String(v) : String(v);
  if (q.type === 'yes_no') return value === true ? 'Ja' : 'Nee';
  if (Array.isArray(value)) return value.map(label).join(', ');
  return label(value);
}

/** The applicant's answers question by question, in the questionnaire's order. */
export async function presentAnswers(
  ctx: Pick<UseCaseDeps, 'db' | 'keyring'>,
  trx: Db,
  row: CaseRow,
): Promise<z.infer<typeof CaseDetail>['questionnaire']['answers']> {
  if (!row.answers_enc || !row.questionnaire_version_id) return [];
  const answers = JSON.parse(
    await ctx.keyring.decryptText(trx, row.organisation_id, row.answers_enc),
  ) as Record<string, unknown>;
  const version = await loadPublishedVersion(trx, row.organisation_id, {
    versionId: row.questionnaire_version_id,
  });
  if (!version) return [];
  return flattenQuestions(version.definition)
    .filter(({ question }) => answers[question.id] !== undefined)
    .map(({ question }) => ({
      id: question.id,
      question: localise(question.text),
      answer: answerText(question, answers[question.id]),
    }));
}
