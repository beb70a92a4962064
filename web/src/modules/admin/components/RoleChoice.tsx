import { useTranslation } from 'react-i18next';
import type { Role } from '../../../app/roles';
import { CheckboxField, ChoiceFieldset } from '../../../ui';
import { ORGANISATION_ROLES } from '../roles';

/** A fieldset of role checkboxes. */
export function RoleChoice({
  id,
  legend,
  description,
  error,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  description?: string;
  error?: string;
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceFieldset
      id={id}
      legend={legend}
      description={description}
      error={error}
      className="weerbaar-choices"
    >
      {ORGANISATION_ROLES.map((role) => (
        <CheckboxField
          key={role}
          id={`${id}-${role}`}
          label={t(`roles.${role}`)}
          checked={value.includes(role)}
          onChange={(on) => onChange(on ? [...value, role] : value.filter((r) => r !== role))}
        />
      ))}
    </ChoiceFieldset>
  );
}
