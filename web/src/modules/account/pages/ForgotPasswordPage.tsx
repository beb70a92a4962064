import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { accountApi } from '../api';

const EMAIL_ID = 'forgot-email';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "Wachtwoord vergeten?": ask for a reset link. The answer is the same for every address. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.forgot.title'));
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!EMAIL.test(email.trim())) {
      setError(t('account.forgot.emailInvalid'));
      return;
    }
    setBusy(true);
    try {
      const answer = await accountApi.requestReset(email.trim());
      setError(null);
      setSent(answer.message);
      requestAnimationFrame(() => status.current?.focus());
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1}>{t('account.forgot.title')}</Heading>
      {sent ? (
        <div ref={status} tabIndex={-1}>
          <Alert type="ok" role="status">
            <Paragraph>{sent}</Paragraph>
          </Alert>
        </div>
      ) : (
        <>
          <Paragraph>{t('account.forgot.intro')}</Paragraph>
          <ErrorSummary errors={error ? [{ fieldId: EMAIL_ID, message: error }] : []} />
          <form className="weerbaar-form" noValidate onSubmit={(event) => void submit(event)}>
            <TextField
              id={EMAIL_ID}
              name="email"
              type="email"
              autoComplete="email"
              label={t('account.forgot.email')}
              value={email}
              error={error ?? undefined}
              required
              onChange={(event) => setEmail(event.target.value)}
            />
            <div>
              <PrimaryActionButton type="submit" busy={busy}>
                {t('account.forgot.submit')}
              </PrimaryActionButton>
            </div>
          </form>
        </>
      )}
      <Paragraph>
        <RouterLink to={LOGIN_PATH}>{t('account.forgot.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
