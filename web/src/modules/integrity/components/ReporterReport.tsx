import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '../../../ui';
import type { Attachment, ReporterView } from '../api';
import { Conversation, FileList, ReplyForm } from './Conversation';
import { ReportSummary } from './ReportSummary';

/**
 * A report as its reporter follows it, logged in or with a receipt: the summary, the files,
 * the conversation, and a reply form until the report is closed.
 */
export function ReporterReport({
  report,
  file,
  onSend,
}: {
  report: ReporterView;
  /** How a file is offered: a link in the session, a download with the receipt. */
  file: (a: Attachment) => ReactNode;
  onSend: (body: string, files: File[]) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ReportSummary report={report} />
      <FileList files={report.attachments.filter((a) => !a.messageId)} file={file} />
      <Conversation messages={report.messages} attachments={report.attachments} file={file} />
      {report.status !== 'closed' ? (
        <section aria-labelledby="reply-heading">
          <Heading level={2} id="reply-heading">
            {t('integrity.reporter.replyTitle')}
          </Heading>
          <ReplyForm
            id="reply"
            label={t('integrity.reporter.replyLabel')}
            submitLabel={t('integrity.reporter.replySubmit')}
            onSend={onSend}
          />
        </section>
      ) : (
        <Paragraph>{t('integrity.reporter.closed')}</Paragraph>
      )}
    </>
  );
}
