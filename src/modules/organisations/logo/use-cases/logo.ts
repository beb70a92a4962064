import type { Db } from '../../../../db/database';
import { audit } from '../../../../platform/audit/audit';
import type { KeyRing } from '../../../../platform/crypto/keyring';
import { AppError, notFound } from '../../../../platform/errors/app-error';
import type { Upload } from '../../../../platform/files/single-upload';
import { findOrganisationByCode, listOrganisationRefs } from '../../../../platform/identity';
import type { UseCaseContext } from '../../../../platform/use-case';
import { deleteLogo, findLogo, logoVersions, saveLogo } from '../logo.repository';
import { checkLogoType, LOGO_MAX_BYTES, type LogoMediaType } from '../logo-type';

/** The logo's public address; the version makes a new logo a new URL (browsers may cache). */
export function logoUrl(code: string, updatedAt: Date): string {
  return `/api/v1/public/organisations/${encodeURIComponent(code)}/logo?v=${updatedAt.getTime()}`;
}

/**
 * Replace the organisation's logo. The type is taken from the bytes (PNG, JPEG or SVG) and
 * must agree with the file name; the file is stored encrypted like every upload. Nothing is
 * stored when a check fails.
 */
export async function setOrganisationLogo(ctx: UseCaseContext, upload: Upload) {
  if (upload.bytes.length > LOGO_MAX_BYTES) {
    throw new AppError('payload_too_large', `Het logo is groter dan ${LOGO_MAX_BYTES / 1024} kB.`, {
      fields: [{ field: 'file', message: 'te groot' }],
    });
  }
  const check = await checkLogoType(upload.filename, upload.bytes);
  if (!check.ok) {
    throw new AppError(
      'unsupported_media_type',
      check.reason === 'extension_mismatch'
        ? 'De extensie van het bestand past niet bij de inhoud.'
        : 'Een logo moet een PNG-, JPEG- of SVG-bestand zijn.',
      {
        fields: [
          {
            field: 'file',
            message:
              check.reason === 'extension_mismatch'
                ? 'extensie klopt niet met de inhoud'
                : 'alleen PNG, JPEG of SVG',
          },
        ],
      },
    );
  }
  const orgId = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const encrypted = await ctx.keyring.encryptBytes(trx, orgId, upload.bytes, 'data', ':logo');
    const updatedAt = await saveLogo(trx, orgId, { mediaType: check.type.mediaType, encrypted });
    await audit(trx, ctx, 'organisation.update_logo', { type: 'organisation', id: orgId });
    return {
      mediaType: check.type.mediaType,
      bytes: upload.bytes.length,
      logoUrl: logoUrl(ctx.scope.organisationCode, updatedAt),
    };
  });
}

/** Remove the logo; the app shows the organisation's name alone again. */
export async function removeOrganisationLogo(ctx: UseCaseContext): Promise<void> {
  const orgId = ctx.scope.organisationId;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteLogo(trx, orgId))) throw notFound('Het logo');
    await audit(trx, ctx, 'organisation.remove_logo', { type: 'organisation', id: orgId });
  });
}

/** The decrypted logo of an active organisation by its code, for anyone (it is public). */
export async function readPublicLogo(
  deps: { db: Db; keyring: KeyRing },
  code: string,
): Promise<{ mediaType: LogoMediaType; bytes: Buffer; updatedAt: Date }> {
  const organisation = await findOrganisationByCode(deps.db, code);
  const row =
    organisation && !organisation.deactivated_at
      ? await findLogo(deps.db, organisation.id)
      : undefined;
  if (!row?.logo || !row.logo_type || !row.logo_updated_at) throw notFound('Dit logo');
  const bytes = await deps.keyring.decryptBytes(deps.db, row.organisationId, row.logo, ':logo');
  return { mediaType: row.logo_type, bytes, updatedAt: new Date(row.logo_updated_at) };
}

/**
 * The logo address of each organisation with a logo, by code (all of them, or the one
 * organisation asked for).
 */
export async function logoUrls(db: Db, organisationId?: string): Promise<Map<string, string>> {
  const versions = await logoVersions(db, organisationId);
  if (versions.size === 0) return new Map();
  const codes = new Map((await listOrganisationRefs(db)).map((o) => [o.id, o.code]));
  return new Map(
    [...versions].flatMap(([id, at]) => {
      const code = codes.get(id);
      return code ? [[code, logoUrl(code, at)] as const] : [];
    }),
  );
}
