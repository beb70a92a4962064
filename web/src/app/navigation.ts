import type { Role } from './roles';

/**
 * The main navigation: one entry per task, shown to people who hold one of
 * `roles` in the active organisation (an empty list: everyone).
 *
 * A module that builds one of these pages exports a route with the same path
 * from web/src/modules/<name>/routes.tsx; until then the router shows the
 * "coming soon" page for it (see app/router.tsx). To add a new entry, add it
 * here with a `labelKey` under `nav.` in web/src/i18n/{nl,en}.json.
 */
export interface NavItem {
  /** Stable id, also used as React key and in tests. */
  id: string;
  /** App path (Dutch, as people see it in the address bar). */
  path: string;
  labelKey: `nav.${string}`;
  roles: readonly Role[];
  /** A page served by the server (not the SPA): rendered as a plain link. */
  external?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  {
    id: 'report-incident',
    path: '/meldingen/nieuw',
    labelKey: 'nav.reportIncident',
    roles: ['reporter'],
  },
  { id: 'my-reports', path: '/meldingen/mijn', labelKey: 'nav.myReports', roles: ['reporter'] },
  {
    id: 'integrity-report',
    path: '/integriteit/melden',
    labelKey: 'nav.integrityReport',
    roles: ['reporter'],
  },
  { id: 'self-scans', path: '/zelfscans', labelKey: 'nav.selfScans', roles: ['reporter'] },
  {
    id: 'incident-register',
    path: '/meldingen/register',
    labelKey: 'nav.incidentRegister',
    roles: ['handler'],
  },
  {
    id: 'integrity-reports',
    path: '/integriteit/meldingen',
    labelKey: 'nav.integrityReports',
    roles: ['integrity_officer', 'confidential_counsellor'],
  },
  {
    id: 'side-positions',
    path: '/integriteit/nevenfuncties',
    labelKey: 'nav.sidePositions',
    roles: ['clerk'],
  },
  {
    id: 'agenda-check',
    path: '/integriteit/agenda-check',
    labelKey: 'nav.agendaCheck',
    roles: ['clerk'],
  },
  {
    id: 'my-declarations',
    path: '/integriteit/mijn-opgaven',
    labelKey: 'nav.myDeclarations',
    roles: ['reporter'],
  },
  {
    id: 'key-custody',
    path: '/integriteit/sleutelbeheer',
    labelKey: 'nav.keyCustody',
    roles: ['org_admin', 'integrity_officer', 'confidential_counsellor'],
  },
  {
    id: 'insight',
    path: '/inzicht',
    labelKey: 'nav.insight',
    roles: ['handler', 'integrity_officer', 'org_admin', 'executive'],
  },
  {
    id: 'national-insight',
    path: '/inzicht/landelijk',
    labelKey: 'nav.nationalInsight',
    roles: ['national_analyst', 'researcher'],
  },
  {
    id: 'under-registration',
    path: '/inzicht/onderregistratie',
    labelKey: 'nav.underRegistration',
    roles: ['national_analyst', 'researcher'],
  },
  { id: 'toolkit', path: '/toolkit', labelKey: 'nav.toolkit', roles: [] },
  {
    id: 'support',
    path: '/steun',
    labelKey: 'nav.support',
    roles: ['reporter', 'handler', 'support_worker'],
  },
  { id: 'bibob', path: '/bibob', labelKey: 'nav.bibob', roles: ['bibob_officer'] },
  { id: 'admin', path: '/beheer', labelKey: 'nav.admin', roles: ['org_admin'] },
  {
    id: 'audit-log',
    path: '/beheer/auditlog',
    labelKey: 'nav.auditLog',
    roles: ['privacy_officer'],
  },
  {
    id: 'incident-settings',
    path: '/meldingen/instellingen',
    labelKey: 'nav.incidentSettings',
    roles: ['org_admin'],
  },
  {
    id: 'monitor',
    path: '/monitor',
    labelKey: 'nav.monitor',
    roles: ['researcher', 'national_analyst'],
  },
  { id: 'api-docs', path: '/api/docs', labelKey: 'nav.apiDocs', roles: [], external: true },
];

/** The navigation entries for someone holding `roles` in the active organisation. */
export function navItemsFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter(
    (item) => item.roles.length === 0 || item.roles.some((role) => roles.includes(role)),
  );
}
