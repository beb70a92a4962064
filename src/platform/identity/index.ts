/**
 * Identity: organisations, people and their memberships (roles). Platform, because login,
 * sessions, OIDC and API tokens need them and the platform imports no module (ADR 0024).
 * Everything outside src/platform/identity uses these functions; only this folder and the
 * platform's own stores name the tables.
 */

export type {
  OrganisationRow,
  OrganisationType,
  PersonRow,
} from './identity.tables';
/** Memberships: add, replace and read a person's roles; list members, by role or by address. */
export {
  addRoles,
  countAdmins,
  deactivatedSince,
  isMember,
  listMembers,
  memberNames,
  memberRoles,
  membersAmong,
  membershipsByEmail,
  membersWithRoles,
  onlyDeactivatedMemberships,
  removeMember,
  replaceRoles,
  setDeactivated,
} from './membership.repository';
/** Organisations: create, find by id or code, list, theme, deactivate, and look-ups by code tag or type. */
export {
  findOrganisation,
  findOrganisationByCode,
  insertOrganisation,
  listOrganisationRefs,
  listOrganisations,
  listOrganisationsForAdmin,
  organisationCodes,
  organisationIdsByCodeTag,
  organisationIdsOfType,
  organisationName,
  renameOrganisation,
  setOrganisationDeactivated,
  updateTheme,
} from './organisation.repository';
/** People: create, find by address or id, names and addresses by id, preferred language. */
export {
  displayNames,
  findPerson,
  findPersonByEmail,
  insertPerson,
  type PersonSummary,
  peopleByIds,
  setLocale,
} from './person.repository';
/** Rows paired with the person they name, optionally in display-name order. */
export { withPeople } from './with-people';
