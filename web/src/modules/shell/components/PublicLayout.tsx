import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { Page } from '../../../ui';
import { LanguageSwitch } from './LanguageSwitch';
import { MainContent, SkipToContent } from './MainContent';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** Layout for pages without login (login page, public pages of modules). */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <>
      <SkipToContent />
      <Page className="weerbaar-page">
        <SiteHeader>
          <LanguageSwitch />
        </SiteHeader>
        <MainContent>{children ?? <Outlet />}</MainContent>
      </Page>
      <SiteFooter />
    </>
  );
}
