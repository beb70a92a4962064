import type { AppModule } from '../module';

/** Invite someone within the caller's transaction, then mail the invitation after commit. */
export {
  mailInvitation,
  type RecordedInvitation,
  recordInvitation,
} from './invitations/use-cases/invite-member';

import { organisationsRoutes } from './organisations.routes';

/** Administration of organisations, members and roles, invitations, API tokens and themes (identity itself is the platform's). */
export const organisationsModule: AppModule = {
  name: 'organisations',
  register: (app, deps) => organisationsRoutes(app, deps),
};
