import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { Alert, Paragraph } from '../../../ui';
import { type DraftDetail, downloadUrl } from '../api';
import { senderOf } from './draft-sender';
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
