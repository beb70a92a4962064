import { type ReactNode, useEffect, useState } from 'react';
import { Outlet, useParams } from 'react-router';
import { usePageTheme } from '../../../app/theme';
import { Page } from '../../../ui';
import { shellApi } from '../api';
import { LanguageSwitch } from './LanguageSwitch';
import { MainContent, SkipToContent } from './MainContent';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

type PublicOrganisation = Awaited<ReturnType<typeof shellApi.publicOrganisations>>[number];

/**
 * The organisation a public page belongs to (its `:organisationCode`), for its name and logo
 * in the header; null on pages of no organisation or while loading.
 */
function usePublicOrganisation(): PublicOrganisation | null {
  const { organisationCode } = useParams();
  const [found, setFound] = useState<PublicOrganisation | null>(null);
  useEffect(() => {
    setFound(null);
    if (!organisationCode) return;
    const controller = new AbortController();
    shellApi
      .publicOrganisations(controller.signal)
      .then((all) => setFound(all.find((o) => o.code === organisationCode) ?? null))
      .catch(() => undefined);
    return () => controller.abort();
  }, [organisationCode]);
  return found;
}

/**
 * Layout for pages without login (login page, public pages of modules); a page of one
 * organisation shows its name, logo and theme.
 */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const organisation = usePublicOrganisation();
  usePageTheme(organisation?.theme);
  return (
    <>
      <SkipToContent />
      <Page className="weerbaar-page">
        <SiteHeader subtitle={organisation?.name} logoUrl={organisation?.logoUrl}>
          <LanguageSwitch />
        </SiteHeader>
        <MainContent>{children ?? <Outlet />}</MainContent>
      </Page>
      <SiteFooter />
    </>
  );
}
