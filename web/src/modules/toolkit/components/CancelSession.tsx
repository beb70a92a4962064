import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { Alert, Heading, Paragraph, SecondaryActionButton } from '../../../ui';
import { toolkitApi } from '../api';

interface Props {
  orgId: string;
  sessionId: string;
  itemSlug: string;
  /** Called when the session was kept as cancelled (it had sign-ups), to show it so. */
  onCancelled: () => void;
}

/**
 * Call a session off, after a confirmation: without sign-ups it is gone (back to the
 * training), otherwise everyone signed up is told and the session stays as cancelled.
 */
export function CancelSession({ orgId, sessionId, itemSlug, onCancelled }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const cancel = async () => {
    if (!window.confirm(t('toolkit.session.cancelConfirm'))) return;
    setFailure(null);
    setBusy(true);
    try {
      const result = await toolkitApi.cancelSession(orgId, sessionId);
      if (result.outcome === 'deleted') navigate(`/toolkit/${itemSlug}`);
      else onCancelled();
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="session-cancel">
      <Heading level={2} id="session-cancel">
        {t('toolkit.session.cancelTitle')}
      </Heading>
      <Paragraph>{t('toolkit.session.cancelIntro')}</Paragraph>
      {failure ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      <SecondaryActionButton type="button" busy={busy} onClick={() => void cancel()}>
        {t('toolkit.session.cancel')}
      </SecondaryActionButton>
    </section>
  );
}
