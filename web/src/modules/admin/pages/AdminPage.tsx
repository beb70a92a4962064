import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../app/page';
import { Heading, Paragraph, RouterLink, UnorderedList, UnorderedListItem } from '../../../ui';

const SECTIONS = [
  ['/beheer/leden', 'members'],
  ['/beheer/sso', 'sso'],
  ['/beheer/api-tokens', 'tokens'],
  ['/beheer/organisatie', 'organisation'],
  ['/beheer/bewaartermijnen', 'retention'],
  ['/beheer/auditlog', 'auditlog'],
  ['/beheer/wijken', 'districts'],
  ['/beheer/notificaties', 'notifications'],
  ['/meldingen/instellingen', 'incidentSettings'],
  ['/integriteit/sleutelbeheer', 'custody'],
] as const;

/** /beheer: the organisation admin's overview, one link per task. */
export function AdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  return (
    <>
      <Heading level={1}>{t('admin.title')}</Heading>
      <Paragraph>{t('admin.intro')}</Paragraph>
      <UnorderedList>
        {SECTIONS.map(([path, key]) => (
          <UnorderedListItem key={path}>
            <RouterLink to={path}>{t(`admin.sections.${key}`)}</RouterLink>
            <br />
            {t(`admin.sections.${key}Hint`)}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
