import type { Db } from '../../../db/database';
import type { UseCaseContext } from '../../../platform/use-case';
import { presentDistrictList } from '../districts.presenter';
import { findMap, listDistricts } from '../districts.repository';

/** The loaded districts of `organisationId`, inside the caller's transaction. */
export async function listDistrictsIn(db: Db, organisationId: string) {
  const [map, rows] = await Promise.all([
    findMap(db, organisationId),
    listDistricts(db, organisationId),
  ]);
  return presentDistrictList(map, rows);
}

/** Every wijk and buurt of the organisation by name, with what was uploaded when. */
export async function getDistricts(ctx: UseCaseContext) {
  return listDistrictsIn(ctx.db, ctx.scope.organisationId);
}
