import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  type ErrorSummaryItem,
  FileField,
  Heading,
  Paragraph,
  PrimaryActionButton,
  TextareaField,
} from '../../../ui';
import { downloadUrl, incidentsApi } from '../api';
import { Facts, MessageList } from '../components/Facts';
import { AttachmentTable } from '../components/Hashes';
import { PoliceDocumentLinks } from '../components/PoliceDocumentLinks';
import { StepPlan } from '../components/StepPlan';
import { ACCEPT } from '../vocabulary';

/** One of my reports: facts, conversation, evidence, and the documents for the police. */
export function MyReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const orgId = useOrgId();
  const { data, error, set } = useLoad(() => incidentsApi.myIncident(orgId, id), [orgId, id]);
  usePageTitle(
    data ? t('incidents.myReportTitle', { reference: data.reference }) : t('incidents.myTitle'),
  );
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [sent, setSent] = useState(false);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    if (!body.trim() && files.length === 0) {
      return setSummary([{ fieldId: 'info-body', message: t('incidents.errors.message') }]);
    }
    try {
      set(await incidentsApi.addInformation(orgId, id, body, files));
      setBody('');
      setFiles([]);
      setSummary([]);
      setSent(true);
    } catch (e) {
      setSummary([{ fieldId: 'info-body', message: errorMessage(e) }]);
    }
  };

  if (error) {
    return (
      <>
        <Heading level={1}>{t('incidents.myTitle')}</Heading>
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      </>
    );
  }
  if (!data) return <Paragraph>{t('common.loading')}</Paragraph>;
  return (
    <>
      <Heading level={1}>{t('incidents.myReportTitle', { reference: data.reference })}</Heading>
      <section aria-labelledby="my-facts">
        <Heading level={2} id="my-facts">
          {t('incidents.facts')}
        </Heading>
        <Facts incident={data} />
      </section>
      <StepPlan steps={data.steps} headingId="my-steps" />
      <section aria-labelledby="my-messages">
        <Heading level={2} id="my-messages">
          {t('incidents.messages')}
        </Heading>
        <MessageList messages={data.messages} />
        <Heading level={3}>{t('incidents.addInformation')}</Heading>
        {sent ? (
          <Alert type="ok" role="status">
            <Paragraph>{t('incidents.sent')}</Paragraph>
          </Alert>
        ) : null}
        <ErrorSummary errors={summary} />
        <form className="weerbaar-form" noValidate onSubmit={(e) => void send(e)}>
          <TextareaField
            id="info-body"
            rows={4}
            label={t('incidents.message')}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          <FileField
            id="info-files"
            label={`${t('incidents.evidenceFiles')} ${t('incidents.optional')}`}
            description={t('incidents.evidenceHint')}
            multiple
            accept={ACCEPT}
            onFiles={setFiles}
          />
          <PrimaryActionButton type="submit">{t('incidents.send')}</PrimaryActionButton>
        </form>
      </section>
      <section aria-labelledby="my-evidence">
        <Heading level={2} id="my-evidence">
          {t('incidents.attachments')}
        </Heading>
        <AttachmentTable
          files={data.attachments}
          hrefOf={(a) => downloadUrl(orgId, `/my-incidents/${id}/attachments/${a}`)}
        />
        <PoliceDocumentLinks orgId={orgId} path={`/my-incidents/${id}`} />
      </section>
    </>
  );
}
