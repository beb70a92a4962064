import type { AppModule } from '../module';
import { organisationsRoutes } from './organisations.routes';

/** Administration of organisations, members and roles, invitations, API tokens and themes (identity itself is the platform's). */
export const organisationsModule: AppModule = {
  name: 'organisations',
  register: (app, deps) => organisationsRoutes(app, deps),
};
