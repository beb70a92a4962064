import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { HOME_PATH } from '../../../app/paths';
import { useSession } from '../../../app/session';
import { SecondaryActionButton, SelectField, SelectOption } from '../../../ui';

/**
 * Choose the organisation to work in, for people with several memberships.
 * A separate button (not on change) so moving through the options with the
 * keyboard never switches context unexpectedly (WCAG 3.2.2).
 */
export function OrganisationSwitcher({ onSwitched }: { onSwitched?: (name: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const { me, activeMembership, setActiveOrganisation } = useSession();
  const [selected, setSelected] = useState(activeMembership?.organisationId ?? '');
  const memberships = me?.memberships ?? [];
  if (memberships.length < 2) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = memberships.find((m) => m.organisationId === selected);
    if (!target || target.organisationId === activeMembership?.organisationId) return;
    setActiveOrganisation(target.organisationId);
    onSwitched?.(target.name);
    navigate(HOME_PATH);
  };

  return (
    <form
      className="weerbaar-org-switcher"
      onSubmit={submit}
      aria-label={t('shell.switchOrganisation')}
    >
      <SelectField
        id={`org-switch-${id.replace(/:/g, '')}`}
        label={t('shell.activeOrganisation')}
        value={selected}
        onChange={(event) => setSelected(event.target.value)}
      >
        {memberships.map((m) => (
          <SelectOption key={m.organisationId} value={m.organisationId}>
            {m.name}
          </SelectOption>
        ))}
      </SelectField>
      <SecondaryActionButton type="submit">
        {t('shell.switchOrganisationSubmit')}
      </SecondaryActionButton>
    </form>
  );
}
