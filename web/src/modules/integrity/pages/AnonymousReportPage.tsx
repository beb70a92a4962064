import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
} from '../../../ui';
import { type AnonymousReceipt, anonymousApi, receiptSession } from '../anonymous-api';
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

const PREFIX = 'anonymous';

/**
 * The anonymous report form. Nothing about the reporter is asked; the request goes
 * without cookies. Afterwards the receipt code is shown once, with the advice to
 * write it down, and the reporter can go straight on to their report.
 */
export function AnonymousReportPage() {
  const { t, i18n } = useTranslation();
  const { organisationCode = '' } = useParams();
  const navigate = useNavigate();
  const channel = useLoad(() => anonymousApi.channel(organisationCode), [organisationCode]);
  const [content, setContent] = useState<ContentState>(EMPTY_CONTENT);
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<AnonymousReceipt | null>(null);
  const { errors, summary, show, fail } = useFormErrors(PREFIX);
  const receiptHeading = useRef<HTMLHeadingElement>(null);
  usePageTitle(
    receipt ? t('integrity.anonymous.receiptTitle') : t('integrity.anonymous.formTitle'),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const e = contentErrors(content, t);
    if (Object.keys(e).length > 0) return show(e);
    setBusy(true);
    try {
      const result = await anonymousApi.file(organisationCode, contentInput(content), files);
      setReceipt(result);
      requestAnimationFrame(() => receiptHeading.current?.focus());
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  if (channel.error) {
    return (
      <>
        <Heading level={1}>{t('integrity.anonymous.formTitle')}</Heading>
        <Alert type="error">
          <Paragraph>{errorMessage(channel.error)}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to="/integriteit/anoniem">{t('integrity.anonymous.chooseOther')}</RouterLink>
        </Paragraph>
      </>
    );
  }

  if (receipt) {
    return (
      <>
        <Heading level={1} ref={receiptHeading} tabIndex={-1}>
          {t('integrity.anonymous.receiptTitle')}
        </Heading>
        <Paragraph>
          {t('integrity.anonymous.receiptIntro', { reference: receipt.reference })}
        </Paragraph>
        <Alert type="warning">
          <Paragraph>{t('integrity.anonymous.receiptWarning')}</Paragraph>
          <Paragraph className="weerbaar-integrity-receipt" data-testid="receipt">
            {receipt.receipt}
          </Paragraph>
        </Alert>
        <Paragraph>
          {t('integrity.anonymous.receiptClock', {
            date: formatDate(receipt.acknowledgementDueOn, i18n.language),
          })}
        </Paragraph>
        <div>
          <PrimaryActionButton
            type="button"
            id="anonymous-continue"
            onClick={() => {
              receiptSession.set(receipt.sessionToken);
              navigate(
                `/integriteit/ontvangstcode?organisatie=${encodeURIComponent(organisationCode)}`,
              );
            }}
          >
            {t('integrity.anonymous.continue')}
          </PrimaryActionButton>
        </div>
      </>
    );
  }

  return (
    <>
      <Heading level={1}>{t('integrity.anonymous.formTitle')}</Heading>
      {channel.data ? (
        <Paragraph>
          {t('integrity.anonymous.formIntro', {
            organisation: channel.data.organisationName,
            days: channel.data.acknowledgementDays,
            months: channel.data.feedbackMonths,
          })}
        </Paragraph>
      ) : null}
      <Alert type="info">
        <Paragraph>{t('integrity.anonymous.noIdentity')}</Paragraph>
      </Alert>
      <ErrorSummary errors={summary} />
      <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
        <ReportFields prefix={PREFIX} value={content} errors={errors} onChange={setContent} />
        <FileField id={`${PREFIX}-attachments`} error={errors.attachments} onChange={setFiles} />
        <div>
          <PrimaryActionButton type="submit" id="anonymous-submit" disabled={busy}>
            {t('integrity.anonymous.submit')}
          </PrimaryActionButton>
        </div>
      </form>
      <ExternalRouteNotice />
    </>
  );
}
