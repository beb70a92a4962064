import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HOME_PATH } from '../../../app/paths';
import { PageHeader, RouterLink } from '../../../ui';

/** The page header: product name (a link home), an optional subtitle and tools on the right. */
export function SiteHeader({ subtitle, children }: { subtitle?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <PageHeader>
      <div className="weerbaar-header">
        <div className="weerbaar-header__brand">
          <RouterLink to={HOME_PATH} className="weerbaar-header__product">
            {t('common.productName')}
          </RouterLink>
          {subtitle ? <span data-testid="active-organisation">{subtitle}</span> : null}
        </div>
        <div className="weerbaar-header__tools">{children}</div>
      </div>
    </PageHeader>
  );
}
