import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { SubtleButton } from '../../../ui';

/**
 * Switch between Dutch and English. The button is labelled in the language it
 * switches to ("English" / "Nederlands"), with a matching lang attribute.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { changeLanguage } = useSession();
  const target = currentLanguage() === 'nl' ? 'en' : 'nl';
  return (
    <SubtleButton type="button" lang={target} onClick={() => void changeLanguage(target)}>
      {t('shell.switchToLanguage')}
    </SubtleButton>
  );
}
