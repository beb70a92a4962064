import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import { usePageTitle } from '../../../app/page';
import { LOGIN_PATH, RETURN_PARAM } from '../../../app/paths';
import { useSession } from '../../../app/session';
import {
  Alert,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  TextField,
} from '../../../ui';
import { type InvitationView, invitationsApi } from '../api';
import { INVITATION_PATH } from '../routes';

/** The token is kept for this tab only, so it survives a detour through the login page. */
const TOKEN_KEY = 'weerbaar.invitationToken';
const MIN_PASSWORD_LENGTH = 12;
const NAME_ID = 'invitation-name';
const PASSWORD_ID = 'invitation-password';

/** Take the token from the link's #fragment (never sent to a server) and clear the address bar. */
function takeToken(): string | null {
  const fromHash = window.location.hash.slice(1);
  try {
    if (fromHash) {
      window.sessionStorage.setItem(TOKEN_KEY, fromHash);
      window.history.replaceState(null, '', INVITATION_PATH);
      return fromHash;
    }
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return fromHash || null;
  }
}

function forgetToken(): void {
  try {
    window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing stored.
  }
}

type Stage = 'loading' | 'invalid' | 'ready' | 'accepted' | 'registered';

/** Open an invitation: accept it when logged in, log in first, or create an account. */
export function InvitationPage() {
  const { t, i18n } = useTranslation();
  const { status } = useSession();
  const [token] = useState(takeToken);
  const [view, setView] = useState<InvitationView | null>(null);
  const [stage, setStage] = useState<Stage>('loading');
  const [problem, setProblem] = useState<string | null>(null);
  const [registeredEmail, setRegisteredEmail] = useState('');
  usePageTitle(t('organisations.invitation.title'));

  useEffect(() => {
    if (!token) {
      setStage('invalid');
      return;
    }
    invitationsApi
      .lookup(token)
      .then((found) => {
        setView(found);
        setStage('ready');
      })
      .catch(() => setStage('invalid'));
  }, [token]);

  const accept = async () => {
    if (!token) return;
    setProblem(null);
    try {
      await invitationsApi.accept(token);
      forgetToken();
      setStage('accepted');
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  let body: ReactNode = null;
  if (stage === 'loading') body = <Paragraph>{t('organisations.invitation.loading')}</Paragraph>;
  else if (stage === 'invalid') {
    body = (
      <Alert type="warning" role="alert">
        <Paragraph>{t('organisations.invitation.invalid')}</Paragraph>
      </Alert>
    );
  } else if (stage === 'accepted' && view) {
    body = (
      <>
        <Alert type="ok" role="status">
          <Paragraph>
            {t('organisations.invitation.accepted', { organisation: view.organisationName })}
          </Paragraph>
        </Alert>
        <Paragraph>
          {/* A full load refreshes the session, which now holds the new membership. */}
          <a href="/">{t('organisations.invitation.toStart')}</a>
        </Paragraph>
      </>
    );
  } else if (stage === 'registered') {
    body = (
      <Alert type="ok" role="status">
        <Paragraph>
          {t('organisations.invitation.registered', { email: registeredEmail })}
        </Paragraph>
        <Paragraph>
          <RouterLink to={`${LOGIN_PATH}?${RETURN_PARAM}=${INVITATION_PATH}`}>
            {t('organisations.invitation.login')}
          </RouterLink>
        </Paragraph>
      </Alert>
    );
  } else if (view) {
    const until = formatDate(view.expiresAt, i18n.language);
    const roles = view.roles.map((r) => t(`roles.${r}`)).join(', ');
    body = (
      <>
        <Paragraph>
          {t('organisations.invitation.intro', {
            organisation: view.organisationName,
            roles,
            until,
          })}
        </Paragraph>
        {problem ? (
          <Alert type="error" role="alert">
            <Paragraph>{problem}</Paragraph>
          </Alert>
        ) : null}
        {status === 'authenticated' ? (
          <>
            <Paragraph>{t('organisations.invitation.acceptIntro')}</Paragraph>
            <PrimaryActionButton type="button" onClick={() => void accept()}>
              {t('organisations.invitation.accept')}
            </PrimaryActionButton>
          </>
        ) : view.hasAccount ? (
          <>
            <Paragraph>{t('organisations.invitation.loginIntro')}</Paragraph>
            <Paragraph>
              <RouterLink to={`${LOGIN_PATH}?${RETURN_PARAM}=${INVITATION_PATH}`}>
                {t('organisations.invitation.login')}
              </RouterLink>
            </Paragraph>
          </>
        ) : (
          <RegisterForm
            token={token ?? ''}
            suggestedName={view.suggestedName ?? ''}
            onDone={(email) => {
              forgetToken();
              setRegisteredEmail(email);
              setStage('registered');
            }}
          />
        )}
      </>
    );
  }

  return (
    <>
      <Heading level={1}>{t('organisations.invitation.title')}</Heading>
      {body}
    </>
  );
}

type Field = 'name' | 'password';
const FIELD_IDS: Record<Field, string> = { name: NAME_ID, password: PASSWORD_ID };

/** Name and password for an invited address that has no account yet. */
function RegisterForm(props: {
  token: string;
  suggestedName: string;
  onDone: (email: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.suggestedName);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);

  const show = (next: Partial<Record<Field, string>>, extra: ErrorSummaryItem[] = []) => {
    setErrors(next);
    const items = (Object.keys(next) as Field[]).map((field) => ({
      fieldId: FIELD_IDS[field],
      message: next[field] as string,
    }));
    setSummary([...extra, ...items]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<Field, string>> = {};
    if (!name.trim()) found.name = t('organisations.invitation.nameRequired');
    if (password.length < MIN_PASSWORD_LENGTH) {
      found.password = t('organisations.invitation.passwordTooShort');
    }
    if (Object.keys(found).length > 0) return show(found);
    setBusy(true);
    try {
      const done = await invitationsApi.register(props.token, name.trim(), password);
      props.onDone(done.email);
    } catch (error) {
      if (isApiError(error, 'validation_failed') && error.fieldErrors().password) {
        show({ password: t('organisations.invitation.passwordTooShort') });
      } else {
        show({}, [{ fieldId: NAME_ID, message: errorMessage(error) }]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Paragraph>{t('organisations.invitation.registerIntro')}</Paragraph>
      <ErrorSummary errors={summary} />
      <form className="weerbaar-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={NAME_ID}
          name="displayName"
          autoComplete="name"
          label={t('organisations.invitation.name')}
          description={t('organisations.invitation.nameDescription')}
          required
          error={errors.name}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          id={PASSWORD_ID}
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('organisations.invitation.password')}
          description={t('organisations.invitation.passwordDescription')}
          required
          error={errors.password}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <PrimaryActionButton type="submit" disabled={busy}>
          {t('organisations.invitation.register')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
