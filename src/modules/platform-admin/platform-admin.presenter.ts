import type { OrganisationType } from '../../platform/identity';

export function presentAdminOrganisation(row: {
  id: string;
  type: OrganisationType;
  code: string;
  name: string;
  members?: number | string;
  created_at: Date;
  deactivated_at: Date | null;
}) {
  return {
    id: row.id,
    type: row.type,
    code: row.code,
    name: row.name,
    members: Number(row.members ?? 0),
    createdAt: new Date(row.created_at).toISOString(),
    active: row.deactivated_at === null,
    deactivatedAt: row.deactivated_at ? new Date(row.deactivated_at).toISOString() : null,
  };
}
