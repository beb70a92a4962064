import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../app/page';
import { HOME_PATH } from '../../../app/paths';
import { Heading, Paragraph, RouterLink } from '../../../ui';

/** Shown instead of a page the person's roles do not give access to. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('pages.forbiddenTitle'));
  return (
    <>
      <Heading level={1}>{t('pages.forbiddenTitle')}</Heading>
      <Paragraph>{t('pages.forbiddenText')}</Paragraph>
      <Paragraph>
        <RouterLink to={HOME_PATH}>{t('common.backHome')}</RouterLink>
      </Paragraph>
    </>
  );
}
