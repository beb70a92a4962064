import { notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { canSeeVersion } from '../questionnaires.policy';
import { findVersion } from '../questionnaires.repository';
import { definitionOf } from './context';

/** A version the actor may see: any published one, or the organisation's own draft for authors. */
export async function getVersion(ctx: UseCaseContext, versionId: string) {
  const { db, scope } = ctx;
  const version = await findVersion(db, scope.organisationId, versionId);
  if (!version || !canSeeVersion(version.status, version.organisation_id, scope)) {
    throw notFound('Deze versie');
  }
  return { version, definition: definitionOf(version) };
}
