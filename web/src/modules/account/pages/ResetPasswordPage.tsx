import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { usePageTitle } from '../../../app/page';
import { LOGIN_PATH } from '../../../app/paths';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  TextField,
} from '../../../ui';
import { passwordProblemText } from '../../auth/password-problem';
import { accountApi } from '../api';
import { FORGOT_PASSWORD_PATH, RESET_PASSWORD_PATH } from '../paths';

const PASSWORD_ID = 'reset-password';
const MIN_PASSWORD_LENGTH = 12;

/** Take the token from the link's #fragment (never sent to a server) and clear the address bar. */
function takeToken(): string | null {
  const token = window.location.hash.slice(1);
  if (token) window.history.replaceState(null, '', RESET_PASSWORD_PATH);
  return token || null;
}

/** Choose a new password with the mailed single-use link. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.reset.title'));
  const [token] = useState(takeToken);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [linkProblem, setLinkProblem] = useState<string | null>(
    token ? null : t('account.reset.noLink'),
  );
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const result = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !token) return;
    if (password.length < MIN_PASSWORD_LENGTH) {
      setError(t('account.reset.passwordTooShort'));
      return;
    }
    setBusy(true);
    try {
      await accountApi.reset(token, password);
      setDone(true);
      setError(null);
    } catch (failure) {
      const problem = passwordProblemText(failure, t);
      if (problem) setError(problem);
      else if (isApiError(failure, 'unprocessable')) setLinkProblem(errorMessage(failure));
      else setError(errorMessage(failure));
    } finally {
      setBusy(false);
      requestAnimationFrame(() => result.current?.focus());
    }
  };

  return (
    <>
      <Heading level={1}>{t('account.reset.title')}</Heading>
      <div ref={result} tabIndex={-1}>
        {done ? (
          <Alert type="ok" role="status">
            <Paragraph>{t('account.reset.done')}</Paragraph>
          </Alert>
        ) : null}
        {linkProblem && !done ? (
          <Alert type="warning" role="alert">
            <Paragraph>{linkProblem}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {done ? (
        <Paragraph>
          <RouterLink to={LOGIN_PATH}>{t('account.reset.login')}</RouterLink>
        </Paragraph>
      ) : linkProblem ? (
        <Paragraph>
          <RouterLink to={FORGOT_PASSWORD_PATH}>{t('account.reset.requestNew')}</RouterLink>
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t('account.reset.intro')}</Paragraph>
          <ErrorSummary errors={error ? [{ fieldId: PASSWORD_ID, message: error }] : []} />
          <form className="weerbaar-form" noValidate onSubmit={(event) => void submit(event)}>
            <TextField
              id={PASSWORD_ID}
              name="newPassword"
              type="password"
              autoComplete="new-password"
              label={t('account.reset.password')}
              description={t('account.reset.passwordDescription')}
              value={password}
              error={error ?? undefined}
              required
              onChange={(event) => setPassword(event.target.value)}
            />
            <div>
              <PrimaryActionButton type="submit" busy={busy}>
                {t('account.reset.submit')}
              </PrimaryActionButton>
            </div>
          </form>
        </>
      )}
    </>
  );
}
