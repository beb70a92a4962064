import './integrity.css';
import { type AppRoute, lazyPage } from '../../app/route-types';
import { publicTexts, texts } from './i18n';

const HANDLERS = ['integrity_officer', 'confidential_counsellor'] as const;

/** Pages and texts load on first visit, so the integrity module adds little to the first load. */
const page = <M,>(load: () => Promise<M>, name: keyof M & string) => lazyPage(load, name, texts);
/** Public pages load only the texts they use: a reporter's first visit stays small (ADR 0048). */
const publicPage = <M,>(load: () => Promise<M>, name: keyof M & string) =>
  lazyPage(load, name, publicTexts);

/** Pages behind login; paths match the menu entries in app/navigation.ts. */
export const routes: AppRoute[] = [
  {
    path: '/integriteit/melden',
    lazy: page(() => import('./pages/MemberReportPage'), 'MemberReportPage'),
  },
  { path: '/integriteit/mijn', lazy: page(() => import('./pages/MyReportsPage'), 'MyReportsPage') },
  {
    path: '/integriteit/mijn/:id',
    lazy: page(() => import('./pages/MyReportsPage'), 'MyReportPage'),
  },
  {
    path: '/integriteit/meldingen',
    lazy: page(() => import('./pages/CasesPage'), 'CasesPage'),
    handle: { roles: HANDLERS },
  },
  {
    path: '/integriteit/meldingen/:id',
    lazy: page(() => import('./pages/CasePage'), 'CasePage'),
    handle: { roles: HANDLERS },
  },
  {
    path: '/integriteit/termijnen',
    lazy: page(() => import('./pages/BreachesPage'), 'BreachesPage'),
    handle: { roles: HANDLERS },
  },
  {
    path: '/integriteit/opname',
    lazy: page(() => import('./pages/IntakePage'), 'IntakePage'),
    handle: { roles: ['confidential_counsellor'] },
  },
  {
    path: '/integriteit/sleutelbeheer',
    lazy: page(() => import('./pages/CustodyPage'), 'CustodyPage'),
  },
  {
    path: '/integriteit/nevenfuncties',
    lazy: page(() => import('./pages/SidePositionsPage'), 'SidePositionsPage'),
    handle: { roles: ['clerk'] },
  },
  {
    path: '/integriteit/mijn-opgaven',
    lazy: page(() => import('./pages/MyDeclarationsPage'), 'MyDeclarationsPage'),
  },
  {
    path: '/integriteit/agenda-check',
    lazy: page(() => import('./pages/AgendaCheckPage'), 'AgendaCheckPage'),
    handle: { roles: ['clerk'] },
  },
  {
    path: '/integriteit/agenda-check/:id',
    lazy: page(() => import('./pages/MeetingPage'), 'MeetingPage'),
    handle: { roles: ['clerk'] },
  },
];

/** Without login: the anonymous channel (reachable from the login page) and the public register. */
export const publicRoutes: AppRoute[] = [
  {
    path: '/integriteit/anoniem',
    lazy: publicPage(() => import('./pages/AnonymousStartPage'), 'AnonymousStartPage'),
  },
  {
    path: '/integriteit/melden/:organisationCode',
    lazy: publicPage(() => import('./pages/AnonymousReportPage'), 'AnonymousReportPage'),
  },
  {
    path: '/integriteit/ontvangstcode',
    lazy: publicPage(() => import('./pages/ReceiptPage'), 'ReceiptPage'),
  },
  {
    path: '/openbaar/:organisationCode/nevenfuncties',
    lazy: publicPage(() => import('./pages/PublicRegisterPage'), 'PublicRegisterPage'),
  },
];
