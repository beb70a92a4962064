import type { Db } from '../../db/database';

/**
 * Record that a mail went out: which template, for which organisation, under which Message-ID.
 * Never the address or the text (no personal data in the log).
 */
export async function logMail(
  db: Db,
  organisationId: string | null,
  template: string,
  messageId: string | null,
): Promise<void> {
  await db
    .insertInto('mail_log')
    .values({ organisation_id: organisationId, template, message_id: messageId })
    .execute();
}
