import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { ErrorSummary, type ErrorSummaryItem, PrimaryActionButton, TextField } from '../../../ui';
import { authApi, type LoginResult } from '../api';

const EMAIL_ID = 'login-email';
const PASSWORD_ID = 'login-password';
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Field = 'email' | 'password';
const FIELD_IDS: Record<Field, string> = { email: EMAIL_ID, password: PASSWORD_ID };

/** First login step: e-mail address and password. */
export function PasswordStep({ onResult }: { onResult: (result: LoginResult) => Promise<void> }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);

  const show = (errors: Partial<Record<Field, string>>, extra: ErrorSummaryItem[] = []) => {
    setFieldErrors(errors);
    const items = (Object.keys(errors) as Field[]).map((field) => ({
      fieldId: FIELD_IDS[field],
      message: errors[field] as string,
    }));
    setSummary([...extra, ...items]);
  };

  const validate = (): Partial<Record<Field, string>> => {
    const errors: Partial<Record<Field, string>> = {};
    if (!email.trim()) errors.email = t('auth.emailRequired');
    else if (!EMAIL_SHAPE.test(email.trim())) errors.email = t('auth.emailInvalid');
    if (!password) errors.password = t('auth.passwordRequired');
    return errors;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const errors = validate();
    if (Object.keys(errors).length > 0) return show(errors);
    setBusy(true);
    try {
      await onResult(await authApi.login(email.trim(), password));
    } catch (error) {
      if (isApiError(error, 'invalid_credentials')) {
        // The API does not say which of the two is wrong (on purpose); mark the password.
        show({ password: errorMessage(error) });
      } else if (isApiError(error, 'validation_failed')) {
        const server = error.fieldErrors();
        show({
          ...(server.email ? { email: t('auth.emailInvalid') } : {}),
          ...(server.password ? { password: t('auth.passwordRequired') } : {}),
        });
      } else {
        show({}, [{ fieldId: EMAIL_ID, message: errorMessage(error) }]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={summary} />
      <form className="weerbaar-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={EMAIL_ID}
          name="email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          label={t('auth.email')}
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors.email}
        />
        <TextField
          id={PASSWORD_ID}
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('auth.password')}
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {busy ? t('auth.submitting') : t('auth.submit')}
          </PrimaryActionButton>
        </div>
      </form>
    </>
  );
}
