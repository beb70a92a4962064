import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import {
  ButtonGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  TextField,
} from '../../../ui';
import { authApi, type LoginResult } from '../api';

const CODE_ID = 'login-code';

interface TotpStepProps {
  challenge: string;
  onResult: (result: LoginResult) => Promise<void>;
  /** Back to the password step; `expired` when the challenge is no longer valid. */
  onRestart: (expired: boolean) => void;
}

/** Second login step: the six-digit code from an authenticator app. */
export function TotpStep({ challenge, onResult, onRestart }: TotpStepProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const fail = (message: string) => {
    setError(message);
    setSummary([{ fieldId: CODE_ID, message }]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const digits = code.replace(/\s+/g, '');
    if (!digits) return fail(t('auth.totpRequired'));
    if (!/^\d{6}$/.test(digits)) return fail(t('auth.totpInvalid'));
    setBusy(true);
    try {
      await onResult(await authApi.loginTotp(challenge, digits));
    } catch (err) {
      if (isApiError(err, 'unauthenticated')) return onRestart(true);
      fail(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={2}>{t('auth.totpTitle')}</Heading>
      <Paragraph>{t('auth.totpIntro')}</Paragraph>
      <ErrorSummary errors={summary} />
      <form className="weerbaar-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          ref={input}
          id={CODE_ID}
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          label={t('auth.totpCode')}
          description={t('auth.totpCodeDescription')}
          required
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={error}
        />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy}>
            {t('auth.totpSubmit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={() => onRestart(false)}>
            {t('auth.totpRestart')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </>
  );
}
