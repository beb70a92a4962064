import { lazy, type Ref, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { Alert, Heading, Paragraph, RouterLink } from '../../../../ui';
import type { Receipt } from '../../api';

// The fingerprints table shows only after sending: the form's first load does not carry it.
const AttachmentTable = lazy(() =>
  import('../Hashes').then((m) => ({ default: m.AttachmentTable })),
);

function ToMyReports() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <RouterLink to="/meldingen/mijn">{t('incidents.toMyReports')}</RouterLink>
    </Paragraph>
  );
}

/** The page after sending: the reference, the fingerprints of the files, the way on. */
export function ReportReceipt({
  receipt,
  headingRef,
}: {
  receipt: Receipt;
  /** Focused once shown, so screen-reader and keyboard users start at the receipt. */
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1} ref={headingRef} tabIndex={-1}>
        {t('incidents.receiptTitle')}
      </Heading>
      <Alert type="ok" role="status">
        <Paragraph>{t('incidents.receiptText', { reference: receipt.reference })}</Paragraph>
      </Alert>
      {receipt.attachments.length > 0 ? (
        <>
          <Paragraph>{t('incidents.receiptHashes')}</Paragraph>
          <Suspense fallback={null}>
            <AttachmentTable files={receipt.attachments} />
          </Suspense>
        </>
      ) : null}
      <ToMyReports />
    </>
  );
}

/** Instead of the form, when the draft to complete cannot be loaded (gone, or not mine). */
export function DraftUnavailable({ title, error }: { title: string; error: unknown }) {
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Alert type="error">
        <Paragraph>{errorMessage(error)}</Paragraph>
      </Alert>
      <ToMyReports />
    </>
  );
}
