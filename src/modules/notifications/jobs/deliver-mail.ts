import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { findPerson, memberRoles } from '../../../platform/identity';
import { logMail } from '../../../platform/mail/mail-log';
import {
  digestMail,
  EVENT_RULES,
  eventMail,
  type MailItem,
  type NotificationEventType,
} from '../notification-events';
import {
  digestItems,
  findDigest,
  findNotification,
  findSettings,
  markMailed,
} from '../notifications.repository';

type Mailing = Pick<AppDeps, 'db' | 'mailer' | 'config' | 'keyring'>;

/** The payload names the notification or the digest, never an address. */
const DeliverPayload = z.union([
  z.object({ organisationId: z.uuid(), notificationId: z.uuid() }),
  z.object({ organisationId: z.uuid(), digestId: z.uuid() }),
]);

/** Whether the person still holds a role that receives this event type in the organisation. */
async function stillReceives(
  deps: Mailing,
  organisationId: string,
  personId: string,
  type: NotificationEventType,
): Promise<boolean> {
  const roles = await memberRoles(deps.db, organisationId, personId);
  return EVENT_RULES[type].roles.some((r) => roles.includes(r));
}

/** The address, read at send time: the person's own, or the organisation's team address. */
async function addressOf(deps: Mailing, organisationId: string, personId: string | null) {
  if (personId) return (await findPerson(deps.db, personId))?.email;
  const settings = await findSettings(deps.db, organisationId);
  return settings?.team_address_enc
    ? deps.keyring.decryptText(deps.db, organisationId, settings.team_address_enc)
    : undefined;
}

async function deliverOne(deps: Mailing, organisationId: string, notificationId: string) {
  const row = await findNotification(deps.db, organisationId, notificationId);
  if (!row || row.mailed_at) return;
  if (row.person_id && !(await stillReceives(deps, organisationId, row.person_id, row.event_type)))
    return;
  const to = await addressOf(deps, organisationId, row.person_id);
  if (!to) return;
  const mail = eventMail(deps.config.publicUrl, {
    type: row.event_type,
    objectId: row.object_id,
    urgent: row.urgent,
    at: row.occurred_at,
  });
  const messageId = await deps.mailer.send({ to, ...mail });
  await markMailed(deps.db, organisationId, [row.id], new Date());
  await logMail(
    deps.db,
    organisationId,
    `notification.${row.event_type}${row.person_id ? '' : '.team'}`,
    messageId,
  );
}

async function deliverDigest(deps: Mailing, organisationId: string, digestId: string) {
  const digest = await findDigest(deps.db, organisationId, digestId);
  if (!digest) return;
  const rows = (await digestItems(deps.db, organisationId, digestId)).filter((r) => !r.mailed_at);
  const roles = await memberRoles(deps.db, organisationId, digest.person_id);
  const items: (MailItem & { id: string })[] = rows
    .filter((r) => EVENT_RULES[r.event_type].roles.some((role) => roles.includes(role)))
    .map((r) => ({
      id: r.id,
      type: r.event_type,
      objectId: r.object_id,
      urgent: r.urgent,
      at: r.occurred_at,
    }));
  if (items.length === 0) return;
  const to = await addressOf(deps, organisationId, digest.person_id);
  if (!to) return;
  const messageId = await deps.mailer.send({ to, ...digestMail(deps.config.publicUrl, items) });
  await markMailed(
    deps.db,
    organisationId,
    items.map((i) => i.id),
    new Date(),
  );
  await logMail(deps.db, organisationId, 'notification.digest', messageId);
}

/**
 * Send one mail of the `mail.deliver` queue. The address is read now, so a changed address
 * is used and a person who lost the role gets nothing; an SMTP error fails the job, which the
 * queue retries with backoff until it is dead (then the status page shows it).
 */
export async function deliverMail(deps: Mailing, payload: unknown): Promise<void> {
  const parsed = DeliverPayload.safeParse(payload);
  if (!parsed.success) return;
  const p = parsed.data;
  if ('notificationId' in p) await deliverOne(deps, p.organisationId, p.notificationId);
  else await deliverDigest(deps, p.organisationId, p.digestId);
}
