import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, FileField, Paragraph } from '../../../../ui';
import type { DraftDetail, EmailPreview } from '../../api';
import { IntakeHint } from '../IntakeHint';
import { reportFieldId } from './report-form';

// Only a forwarded e-mail being completed shows it: a new report does not download it.
const DraftEvidence = lazy(() =>
  import('../DraftEvidence').then((m) => ({ default: m.DraftEvidence })),
);

/**
 * The threatening e-mail on the report form: a completed draft shows the forwarded message
 * (once loaded); a new report offers an .eml upload and the organisation's intake address.
 */
export function EmailIntake({
  orgId,
  draftId,
  draft,
  eml,
  error,
  onEml,
}: {
  orgId: string;
  draftId: string | undefined;
  draft: DraftDetail | null;
  eml: { preview: EmailPreview } | null;
  error?: string;
  onEml: (file: File | undefined) => void;
}) {
  const { t } = useTranslation();
  if (draftId) {
    return draft ? (
      <Suspense fallback={null}>
        <DraftEvidence orgId={orgId} draft={draft} />
      </Suspense>
    ) : null;
  }
  return (
    <>
      <FileField
        id={reportFieldId('eml')}
        label={`${t('incidents.emlFile')} ${t('incidents.optional')}`}
        description={t('incidents.emlHint')}
        error={error}
        accept=".eml,message/rfc822"
        onFiles={(files) => onEml(files[0])}
      />
      {eml ? (
        <Alert type="info" role="status">
          <Paragraph>
            {t('incidents.emlRead', {
              sender: eml.preview.senderName || eml.preview.senderAddress || '?',
              subject: eml.preview.subject ?? '',
            })}
          </Paragraph>
        </Alert>
      ) : null}
      <IntakeHint orgId={orgId} />
    </>
  );
}
