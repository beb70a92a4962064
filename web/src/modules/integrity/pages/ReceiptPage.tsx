import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  SelectOption,
  SubtleButton,
  TextField,
} from '../../../ui';
import { anonymousApi, receiptSession } from '../anonymous-api';
import { type Attachment, integrityApi, type ReporterView } from '../api';
import { useFormErrors } from '../components/hooks';
import { ReporterReport } from '../components/ReporterReport';

/** Log in with the receipt code, then follow the report and answer the handler. */
export function ReceiptPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [report, setReport] = useState<ReporterView | null>(null);
  const [checked, setChecked] = useState(false);
  usePageTitle(
    report
      ? t('integrity.reporter.reportTitle', { reference: report.reference })
      : t('integrity.receipt.title'),
  );

  useEffect(() => {
    if (!receiptSession.get()) {
      setChecked(true);
      return;
    }
    anonymousApi
      .report()
      .then(setReport, () => receiptSession.clear())
      .finally(() => setChecked(true));
  }, []);

  if (!checked) return <Paragraph>{t('common.loading')}</Paragraph>;
  if (!report)
    return (
      <ReceiptLogin initialOrganisation={params.get('organisatie') ?? ''} onReport={setReport} />
    );
  return <AnonymousReport report={report} onChange={setReport} onLogout={() => setReport(null)} />;
}

function ReceiptLogin({
  initialOrganisation,
  onReport,
}: {
  initialOrganisation: string;
  onReport: (r: ReporterView) => void;
}) {
  const { t } = useTranslation();
  const organisations = useLoad(() => integrityApi.organisations(), []);
  const [organisation, setOrganisation] = useState(initialOrganisation);
  const [receipt, setReceipt] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, summary, show, fail } = useFormErrors('receipt');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const e: Record<string, string> = {};
    if (!organisation) e.organisationCode = t('integrity.errors.organisation');
    if (receipt.replace(/[\s.-]/g, '').length !== 16) e.receipt = t('integrity.errors.receipt');
    if (Object.keys(e).length > 0) return show(e);
    setBusy(true);
    try {
      await anonymousApi.login(organisation, receipt);
      onReport(await anonymousApi.report());
    } catch (error) {
      if (isApiError(error, 'invalid_credentials', 'rate_limited'))
        show({ receipt: errorMessage(error) });
      else fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1}>{t('integrity.receipt.title')}</Heading>
      <Paragraph>{t('integrity.receipt.intro')}</Paragraph>
      <ErrorSummary errors={summary} />
      <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          id="receipt-organisationCode"
          label={t('integrity.anonymous.organisation')}
          value={organisation}
          error={errors.organisationCode}
          onChange={(e) => setOrganisation(e.target.value)}
        >
          <SelectOption value="">{t('integrity.form.choose')}</SelectOption>
          {(organisations.data ?? []).map((o) => (
            <SelectOption key={o.code} value={o.code}>
              {o.name}
            </SelectOption>
          ))}
        </SelectField>
        <TextField
          id="receipt-receipt"
          label={t('integrity.receipt.code')}
          description={t('integrity.receipt.codeHint')}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={receipt}
          error={errors.receipt}
          onChange={(e) => setReceipt(e.target.value)}
        />
        <div>
          <PrimaryActionButton type="submit" id="receipt-submit" disabled={busy}>
            {t('integrity.receipt.submit')}
          </PrimaryActionButton>
        </div>
      </form>
    </>
  );
}

function AnonymousReport({
  report,
  onChange,
  onLogout,
}: {
  report: ReporterView;
  onChange: (r: ReporterView) => void;
  onLogout: () => void;
}) {
  const { t } = useTranslation();
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const file = (a: Attachment) => (
    <SecondaryActionButton
      type="button"
      onClick={() =>
        anonymousApi.download(a.id, a.fileName).catch((e) => setDownloadError(errorMessage(e)))
      }
    >
      {a.fileName}
    </SecondaryActionButton>
  );
  return (
    <>
      <Heading level={1}>
        {t('integrity.reporter.reportTitle', { reference: report.reference })}
      </Heading>
      <Paragraph>
        <SubtleButton
          type="button"
          id="receipt-logout"
          onClick={() => void anonymousApi.logout().finally(onLogout)}
        >
          {t('integrity.receipt.logout')}
        </SubtleButton>
      </Paragraph>
      {downloadError ? (
        <Alert type="error">
          <Paragraph>{downloadError}</Paragraph>
        </Alert>
      ) : null}
      <ReporterReport
        report={report}
        file={file}
        onSend={async (body, files) => onChange(await anonymousApi.answer(body, files))}
      />
    </>
  );
}
