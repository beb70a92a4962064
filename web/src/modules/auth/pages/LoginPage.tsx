import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../app/page';
import { FORGOT_PASSWORD_PATH, RETURN_PARAM, safeReturnPath } from '../../../app/paths';
import { useSession } from '../../../app/session';
import { Alert, Heading, Paragraph, RouterLink } from '../../../ui';
import type { LoginResult } from '../api';
import { OidcProviders } from '../components/OidcProviders';
import { PasswordStep } from '../components/PasswordStep';
import { TotpStep } from '../components/TotpStep';

/** The server sends a failed organisation login back to `/inloggen?fout=oidc` (OIDC_FAILURE_PATH). */
const ERROR_PARAM = 'fout';
const OIDC_FAILED = 'oidc';

/** Log in with e-mail and password (and a TOTP code when enabled), or through the organisation. */
export function LoginPage() {
  const { t } = useTranslation();
  const { status, anonymousReason, completeLogin } = useSession();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get(RETURN_PARAM));
  const oidcFailed = params.get(ERROR_PARAM) === OIDC_FAILED;
  const [challenge, setChallenge] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  usePageTitle(t('auth.loginTitle'));

  if (status === 'authenticated') return <Navigate to={returnTo} replace />;

  const onResult = async (result: LoginResult) => {
    if (result.status === 'totp_required') {
      setExpired(false);
      setChallenge(result.challenge);
      return;
    }
    // The session becomes authenticated; the <Navigate> above takes over.
    await completeLogin(result.csrfToken);
  };

  const notice = expired
    ? { type: 'warning', text: t('auth.totpExpired') }
    : anonymousReason === 'expired'
      ? { type: 'warning', text: t('auth.sessionExpired') }
      : anonymousReason === 'logged_out'
        ? { type: 'ok', text: t('auth.loggedOut') }
        : null;

  return (
    <>
      <Heading level={1}>{t('auth.loginTitle')}</Heading>
      {oidcFailed && !challenge ? (
        <Alert type="warning" role="alert">
          <Paragraph>{t('auth.oidcFailed')}</Paragraph>
        </Alert>
      ) : null}
      {notice ? (
        <Alert type={notice.type} role="status">
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      ) : null}
      {challenge ? (
        <TotpStep
          challenge={challenge}
          onResult={onResult}
          onRestart={(wasExpired) => {
            setExpired(wasExpired);
            setChallenge(null);
          }}
        />
      ) : (
        <>
          <Paragraph>{t('auth.loginIntro')}</Paragraph>
          <PasswordStep onResult={onResult} />
          <Paragraph>
            <RouterLink to={FORGOT_PASSWORD_PATH}>{t('auth.forgotPasswordLink')}</RouterLink>
          </Paragraph>
          <OidcProviders returnTo={returnTo} />
          <Paragraph>
            <RouterLink to="/integriteit/anoniem">{t('auth.integrityLink')}</RouterLink>
          </Paragraph>
        </>
      )}
    </>
  );
}
