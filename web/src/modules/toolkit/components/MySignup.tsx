import { useTranslation } from 'react-i18next';
import { Link, Paragraph, PrimaryActionButton, SecondaryActionButton } from '../../../ui';
import { calendarUrl, type Session } from '../api';

interface Props {
  orgId: string;
  session: Session;
  /** The session's start as a person reads it, to tell the buttons of each row apart. */
  when: string;
  onSignUp: () => void;
  onCancel: () => void;
}

/**
 * The acting person's part of a session row: the sign-up button, or their sign-up (with
 * the waiting-list place), the calendar invitation and "Afmelden" until the session begins.
 */
export function MySignup({ orgId, session, when, onSignUp, onCancel }: Props) {
  const { t } = useTranslation();
  const begun = Date.parse(session.startsAt) <= Date.now();
  if (!session.mySignup) {
    if (session.cancelled) return <Paragraph>{t('toolkit.cancelledNoSignup')}</Paragraph>;
    return (
      <PrimaryActionButton type="button" onClick={onSignUp}>
        {t('toolkit.signUpFor', { when })}
      </PrimaryActionButton>
    );
  }
  if (session.cancelled) return <Paragraph>{t('toolkit.cancelledWasSignedUp')}</Paragraph>;
  return (
    <>
      <Paragraph>
        {session.mySignup === 'confirmed'
          ? t('toolkit.confirmed')
          : t('toolkit.waitingAt', { position: session.myPosition })}
      </Paragraph>
      <Paragraph>
        <Link href={calendarUrl(orgId, session.id)} download>
          {t('toolkit.calendarFor', { when })}
        </Link>
      </Paragraph>
      {begun ? null : (
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('toolkit.cancelSignupFor', { when })}
        </SecondaryActionButton>
      )}
    </>
  );
}
