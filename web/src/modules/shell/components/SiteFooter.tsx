import { useTranslation } from 'react-i18next';
import { PageFooter, Paragraph } from '../../../ui';

/** Footer on every page, with where to get help right now. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <PageFooter className="weerbaar-footer">
      <Paragraph>{t('common.emergency')}</Paragraph>
      <Paragraph>{t('common.footerNote')}</Paragraph>
    </PageFooter>
  );
}
