import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { usePageTitle } from '../../../app/page';
import { HOME_PATH } from '../../../app/paths';
import { Heading, Link, Paragraph } from '../../../ui';
import { PublicLayout } from '../components/PublicLayout';
import { NotFoundPage } from './NotFoundPage';

/** Router error boundary: a calm message instead of a blank screen. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('pages.errorTitle'));
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <PublicLayout>
        <NotFoundPage />
      </PublicLayout>
    );
  }
  console.error(error);
  return (
    <PublicLayout>
      <Heading level={1}>{t('pages.errorTitle')}</Heading>
      <Paragraph>{t('pages.errorText')}</Paragraph>
      <Paragraph>
        {/* A full page load, so a broken client state is thrown away. */}
        <Link href={HOME_PATH}>{t('common.backHome')}</Link>
      </Paragraph>
    </PublicLayout>
  );
}
