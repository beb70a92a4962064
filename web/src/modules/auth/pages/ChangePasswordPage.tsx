import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  PrimaryActionButton,
  TextField,
} from '../../../ui';
import { authApi } from '../api';
import { passwordProblemText } from '../password-problem';

type Field = 'currentPassword' | 'newPassword' | 'code';
const FIELD_IDS: Record<Field, string> = {
  currentPassword: 'password-current',
  newPassword: 'password-new',
  code: 'password-code',
};

/** Change the password: the current one (and a TOTP code when on) proves it is you. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.changePasswordTitle'));
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    code: '',
  });
  const [needsCode, setNeedsCode] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | null>(null);

  const show = (next: Partial<Record<Field, string>>) => {
    setErrors(next);
    setSummary(
      (Object.keys(next) as Field[]).map((f) => ({
        fieldId: FIELD_IDS[f],
        message: next[f] as string,
      })),
    );
  };

  const serverErrors = (error: unknown): Partial<Record<Field, string>> => {
    const problem = passwordProblemText(error, t);
    if (problem) return { newPassword: problem };
    if (isApiError(error, 'totp_required')) {
      setNeedsCode(true);
      return { code: t('auth.totpRequired') };
    }
    const fields = isApiError(error) ? error.fieldErrors() : {};
    if (fields.code) return { code: errorMessage(error) };
    if (isApiError(error, 'invalid_credentials')) {
      return { currentPassword: t('auth.currentPasswordWrong') };
    }
    return { currentPassword: errorMessage(error) };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) missing.currentPassword = t('auth.passwordRequired');
    if (!values.newPassword) missing.newPassword = t('auth.newPasswordRequired');
    if (needsCode && !/^\d{6}$/.test(values.code)) missing.code = t('auth.totpInvalid');
    if (Object.keys(missing).length > 0) return show(missing);
    setBusy(true);
    try {
      const result = await authApi.changePassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
        ...(needsCode ? { code: values.code } : {}),
      });
      show({});
      setValues({ currentPassword: '', newPassword: '', code: '' });
      setDone(result.endedSessions);
    } catch (error) {
      show(serverErrors(error));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: Field) => ({
    id: FIELD_IDS[name],
    name,
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((v) => ({ ...v, [name]: event.target.value })),
  });

  return (
    <>
      <Heading level={1}>{t('auth.changePasswordTitle')}</Heading>
      {done !== null ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('auth.passwordChanged', { count: done })}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />
      <form className="weerbaar-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          {...field('currentPassword')}
          type="password"
          autoComplete="current-password"
          label={t('auth.currentPassword')}
          required
        />
        <TextField
          {...field('newPassword')}
          type="password"
          autoComplete="new-password"
          label={t('auth.newPassword')}
          description={t('auth.newPasswordDescription')}
          required
        />
        {needsCode ? (
          <TextField
            {...field('code')}
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            label={t('auth.totpCode')}
            description={t('auth.totpCodeDescription')}
            required
          />
        ) : null}
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t('auth.changePasswordSubmit')}
          </PrimaryActionButton>
        </div>
      </form>
    </>
  );
}
