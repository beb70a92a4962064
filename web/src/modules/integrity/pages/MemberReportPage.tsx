import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { useSession } from '../../../app/session';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RadioGroup,
  RouterLink,
  SelectField,
  SelectOption,
  TextField,
} from '../../../ui';
import { integrityApi } from '../api';
import { ExternalRouteNotice } from '../components/ExternalRouteNotice';
import { FileField } from '../components/FileField';
import { useFormErrors } from '../components/hooks';
import {
  type ContentState,
  contentErrors,
  contentInput,
  EMPTY_CONTENT,
  ReportFields,
} from '../components/ReportFields';

const PREFIX = 'member';
const CHANNELS = ['confidential', 'identified', 'anonymous'] as const;

/** A logged-in member reports: confidential (to one chosen person), identified, or anonymously. */
export function MemberReportPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('integrity.member.title'));
  const orgId = useOrgId();
  const { activeMembership } = useSession();
  const recipients = useLoad(() => integrityApi.recipients(orgId), [orgId]);
  const [channel, setChannel] = useState('confidential');
  const [recipientId, setRecipientId] = useState('');
  const [contact, setContact] = useState('');
  const [content, setContent] = useState<ContentState>(EMPTY_CONTENT);
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{
    id: string;
    reference: string;
    acknowledgementDueOn: string;
  } | null>(null);
  const { errors, summary, show, fail } = useFormErrors(PREFIX);
  const doneHeading = useRef<HTMLHeadingElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const e = contentErrors(content, t);
    if (channel === 'confidential' && !recipientId) e.recipientId = t('integrity.errors.recipient');
    if (Object.keys(e).length > 0) return show(e);
    setBusy(true);
    try {
      const result = await integrityApi.report(
        orgId,
        {
          ...contentInput(content),
          channel,
          ...(channel === 'confidential' ? { recipientId } : {}),
          ...(contact.trim() ? { contact: contact.trim() } : {}),
        },
        files,
      );
      setDone(result);
      requestAnimationFrame(() => doneHeading.current?.focus());
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <>
        <Heading level={1} ref={doneHeading} tabIndex={-1}>
          {t('integrity.member.doneTitle')}
        </Heading>
        <Alert type="ok" role="status">
          <Paragraph>
            {t('integrity.member.doneText', {
              reference: done.reference,
              date: formatDate(done.acknowledgementDueOn, i18n.language),
            })}
          </Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to={`/integriteit/mijn/${done.id}`}>
            {t('integrity.member.toReport')}
          </RouterLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading level={1}>{t('integrity.member.title')}</Heading>
      <Paragraph>{t('integrity.member.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/integriteit/mijn">{t('integrity.member.myReports')}</RouterLink>
      </Paragraph>
      <ErrorSummary errors={summary} />
      <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
        <RadioGroup
          id={`${PREFIX}-channel`}
          legend={t('integrity.member.channel')}
          options={CHANNELS}
          labelOf={(x) => t(`integrity.member.channelOption.${x}`)}
          value={channel}
          onChange={setChannel}
        />
        {channel === 'anonymous' ? (
          <Alert type="info">
            <Paragraph>{t('integrity.member.anonymousHint')}</Paragraph>
            <Paragraph>
              <RouterLink
                to={`/integriteit/melden/${encodeURIComponent(activeMembership?.code ?? '')}`}
              >
                {t('integrity.member.toAnonymous')}
              </RouterLink>
            </Paragraph>
          </Alert>
        ) : (
          <>
            {channel === 'confidential' ? (
              <SelectField
                id={`${PREFIX}-recipientId`}
                label={`${t('integrity.member.recipient')} ${t('integrity.form.required')}`}
                description={t('integrity.member.recipientHint')}
                value={recipientId}
                error={errors.recipientId}
                onChange={(e) => setRecipientId(e.target.value)}
              >
                <SelectOption value="">{t('integrity.form.choose')}</SelectOption>
                {(recipients.data ?? []).map((r) => (
                  <SelectOption key={r.id} value={r.id}>
                    {r.displayName} ({r.roles.map((x) => t(`integrity.role.${x}`)).join(', ')})
                  </SelectOption>
                ))}
              </SelectField>
            ) : null}
            <TextField
              id={`${PREFIX}-contact`}
              label={`${t('integrity.member.contact')} ${t('integrity.form.optional')}`}
              description={t('integrity.member.contactHint')}
              value={contact}
              error={errors.contact}
              onChange={(e) => setContact(e.target.value)}
            />
            <ReportFields prefix={PREFIX} value={content} errors={errors} onChange={setContent} />
            <FileField
              id={`${PREFIX}-attachments`}
              error={errors.attachments}
              onChange={setFiles}
            />
            <div>
              <PrimaryActionButton type="submit" id="member-submit" disabled={busy}>
                {t('integrity.member.submit')}
              </PrimaryActionButton>
            </div>
          </>
        )}
      </form>
      <ExternalRouteNotice />
    </>
  );
}
