import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import {
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  TextareaField,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import type { Attachment, Message } from '../api';
import { FileField } from './FileField';
import { useFormErrors } from './hooks';

const authorKey = (m: Message) =>
  m.kind === 'acknowledgement'
    ? 'integrity.conversation.acknowledgement'
    : m.kind === 'feedback'
      ? 'integrity.conversation.feedback'
      : `integrity.conversation.from.${m.authorRole}`;

/** Files of a report or message, each rendered by `file` (a link or a download button). */
export function FileList({
  files,
  file,
}: {
  files: Attachment[];
  file: (a: Attachment) => ReactNode;
}) {
  if (files.length === 0) return null;
  return (
    <UnorderedList className="weerbaar-integrity-files">
      {files.map((a) => (
        <UnorderedListItem key={a.id}>
          {file(a)} ({Math.max(1, Math.round(a.sizeBytes / 1024))} kB)
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** The conversation between reporter and handler, oldest first, with the files of each message. */
export function Conversation({
  messages,
  attachments,
  file,
  headingLevel = 2,
}: {
  messages: Message[];
  attachments: Attachment[];
  file: (a: Attachment) => ReactNode;
  headingLevel?: number;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="conversation-heading">
      <Heading level={headingLevel} id="conversation-heading">
        {t('integrity.conversation.title')}
      </Heading>
      {messages.length === 0 ? <Paragraph>{t('integrity.conversation.empty')}</Paragraph> : null}
      <ol className="weerbaar-integrity-messages">
        {messages.map((m) => (
          <li key={m.id} data-testid="message">
            <Paragraph>
              <strong>{t(authorKey(m))}</strong> ({formatDateTime(m.createdAt, i18n.language)})
            </Paragraph>
            <Paragraph className="weerbaar-integrity-prewrap">{m.body}</Paragraph>
            <FileList files={attachments.filter((a) => a.messageId === m.id)} file={file} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Write a message with files; the page decides where it goes. */
export function ReplyForm({
  id,
  label,
  submitLabel,
  onSend,
}: {
  id: string;
  label: string;
  submitLabel: string;
  onSend: (body: string, files: File[]) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const { errors, summary, show, fail } = useFormErrors(id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!body.trim()) return show({ body: t('integrity.errors.messageEmpty') });
    setBusy(true);
    try {
      await onSend(body, files);
      setBody('');
      setFiles([]);
      setFormKey((k) => k + 1);
      show({});
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form key={formKey} className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={summary} headingLevel={3} />
      <TextareaField
        id={`${id}-body`}
        rows={5}
        label={label}
        value={body}
        error={errors.body}
        onChange={(e) => setBody(e.target.value)}
      />
      <FileField id={`${id}-attachments`} error={errors.attachments} onChange={setFiles} />
      <div>
        <PrimaryActionButton type="submit" id={`${id}-submit`} disabled={busy}>
          {submitLabel}
        </PrimaryActionButton>
      </div>
    </form>
  );
}
