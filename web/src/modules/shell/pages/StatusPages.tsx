import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { usePageTitle } from '../../../app/page';
import { Alert, Heading, Page, PageContent, Paragraph, PrimaryActionButton } from '../../../ui';

/** While we ask the server who is logged in. */
export function LoadingPage() {
  const { t } = useTranslation();
  return (
    <Page className="weerbaar-page">
      <PageContent>
        <main className="weerbaar-main" aria-busy="true">
          <Paragraph role="status">{t('common.loading')}</Paragraph>
        </main>
      </PageContent>
    </Page>
  );
}

/** The server could not be reached at start-up: say so calmly and offer a retry. */
export function UnreachablePage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('shell.startupErrorTitle'));
  return (
    <Page className="weerbaar-page">
      <PageContent>
        <main className="weerbaar-main weerbaar-stack">
          <Heading level={1}>{t('shell.startupErrorTitle')}</Heading>
          <Alert type="warning">
            <Paragraph>{errorMessage(error)}</Paragraph>
          </Alert>
          <Paragraph>{t('common.emergency')}</Paragraph>
          <PrimaryActionButton type="button" onClick={onRetry}>
            {t('common.retry')}
          </PrimaryActionButton>
        </main>
      </PageContent>
    </Page>
  );
}
