import { audit } from '../../../platform/audit/audit';
import type { UseCaseContext } from '../../../platform/use-case';
import { DEFAULT_DELIVERY, NOTIFICATION_EVENT_TYPES } from '../notification-events';
import { findSettings, saveSettings } from '../notifications.repository';
import type { SettingsBody } from '../notifications.schemas';

/** The organisation's defaults per event type and its team address (decrypted for the admin). */
export async function getSettings(ctx: UseCaseContext) {
  const org = ctx.scope.organisationId;
  const row = await findSettings(ctx.db, org);
  const stored = row?.defaults ?? {};
  return {
    defaults: Object.fromEntries(
      NOTIFICATION_EVENT_TYPES.map((t) => [t, stored[t] ?? DEFAULT_DELIVERY]),
    ),
    teamAddress: row?.team_address_enc
      ? await ctx.keyring.decryptText(ctx.db, org, row.team_address_enc)
      : null,
  };
}

/** Replace the settings; the team address is stored encrypted and never logged. Audited. */
export async function updateSettings(ctx: UseCaseContext, body: SettingsBody) {
  const org = ctx.scope.organisationId;
  // Encrypted before the transaction: a key lookup never holds one open.
  const teamAddressEnc = body.teamAddress
    ? await ctx.keyring.encryptText(ctx.db, org, body.teamAddress.toLowerCase())
    : null;
  await ctx.db.transaction().execute(async (trx) => {
    await saveSettings(trx, org, body.defaults, teamAddressEnc);
    await audit(trx, ctx, 'notification.settings.update', { type: 'organisation', id: org });
  });
  return getSettings(ctx);
}
