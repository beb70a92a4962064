import type { Db } from '../../../db/database';
import type { Scope } from '../../../platform/auth/actor';
import { notFound } from '../../../platform/errors/app-error';
import { canSeeVersion } from '../questionnaires.policy';
import { findVersion } from '../questionnaires.repository';
import { definitionOf } from './context';

/** A version the actor may see: any published one, or the organisation's own draft for authors. */
export async function getVersion(db: Db, scope: Scope, versionId: string) {
  const version = await findVersion(db, scope.organisationId, versionId);
  if (!version || !canSeeVersion(version.status, version.organisation_id, scope)) {
    throw notFound('Deze versie');
  }
  return { version, definition: definitionOf(version) };
}
