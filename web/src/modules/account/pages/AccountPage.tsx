import QRCode from 'qrcode';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import { ListTable } from '../../../app/ListTable';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { CHANGE_PASSWORD_PATH } from '../../../app/paths';
import { useSession } from '../../../app/session';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  SecondaryActionButton,
  SelectField,
  SelectOption,
  TableCell,
  TableRow,
  TextField,
} from '../../../ui';
import { accountApi } from '../api';
import { NOTIFICATION_PREFERENCES_PATH } from '../paths';

const CODE = /^\d{6}$/;

/** "Mijn account": password, second step, sessions, language and notification preferences. */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.account.title'));
  const sessions = useLoad(() => accountApi.sessions(), []);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <Heading level={1}>{t('account.account.title')}</Heading>
      <Paragraph>{t('account.account.intro')}</Paragraph>
      <div role="status">
        {notice ? (
          <Alert type="ok">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>

      <Heading level={2}>{t('account.account.passwordTitle')}</Heading>
      <Paragraph>{t('account.account.passwordText')}</Paragraph>
      <Paragraph>
        <RouterLink to={CHANGE_PASSWORD_PATH}>{t('account.account.passwordLink')}</RouterLink>
      </Paragraph>

      {sessions.data?.hasPassword !== false ? (
        <SecondFactor
          enabled={sessions.data?.totpEnabled ?? null}
          onChanged={(text) => {
            setNotice(text);
            sessions.reload();
          }}
        />
      ) : null}

      <Heading level={2}>{t('account.account.sessionsTitle')}</Heading>
      <Sessions
        data={sessions.data?.sessions ?? null}
        error={sessions.error}
        onEnded={(count) => {
          setNotice(t('account.account.ended', { count }));
          sessions.reload();
        }}
      />

      <Heading level={2}>{t('account.account.languageTitle')}</Heading>
      <Language onSaved={() => setNotice(t('account.account.languageSaved'))} />

      <Heading level={2}>{t('account.account.notificationsTitle')}</Heading>
      <Paragraph>{t('account.account.notificationsText')}</Paragraph>
      <Paragraph>
        <RouterLink to={NOTIFICATION_PREFERENCES_PATH}>
          {t('account.account.notificationsLink')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof accountApi.sessions>>>['sessions'][number];

function Sessions({
  data,
  error,
  onEnded,
}: {
  data: SessionRow[] | null;
  error: unknown;
  onEnded: (count: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [problem, setProblem] = useState<unknown>(null);
  const run = async (action: () => Promise<{ endedSessions: number }>) => {
    try {
      const { endedSessions } = await action();
      setProblem(null);
      onEnded(endedSessions);
    } catch (failure) {
      setProblem(failure);
    }
  };
  const device = (s: SessionRow) => s.device ?? t('account.account.unknownDevice');
  return (
    <>
      <ListTable
        data={data}
        error={error ?? problem}
        empty={t('account.account.noSessions')}
        caption={(count) => t('account.account.sessionsCaption', { count })}
        columns={[
          t('account.account.device'),
          t('account.account.created'),
          t('account.account.lastUsed'),
          t('account.account.actions'),
        ]}
        row={(s) => (
          <TableRow key={s.id}>
            <TableCell>{device(s)}</TableCell>
            <TableCell>{format.dateTime(s.createdAt)}</TableCell>
            <TableCell>{format.dateTime(s.lastUsedAt)}</TableCell>
            <TableCell>
              {s.current ? (
                <strong>{t('account.account.current')}</strong>
              ) : (
                <SecondaryActionButton
                  type="button"
                  aria-label={t('account.account.endLabel', { device: device(s) })}
                  onClick={() => void run(() => accountApi.endSession(s.id))}
                >
                  {t('account.account.end')}
                </SecondaryActionButton>
              )}
            </TableCell>
          </TableRow>
        )}
      />
      {data?.some((s) => !s.current) ? (
        <Paragraph>
          <SecondaryActionButton type="button" onClick={() => void run(accountApi.endOthers)}>
            {t('account.account.endOthers')}
          </SecondaryActionButton>
        </Paragraph>
      ) : null}
    </>
  );
}

function SecondFactor({
  enabled,
  onChanged,
}: {
  enabled: boolean | null;
  onChanged: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [setup, setSetup] = useState<{ secret: string; otpauthUrl: string } | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ code?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!setup) return;
    void QRCode.toString(setup.otpauthUrl, { type: 'svg', margin: 2 }).then((svg) =>
      setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
    );
  }, [setup]);

  const guard = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const start = (event: FormEvent) => {
    event.preventDefault();
    if (!password) return setErrors({ password: t('account.account.passwordRequired') });
    return guard(async () => {
      try {
        setSetup(await accountApi.totpSetup(password));
        setPassword('');
        setErrors({});
      } catch (failure) {
        setErrors({ password: errorMessage(failure) });
      }
    });
  };

  const enable = (event: FormEvent) => {
    event.preventDefault();
    if (!CODE.test(code)) return setErrors({ code: t('account.account.totpCodeInvalid') });
    return guard(async () => {
      try {
        await accountApi.totpEnable(code);
        setSetup(null);
        setCode('');
        setErrors({});
        onChanged(t('account.account.totpEnabled'));
      } catch (failure) {
        setErrors({ code: errorMessage(failure) });
      }
    });
  };

  const disable = (event: FormEvent) => {
    event.preventDefault();
    const missing: typeof errors = {};
    if (!password) missing.password = t('account.account.passwordRequired');
    if (!CODE.test(code)) missing.code = t('account.account.totpCodeInvalid');
    if (missing.password || missing.code) return setErrors(missing);
    return guard(async () => {
      try {
        await accountApi.totpDisable(password, code);
        setPassword('');
        setCode('');
        setErrors({});
        onChanged(t('account.account.totpRemoved'));
      } catch (failure) {
        setErrors({ password: errorMessage(failure) });
      }
    });
  };

  const summary = [
    errors.password ? { fieldId: 'totp-password', message: errors.password } : null,
    errors.code ? { fieldId: 'totp-code', message: errors.code } : null,
  ].filter((e): e is { fieldId: string; message: string } => e !== null);

  const codeField = (
    <TextField
      id="totp-code"
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      label={t('account.account.totpCode')}
      description={t('account.account.totpCodeDescription')}
      value={code}
      error={errors.code}
      required
      onChange={(event) => setCode(event.target.value.trim())}
    />
  );

  const passwordField = (
    <TextField
      id="totp-password"
      name="currentPassword"
      type="password"
      autoComplete="current-password"
      label={t('account.account.currentPassword')}
      value={password}
      error={errors.password}
      required
      onChange={(event) => setPassword(event.target.value)}
    />
  );

  return (
    <>
      <Heading level={2}>{t('account.account.totpTitle')}</Heading>
      {enabled === null ? null : enabled ? (
        <>
          <Paragraph>{t('account.account.totpOn')}</Paragraph>
          <Paragraph>{t('account.account.totpRemoveIntro')}</Paragraph>
          <ErrorSummary errors={summary} />
          <form className="weerbaar-form" noValidate onSubmit={disable}>
            {passwordField}
            {codeField}
            <div>
              <SecondaryActionButton type="submit" busy={busy}>
                {t('account.account.totpRemove')}
              </SecondaryActionButton>
            </div>
          </form>
        </>
      ) : setup ? (
        <>
          <Paragraph>{t('account.account.totpScan')}</Paragraph>
          {qr ? (
            <img src={qr} alt={t('account.account.totpQrAlt')} width={200} height={200} />
          ) : null}
          <Paragraph>
            {t('account.account.totpKey')}: <code>{setup.secret}</code>
          </Paragraph>
          <ErrorSummary errors={summary} />
          <form className="weerbaar-form" noValidate onSubmit={enable}>
            {codeField}
            <div>
              <PrimaryActionButton type="submit" busy={busy}>
                {t('account.account.totpEnable')}
              </PrimaryActionButton>
            </div>
          </form>
        </>
      ) : (
        <>
          <Paragraph>{t('account.account.totpOff')}</Paragraph>
          <Paragraph>{t('account.account.totpStartIntro')}</Paragraph>
          <ErrorSummary errors={summary} />
          <form className="weerbaar-form" noValidate onSubmit={start}>
            {passwordField}
            <div>
              <SecondaryActionButton type="submit" busy={busy}>
                {t('account.account.totpStart')}
              </SecondaryActionButton>
            </div>
          </form>
        </>
      )}
    </>
  );
}

function Language({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const { changeLanguage } = useSession();
  const [language, setLanguage] = useState(currentLanguage());
  return (
    <SelectField
      id="account-language"
      name="language"
      label={t('account.account.language')}
      description={t('account.account.languageDescription')}
      value={language}
      onChange={(event) => {
        const next = event.target.value as 'nl' | 'en';
        setLanguage(next);
        void changeLanguage(next).then(onSaved);
      }}
    >
      <SelectOption value="nl" lang="nl">
        Nederlands
      </SelectOption>
      <SelectOption value="en" lang="en">
        English
      </SelectOption>
    </SelectField>
  );
}
