import type { Db } from '../../../db/database';
import { validateDefinition } from '../definition/definition-validation';
import { PLATFORM_OWNER_ID } from '../questionnaires.constants';
import {
  findQuestionnaireByKey,
  insertQuestionnaire,
  insertVersion,
  latestPublishedByKey,
  lockDefinitions,
  maxVersion,
} from '../questionnaires.repository';
import { contentHash } from './context';

/**
 * Make a built-in instrument available to every organisation: publish it as a
 * platform-wide version unless the newest published version is identical.
 * Changing a built-in definition in code therefore publishes a new version on
 * the next start, beside the old one (responses keep pointing at theirs).
 * Safe to run from several instances at once.
 */
export async function ensurePlatformDefinition(db: Db, raw: unknown) {
  const result = validateDefinition(raw);
  if (!result.ok) {
    const first = result.problems[0];
    throw new Error(`Built-in questionnaire is invalid: ${first?.path} ${first?.message}`);
  }
  const { $schema: _ignored, ...definition } = result.definition;
  const hash = contentHash(definition);
  return db.transaction().execute(async (trx) => {
    await lockDefinitions(trx, PLATFORM_OWNER_ID);
    const latest = await latestPublishedByKey(trx, PLATFORM_OWNER_ID, definition.key);
    if (latest?.content_hash === hash) return latest;
    const questionnaire =
      (await findQuestionnaireByKey(trx, PLATFORM_OWNER_ID, definition.key)) ??
      (await insertQuestionnaire(trx, PLATFORM_OWNER_ID, definition.key));
    return insertVersion(trx, {
      ownerId: PLATFORM_OWNER_ID,
      questionnaireId: questionnaire.id,
      version: (await maxVersion(trx, PLATFORM_OWNER_ID, questionnaire.id)) + 1,
      status: 'published',
      definition,
      contentHash: hash,
      createdBy: 'system',
    });
  });
}
