import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../app/page';
import { HOME_PATH } from '../../../app/paths';
import { Heading, Paragraph, RouterLink } from '../../../ui';

/** Placeholder for a menu item whose module is not built yet. */
export function ComingSoonPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  const title = t(titleKey);
  usePageTitle(title);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('pages.comingSoonText')}</Paragraph>
      <Paragraph>
        <RouterLink to={HOME_PATH}>{t('common.backHome')}</RouterLink>
      </Paragraph>
    </>
  );
}
