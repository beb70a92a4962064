import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { Alert, NavList, Paragraph, RouterNavListLink } from '../../../ui';
import { PLATFORM_PATH, PLATFORM_STATUS_PATH } from '../paths';

/** The platform pages, for platform admins only (the server checks it again on every call). */
export function PlatformGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me?.isPlatformAdmin) {
    return (
      <Alert type="warning">
        <Paragraph>{t('platform.notAllowed')}</Paragraph>
      </Alert>
    );
  }
  return (
    <>
      <nav aria-label={t('platform.nav.label')}>
        <NavList>
          <RouterNavListLink to={PLATFORM_PATH} end>
            {t('platform.nav.organisations')}
          </RouterNavListLink>
          <RouterNavListLink to={PLATFORM_STATUS_PATH}>
            {t('platform.nav.status')}
          </RouterNavListLink>
        </NavList>
      </nav>
      {children}
    </>
  );
}
