import { useTranslation } from 'react-i18next';
import { NAV_ITEMS } from '../../../app/navigation';
import { usePageTitle } from '../../../app/page';
import { ROLES, type Role } from '../../../app/roles';
import { useSession } from '../../../app/session';
import {
  Alert,
  Heading,
  Paragraph,
  RouterLink,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';

function RoleSection({ role }: { role: Role }) {
  const { t } = useTranslation();
  const items = NAV_ITEMS.filter((item) => item.roles.includes(role));
  return (
    <section aria-labelledby={`home-role-${role}`}>
      <Heading level={2} id={`home-role-${role}`}>
        {t(`roles.${role}`)}
      </Heading>
      <Paragraph>{t(`shell.home.role.${role}`)}</Paragraph>
      {items.length > 0 ? (
        <UnorderedList>
          {items.map((item) => (
            <UnorderedListItem key={item.id}>
              <RouterLink to={item.path}>{t(item.labelKey)}</RouterLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </section>
  );
}

/** Start page after login: a welcome and, per role, what the person can do here. */
export function HomePage() {
  const { t } = useTranslation();
  const { me, activeMembership, roles } = useSession();
  const title = t('shell.home.title', { name: me?.displayName ?? '' });
  usePageTitle(title);
  const held = ROLES.filter((role) => roles.includes(role));
  return (
    <>
      <Heading level={1}>{title}</Heading>
      {activeMembership ? (
        <Paragraph>{t('shell.home.intro', { organisation: activeMembership.name })}</Paragraph>
      ) : (
        <Paragraph>{t('shell.noOrganisation')}</Paragraph>
      )}
      {held.includes('reporter') ? (
        <Alert type="info">
          <Paragraph>{t('common.emergency')}</Paragraph>
        </Alert>
      ) : null}
      {held.map((role) => (
        <RoleSection key={role} role={role} />
      ))}
    </>
  );
}
