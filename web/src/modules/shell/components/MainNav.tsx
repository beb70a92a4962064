import { useTranslation } from 'react-i18next';
import { navItemsFor } from '../../../app/navigation';
import { HOME_PATH } from '../../../app/paths';
import { useSession } from '../../../app/session';
import { NavList, NavListLink, RouterNavListLink } from '../../../ui';
import { MAIN_NAV_ID } from './shell-ids';

/** The main menu: home plus the tasks of the person's roles in the active organisation. */
export function MainNav() {
  const { t } = useTranslation();
  const { roles } = useSession();
  return (
    <nav aria-label={t('shell.mainNav')} className="weerbaar-main-nav" id={MAIN_NAV_ID}>
      <NavList>
        <RouterNavListLink to={HOME_PATH} end>
          {t('nav.home')}
        </RouterNavListLink>
        {navItemsFor(roles).map((item) =>
          item.external ? (
            <NavListLink key={item.id} href={item.path} data-nav={item.id}>
              {t(item.labelKey)}
            </NavListLink>
          ) : (
            <RouterNavListLink key={item.id} to={item.path} data-nav={item.id}>
              {t(item.labelKey)}
            </RouterNavListLink>
          ),
        )}
      </NavList>
    </nav>
  );
}
