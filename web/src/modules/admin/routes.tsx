import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';

/** The organisation admin area /beheer (org admins; the audit log also for privacy officers). */
export const routes: AppRoute[] = [
  {
    path: '/beheer',
    lazy: lazyPage(() => import('./pages/AdminPage'), 'AdminPage', texts),
    handle: { roles: ['org_admin'] },
  },
  {
    path: '/beheer/leden',
    lazy: lazyPage(() => import('./pages/MembersPage'), 'MembersPage', texts),
    handle: { roles: ['org_admin'] },
  },
  {
    path: '/beheer/api-tokens',
    lazy: lazyPage(() => import('./pages/ApiTokensPage'), 'ApiTokensPage', texts),
    handle: { roles: ['org_admin'] },
  },
  {
    path: '/beheer/sso',
    lazy: lazyPage(() => import('./pages/SsoPage'), 'SsoPage', texts),
    handle: { roles: ['org_admin'] },
  },
  {
    path: '/beheer/organisatie',
    lazy: lazyPage(() => import('./pages/OrganisationPage'), 'OrganisationPage', texts),
    handle: { roles: ['org_admin'] },
  },
  {
    path: '/beheer/bewaartermijnen',
    lazy: lazyPage(() => import('./pages/RetentionTermsPage'), 'RetentionTermsPage', texts),
    handle: { roles: ['org_admin'] },
  },
  {
    path: '/beheer/auditlog',
    lazy: lazyPage(() => import('./pages/AuditLogPage'), 'AuditLogPage', texts),
    handle: { roles: ['org_admin', 'privacy_officer'] },
  },
];
