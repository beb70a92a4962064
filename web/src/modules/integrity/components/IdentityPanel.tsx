import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  TextareaField,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { type CaseDetail, type Identity, integrityApi } from '../api';
import { useFormErrors } from './hooks';

/**
 * Who made the report. Anonymous: nothing to show. Visible: shown on request (each
 * opening is audited). Sealed: a handler may ask a custodian to open it.
 */
export function IdentityPanel({
  orgId,
  c,
  onChange,
}: {
  orgId: string;
  c: CaseDetail;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const { errors, summary, show, fail } = useFormErrors('unmask');
  const pending = c.unmaskRequests.some((r) => r.status === 'pending');

  const request = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 10) return show({ reason: t('integrity.errors.unmaskReason') });
    try {
      await integrityApi.requestUnmask(orgId, c.id, reason.trim());
      setSent(true);
      setReason('');
      show({});
      onChange();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <section aria-labelledby="identity-heading">
      <Heading level={2} id="identity-heading">
        {t('integrity.identity.title')}
      </Heading>
      {c.identity === 'none' ? <Paragraph>{t('integrity.identity.none')}</Paragraph> : null}
      {c.identity === 'visible' ? (
        identity ? (
          <Paragraph>
            {[identity.name, identity.email, identity.contact].filter(Boolean).join(' · ')} (
            {t(`integrity.identity.via.${identity.via}`)})
          </Paragraph>
        ) : (
          <>
            <Paragraph>{t('integrity.identity.visibleHint')}</Paragraph>
            <SecondaryActionButton
              type="button"
              id="identity-show"
              onClick={() =>
                integrityApi
                  .identity(orgId, c.id)
                  .then(setIdentity, (e) => setError(errorMessage(e)))
              }
            >
              {t('integrity.identity.show')}
            </SecondaryActionButton>
          </>
        )
      ) : null}
      {error ? (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      {c.identity === 'sealed' ? (
        <>
          <Paragraph>{t('integrity.identity.sealed')}</Paragraph>
          {sent || pending ? (
            <Alert type="info" role="status">
              <Paragraph>{t('integrity.identity.requestPending')}</Paragraph>
            </Alert>
          ) : (
            <form className="weerbaar-form" noValidate onSubmit={(e) => void request(e)}>
              <ErrorSummary errors={summary} headingLevel={3} />
              <TextareaField
                id="unmask-reason"
                rows={3}
                label={t('integrity.identity.reason')}
                description={t('integrity.identity.reasonHint')}
                value={reason}
                error={errors.reason}
                onChange={(e) => setReason(e.target.value)}
              />
              <div>
                <PrimaryActionButton type="submit">
                  {t('integrity.identity.request')}
                </PrimaryActionButton>
              </div>
            </form>
          )}
        </>
      ) : null}
      {c.unmaskRequests.length > 0 ? (
        <UnorderedList>
          {c.unmaskRequests.map((r) => (
            <UnorderedListItem key={r.id}>
              {t('integrity.identity.requestLine', {
                who: r.requestedBy,
                date: formatDate(r.requestedAt, i18n.language),
                status: t(`integrity.identity.requestStatus.${r.status}`),
              })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </section>
  );
}
