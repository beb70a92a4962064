import type { Role } from '../platform/auth/roles';

/** Password of every demo account; printed in the terminal on start. Never used outside demo data. */
export const DEMO_PASSWORD = 'Weerbaar-demo-2026';

export interface DemoOrganisation {
  type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
  code: string;
  name: string;
  theme: Record<string, string>;
}

/** Real CBS/TOOI codes from shared/data/organisations.csv; the ministry uses an invented code. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    type: 'gemeente',
    code: 'GM0344',
    name: 'Gemeente Utrecht',
    theme: { '--weerbaar-brand-color': '#c4002f' },
  },
  {
    type: 'provincie',
    code: 'PV26',
    name: 'Provincie Utrecht',
    theme: { '--weerbaar-brand-color': '#8a1538' },
  },
  {
    type: 'waterschap',
    code: 'ws0636',
    name: 'Hoogheemraadschap De Stichtse Rijnlanden',
    theme: { '--weerbaar-brand-color': '#00598a' },
  },
  {
    type: 'rijk',
    code: 'RK-BZK',
    name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    theme: { '--weerbaar-brand-color': '#154273' },
  },
  {
    type: 'rijk',
    code: 'RK-OWB',
    name: 'Ondersteuningsteam Weerbaar Bestuur',
    theme: { '--weerbaar-brand-color': '#154273' },
  },
];

export interface DemoUser {
  email: string;
  displayName: string;
  memberships: { code: string; roles: Role[] }[];
  platformAdmin?: boolean;
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'melder@demo.weerbaar.nl',
    displayName: 'Mila de Melder',
    memberships: [{ code: 'GM0344', roles: ['reporter'] }],
  },
  {
    email: 'behandelaar@demo.weerbaar.nl',
    displayName: 'Bas Behandelaar',
    memberships: [{ code: 'GM0344', roles: ['handler', 'reporter'] }],
  },
  {
    email: 'integriteit@demo.weerbaar.nl',
    displayName: 'Ingrid Integriteit',
    memberships: [{ code: 'GM0344', roles: ['integrity_officer', 'reporter'] }],
  },
  {
    email: 'vertrouwenspersoon@demo.weerbaar.nl',
    displayName: 'Vera Vertrouwenspersoon',
    memberships: [{ code: 'GM0344', roles: ['confidential_counsellor', 'reporter'] }],
  },
  {
    email: 'griffier@demo.weerbaar.nl',
    displayName: 'Gerrit Griffier',
    memberships: [{ code: 'GM0344', roles: ['clerk', 'reporter'] }],
  },
  {
    email: 'beheerder@demo.weerbaar.nl',
    displayName: 'Bea Beheerder',
    memberships: [{ code: 'GM0344', roles: ['org_admin', 'reporter'] }],
  },
  {
    email: 'raadslid@demo.weerbaar.nl',
    displayName: 'Rachid Raadslid',
    memberships: [{ code: 'GM0344', roles: ['reporter'] }],
  },
  {
    email: 'bibob@demo.weerbaar.nl',
    displayName: 'Bibi Bibob',
    memberships: [{ code: 'GM0344', roles: ['bibob_officer', 'reporter'] }],
  },
  {
    email: 'bibob-provincie@demo.weerbaar.nl',
    displayName: 'Boris Bibob',
    memberships: [{ code: 'PV26', roles: ['bibob_officer'] }],
  },
  {
    email: 'onderzoeker@demo.weerbaar.nl',
    displayName: 'Olga Onderzoeker',
    memberships: [{ code: 'RK-BZK', roles: ['researcher'] }],
  },
  {
    email: 'analist@demo.weerbaar.nl',
    displayName: 'Anton Analist',
    memberships: [{ code: 'RK-BZK', roles: ['national_analyst'] }],
  },
  {
    email: 'provincie@demo.weerbaar.nl',
    displayName: 'Petra Provincie',
    memberships: [{ code: 'PV26', roles: ['org_admin', 'handler', 'reporter', 'clerk'] }],
  },
  {
    email: 'waterschap@demo.weerbaar.nl',
    displayName: 'Wim Waterschap',
    memberships: [
      { code: 'ws0636', roles: ['org_admin', 'handler', 'reporter', 'integrity_officer'] },
    ],
  },
  {
    email: 'ministerie@demo.weerbaar.nl',
    displayName: 'Mo Ministerie',
    memberships: [{ code: 'RK-BZK', roles: ['org_admin', 'handler', 'reporter'] }],
  },
  {
    email: 'steun@demo.weerbaar.nl',
    displayName: 'Stella Steunteam',
    memberships: [{ code: 'RK-OWB', roles: ['support_worker'] }],
  },
  {
    email: 'platform@demo.weerbaar.nl',
    displayName: 'Pim Platformbeheer',
    memberships: [],
    platformAdmin: true,
  },
];
