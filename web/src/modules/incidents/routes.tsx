import './i18n';
import './incidents.css';
import type { AppRoute } from '../../app/route-types';
import { CasePage } from './pages/CasePage';
import { MyReportPage } from './pages/MyReportPage';
import { MyReportsPage } from './pages/MyReportsPage';
import { RegisterPage } from './pages/RegisterPage';
import { ReportFormPage } from './pages/ReportFormPage';
import { SettingsPage } from './pages/SettingsPage';

/** Pages of the incident register; paths match the menu entries in app/navigation.ts. */
export const routes: AppRoute[] = [
  {
    path: '/meldingen/nieuw',
    element: <ReportFormPage />,
    handle: { roles: ['reporter', 'handler'] },
  },
  {
    // Completing a forwarded e-mail (concept): the report form, pre-filled from it.
    path: '/meldingen/concept/:draftId',
    element: <ReportFormPage />,
    handle: { roles: ['reporter', 'handler'] },
  },
  {
    path: '/meldingen/mijn',
    element: <MyReportsPage />,
    handle: { roles: ['reporter', 'handler'] },
  },
  {
    path: '/meldingen/mijn/:id',
    element: <MyReportPage />,
    handle: { roles: ['reporter', 'handler'] },
  },
  { path: '/meldingen/register', element: <RegisterPage />, handle: { roles: ['handler'] } },
  { path: '/meldingen/register/:id', element: <CasePage />, handle: { roles: ['handler'] } },
  { path: '/meldingen/instellingen', element: <SettingsPage />, handle: { roles: ['org_admin'] } },
];
