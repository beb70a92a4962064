import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { Alert, Paragraph } from '../../../ui';
import { type DraftDetail, downloadUrl, incidentsApi } from '../api';
import { senderOf } from './ForwardedDrafts';
import { AttachmentTable } from './Hashes';

/** The forwarded message a draft keeps, shown on the report form as evidence with its hash. */
export function DraftEvidence({ orgId, draft }: { orgId: string; draft: DraftDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Alert type="info">
        <Paragraph>
          {t('incidents.draftPrefilled', {
            sender: senderOf(draft, t('incidents.draftUnknownSender')),
            subject: draft.email.subject || t('incidents.draftNoSubject'),
            received: format.dateTime(draft.receivedAt),
          })}
        </Paragraph>
        {draft.forwardFound === 'none' ? (
          <Paragraph>{t('incidents.draftNotRecognised')}</Paragraph>
        ) : null}
      </Alert>
      <Paragraph>{t('incidents.draftEvidence')}</Paragraph>
      <AttachmentTable
        files={[{ id: draft.id, ...draft.original }]}
        hrefOf={(id) => downloadUrl(orgId, `/my-incident-drafts/${id}/original.eml`)}
      />
    </>
  );
}

/**
 * "U kunt een bedreigende e-mail ook doorsturen naar …", when the organisation has an
 * intake address. Says nothing otherwise, and nothing if the address cannot be loaded.
 */
export function IntakeHint({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    incidentsApi.intakeAddress(orgId).then(
      (r) => setAddress(r.address),
      () => setAddress(null),
    );
  }, [orgId]);
  if (!address) return null;
  return (
    <Paragraph className="weerbaar-intake-hint">
      {t('incidents.intakeHint')} <span className="weerbaar-address">{address}</span>.{' '}
      {t('incidents.intakeHintAfter')}
    </Paragraph>
  );
}
