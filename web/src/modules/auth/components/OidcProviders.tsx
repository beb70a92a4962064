import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '../../../ui';
import { authApi, type OidcProvider, oidcStartUrl } from '../api';

/**
 * "Log in through your organisation": one link per organisation with single
 * sign-on. Shows nothing when there are none or the endpoint is unavailable.
 */
export function OidcProviders({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  const [providers, setProviders] = useState<OidcProvider[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    authApi
      .oidcProviders(controller.signal)
      .then((list) => setProviders(Array.isArray(list) ? list : []))
      .catch(() => setProviders([]));
    return () => controller.abort();
  }, []);

  if (providers.length === 0) return null;
  return (
    <section aria-labelledby="login-oidc-title">
      <Heading level={2} id="login-oidc-title">
        {t('auth.oidcTitle')}
      </Heading>
      <Paragraph>{t('auth.oidcIntro')}</Paragraph>
      <UnorderedList>
        {providers.map((p) => (
          <UnorderedListItem key={p.organisationCode}>
            <Link href={oidcStartUrl(p.organisationCode, returnTo)}>
              {t('auth.oidcLink', { name: p.organisationName })}
            </Link>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
