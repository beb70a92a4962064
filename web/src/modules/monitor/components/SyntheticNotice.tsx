import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '../../../ui';

/** The banner on every page that shows synthetic (demo) figures. */
export function SyntheticNotice() {
  const { t } = useTranslation();
  return (
    <Alert type="warning">
      <Paragraph>
        <strong>{t('monitor.synthetic')}.</strong> {t('monitor.syntheticNotice')}
      </Paragraph>
    </Alert>
  );
}

/** A small text badge "Synthetisch" next to a wave's name. */
export function SyntheticBadge() {
  const { t } = useTranslation();
  return <span className="monitor-badge"> ({t('monitor.synthetic').toLowerCase()})</span>;
}
