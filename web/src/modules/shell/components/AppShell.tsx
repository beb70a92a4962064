import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatches, useNavigate } from 'react-router';
import { ACCOUNT_PATH, LOGIN_PATH, PLATFORM_PATH } from '../../../app/paths';
import { hasAnyRole } from '../../../app/roles';
import type { RouteHandle } from '../../../app/route-types';
import { useSession } from '../../../app/session';
import { Page, RouterLink, SubtleButton } from '../../../ui';
import { NotificationBell } from '../../notifications/components/NotificationBell';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { LanguageSwitch } from './LanguageSwitch';
import { MainContent, SkipToContent } from './MainContent';
import { MainNav } from './MainNav';
import { MenuButton, useMenu } from './MenuButton';
import { OrganisationSwitcher } from './OrganisationSwitcher';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** The roles the deepest matched route asks for (route `handle.roles`), if any. */
function useRequiredRoles() {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const roles = (matches[i]?.handle as RouteHandle | undefined)?.roles;
    if (roles) return roles;
  }
  return [];
}

/** Layout for logged-in people: header with organisation and tools, main menu, content. */
export function AppShell({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, activeMembership, organisation, roles, logout } = useSession();
  const required = useRequiredRoles();
  const [status, setStatus] = useState('');
  const menu = useMenu();

  const onLogout = async () => {
    await logout();
    navigate(LOGIN_PATH, { replace: true });
  };

  return (
    <>
      <SkipToContent />
      <Page className="weerbaar-page" data-menu={menu.open ? 'open' : 'closed'}>
        <SiteHeader
          subtitle={activeMembership?.name}
          logoUrl={organisation?.logoUrl}
          menuButton={<MenuButton {...menu} />}
          bell={<NotificationBell />}
        >
          <OrganisationSwitcher
            onSwitched={(name) => setStatus(t('shell.switchedOrganisation', { name }))}
          />
          <LanguageSwitch />
          {me ? <span>{t('shell.loggedInAs', { name: me.displayName })}</span> : null}
          {me?.isPlatformAdmin ? (
            <RouterLink to={PLATFORM_PATH}>{t('shell.platformLink')}</RouterLink>
          ) : null}
          <RouterLink to={ACCOUNT_PATH}>{t('shell.accountLink')}</RouterLink>
          <SubtleButton type="button" onClick={() => void onLogout()}>
            {t('shell.logout')}
          </SubtleButton>
        </SiteHeader>
        <MainNav />
        <div role="status" className="weerbaar-visually-hidden">
          {status}
        </div>
        <MainContent>
          {hasAnyRole(roles, required) ? (children ?? <Outlet />) : <ForbiddenPage />}
        </MainContent>
      </Page>
      <SiteFooter />
    </>
  );
}
