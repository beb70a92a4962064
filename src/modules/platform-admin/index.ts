import type { AppModule } from '../module';
import { platformAdminRoutes } from './platform-admin.routes';

/** Platform administration: organisations from the official list, their first admin, deactivation. */
export const platformAdminModule: AppModule = {
  name: 'platform-admin',
  register: (app, deps) => platformAdminRoutes(app, deps),
};
