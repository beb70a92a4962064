import './incidents.css';
import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts as districtTexts } from '../districts/i18n';
import { publicTexts, texts } from './i18n';

const REPORTERS = { roles: ['reporter', 'handler'] } as const;
/** The report form loads only the texts it uses: a reporter's first visit stays small (ADR 0048). */
const publicPage = <M,>(load: () => Promise<M>, name: keyof M & string) =>
  lazyPage(load, name, publicTexts);
const reportForm = publicPage(() => import('./pages/ReportFormPage'), 'ReportFormPage');

/** Pages of the incident register; paths match the menu entries in app/navigation.ts. */
export const routes: AppRoute[] = [
  { path: '/meldingen/nieuw', lazy: reportForm, handle: REPORTERS },
  // Completing a forwarded e-mail (concept): the report form, pre-filled from it.
  { path: '/meldingen/concept/:draftId', lazy: reportForm, handle: REPORTERS },
  {
    path: '/meldingen/mijn',
    lazy: lazyPage(() => import('./pages/MyReportsPage'), 'MyReportsPage', texts),
    handle: REPORTERS,
  },
  {
    path: '/meldingen/mijn/:id',
    lazy: lazyPage(() => import('./pages/MyReportPage'), 'MyReportPage', texts),
    handle: REPORTERS,
  },
  {
    path: '/meldingen/register',
    lazy: lazyPage(() => import('./pages/RegisterPage'), 'RegisterPage', texts),
    handle: { roles: ['handler'] },
  },
  {
    path: '/meldingen/register/:id',
    lazy: lazyPage(() => import('./pages/CasePage'), 'CasePage', texts, districtTexts),
    handle: { roles: ['handler'] },
  },
  {
    path: '/meldingen/instellingen',
    lazy: lazyPage(() => import('./pages/SettingsPage'), 'SettingsPage', texts),
    handle: { roles: ['org_admin'] },
  },
];
