import type { AppModule } from '../module';
import { organisationsRoutes } from './organisations.routes';

/** Organisations, people, memberships and roles; API tokens and themes. */
export const organisationsModule: AppModule = {
  name: 'organisations',
  register: (app, deps) => organisationsRoutes(app, deps),
};

/** Create organisations and people (used by the demo loader and tests). */
export {
  addRoles,
  findOrganisationByCode,
  findPersonByEmail,
  insertOrganisation,
  insertPerson,
} from './organisations.repository';
export type { OrganisationType } from './organisations.tables';
