/** Demo accounts created by the server's demo data (WEERBAAR_DEMO=true). */
export const DEMO_PASSWORD = 'Weerbaar-demo-2026';

export const DEMO_USERS = {
  reporter: 'melder@demo.weerbaar.nl',
  handler: 'behandelaar@demo.weerbaar.nl',
  integrityOfficer: 'integriteit@demo.weerbaar.nl',
  confidentialCounsellor: 'vertrouwenspersoon@demo.weerbaar.nl',
  clerk: 'griffier@demo.weerbaar.nl',
  orgAdmin: 'beheerder@demo.weerbaar.nl',
  councillor: 'raadslid@demo.weerbaar.nl',
  researcher: 'onderzoeker@demo.weerbaar.nl',
  nationalAnalyst: 'analist@demo.weerbaar.nl',
  supportWorker: 'steun@demo.weerbaar.nl',
} as const;

/** Demo organisation most demo users belong to. */
export const DEMO_ORGANISATION = 'Gemeente Utrecht';
