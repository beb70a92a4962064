import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HOME_PATH } from '../../../app/paths';
import { PageHeader, RouterLink } from '../../../ui';
import { HEADER_TOOLS_ID } from './shell-ids';

/**
 * The page header: product name (a link home), an optional subtitle and tools on the right.
 * With a `menuButton`, narrow screens show that button instead of the tools (AppShell).
 */
export function SiteHeader({
  subtitle,
  logoUrl,
  menuButton,
  bell,
  children,
}: {
  subtitle?: ReactNode;
  /** The organisation's logo; decorative (alt=""), as its name is the subtitle beside it. */
  logoUrl?: string | null;
  menuButton?: ReactNode;
  /** Stays visible on narrow screens too (the notification bell). */
  bell?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <PageHeader>
      <div className="weerbaar-header">
        {logoUrl ? (
          <img
            className="weerbaar-header__logo"
            src={logoUrl}
            alt=""
            data-testid="organisation-logo"
          />
        ) : null}
        <div className="weerbaar-header__brand">
          <RouterLink to={HOME_PATH} className="weerbaar-header__product">
            {t('common.productName')}
          </RouterLink>
          {subtitle ? <span data-testid="active-organisation">{subtitle}</span> : null}
        </div>
        {bell}
        {menuButton}
        <div className="weerbaar-header__tools" id={HEADER_TOOLS_ID}>
          {children}
        </div>
      </div>
    </PageHeader>
  );
}
