import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '../../../ui';

const HUIS_VOOR_KLOKKENLUIDERS = 'https://www.huisvoorklokkenluiders.nl';

/**
 * The external route the Whistleblower Protection Act (Wet bescherming klokkenluiders)
 * requires an organisation to tell reporters about: a suspicion of wrongdoing may also be
 * reported to a competent authority such as the Huis voor Klokkenluiders, without
 * reporting internally first, and the Huis gives confidential advice.
 */
export function ExternalRouteNotice({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="external-route" className="weerbaar-external-route">
      <Heading level={headingLevel} id="external-route">
        {t('integrity.external.title')}
      </Heading>
      <Paragraph>{t('integrity.external.text')}</Paragraph>
      <Paragraph>
        <Link href={HUIS_VOOR_KLOKKENLUIDERS} external>
          {t('integrity.external.link')}
        </Link>
      </Paragraph>
    </section>
  );
}
