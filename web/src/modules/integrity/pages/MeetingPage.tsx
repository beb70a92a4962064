import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  SecondaryActionButton,
  StatusBadge,
} from '../../../ui';
import { integrityApi } from '../api';

/** One meeting: every agenda item, the office holders flagged on it with the explanation, and their decisions. */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const orgId = useOrgId();
  const {
    data: m,
    error,
    set,
    reload,
  } = useLoad(() => integrityApi.meeting(orgId, id), [orgId, id]);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  usePageTitle(m ? m.title : t('integrity.agenda.title'));
  if (error) {
    return (
      <>
        <Heading level={1}>{t('integrity.agenda.title')}</Heading>
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      </>
    );
  }
  if (!m) return <Paragraph>{t('common.loading')}</Paragraph>;
  const notify = () =>
    integrityApi.notify(orgId, m.id).then(
      () => {
        setMessage(t('integrity.agenda.notified'));
        reload();
      },
      (e) => setActionError(errorMessage(e)),
    );
  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph>
        {t('integrity.agenda.summary', {
          date: formatDate(m.meetsOn, i18n.language),
          items: t('integrity.agenda.itemCount', { count: m.items }),
          flagged: t('integrity.agenda.flaggedCount', { count: m.openMatches }),
        })}
      </Paragraph>
      <Paragraph>
        <RouterLink to="/integriteit/agenda-check">{t('integrity.agenda.back')}</RouterLink>
      </Paragraph>
      {message ? (
        <Alert type="ok" role="status">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
      {actionError ? (
        <Alert type="error">
          <Paragraph>{actionError}</Paragraph>
        </Alert>
      ) : null}
      {m.openMatches > 0 ? (
        <PrimaryActionButton type="button" id="agenda-notify" onClick={() => void notify()}>
          {m.notifiedAt ? t('integrity.agenda.notifyAgain') : t('integrity.agenda.notify')}
        </PrimaryActionButton>
      ) : null}
      <ol className="weerbaar-integrity-agenda">
        {m.agenda.map((item) => (
          <li key={item.id} data-testid="agenda-item">
            <Heading level={2}>
              {t('integrity.agenda.itemHeading', { item: item.itemNo, title: item.title })}
            </Heading>
            {item.description ? (
              <Paragraph className="weerbaar-integrity-prewrap">{item.description}</Paragraph>
            ) : null}
            {item.matches.length === 0 ? (
              <Paragraph>{t('integrity.agenda.noConflict')}</Paragraph>
            ) : null}
            {item.matches.map((x) => (
              <div key={x.id} className="weerbaar-integrity-card" data-testid="conflict">
                <Paragraph>
                  <StatusBadge status={x.status === 'open' ? 'warning' : 'neutral'}>
                    {x.status === 'open'
                      ? t('integrity.agenda.possibleConflict')
                      : t('integrity.agenda.dismissed')}
                  </StatusBadge>{' '}
                  <strong>{x.holderName}</strong> – {x.declaredName}
                </Paragraph>
                <Paragraph>{x.explanation}</Paragraph>
                <Paragraph>
                  {x.decision
                    ? t('integrity.agenda.decided', {
                        decision: t(`integrity.conflicts.decision.${x.decision}`),
                      })
                    : x.notifiedAt
                      ? t('integrity.agenda.awaiting')
                      : t('integrity.agenda.notNotified')}
                  {x.motivation ? ` – ${x.motivation}` : ''}
                </Paragraph>
                <SecondaryActionButton
                  type="button"
                  onClick={() =>
                    integrityApi
                      .setMatch(orgId, m.id, x.id, x.status === 'open' ? 'dismissed' : 'open')
                      .then(set, (e) => setActionError(errorMessage(e)))
                  }
                >
                  {x.status === 'open'
                    ? t('integrity.agenda.dismiss', { name: x.holderName })
                    : t('integrity.agenda.reopen', { name: x.holderName })}
                </SecondaryActionButton>
              </div>
            ))}
          </li>
        ))}
      </ol>
    </>
  );
}
