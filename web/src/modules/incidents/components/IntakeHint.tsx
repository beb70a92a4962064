import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '../../../ui';
import { incidentsApi } from '../api';

/**
 * "U kunt een bedreigende e-mail ook doorsturen naar …", when the organisation has an
 * intake address. Says nothing otherwise, and nothing if the address cannot be loaded.
 */
export function IntakeHint({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    incidentsApi.intakeAddress(orgId).then(
      (r) => setAddress(r.address),
      () => setAddress(null),
    );
  }, [orgId]);
  if (!address) return null;
  return (
    <Paragraph className="weerbaar-intake-hint">
      {t('incidents.intakeHint')} <span className="weerbaar-address">{address}</span>.{' '}
      {t('incidents.intakeHintAfter')}
    </Paragraph>
  );
}
