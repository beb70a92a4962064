import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../app/page';
import { HOME_PATH } from '../../../app/paths';
import { Heading, Paragraph, RouterLink } from '../../../ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('pages.notFoundTitle'));
  return (
    <>
      <Heading level={1}>{t('pages.notFoundTitle')}</Heading>
      <Paragraph>{t('pages.notFoundText')}</Paragraph>
      <Paragraph>
        <RouterLink to={HOME_PATH}>{t('common.backHome')}</RouterLink>
      </Paragraph>
    </>
  );
}
