import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RadioGroup,
  TextField,
} from '../../../ui';
import { integrityApi } from '../api';
import { useFormErrors } from '../components/hooks';
import {
  type ContentState,
  contentErrors,
  contentInput,
  EMPTY_CONTENT,
  ReportFields,
} from '../components/ReportFields';

const PREFIX = 'intake';

/** A confidential counsellor records a report on a reporter's behalf; it stays with them until consent. */
export function IntakePage() {
  const { t } = useTranslation();
  usePageTitle(t('integrity.intake.title'));
  const orgId = useOrgId();
  const navigate = useNavigate();
  const [channel, setChannel] = useState('confidential');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [content, setContent] = useState<ContentState>(EMPTY_CONTENT);
  const [busy, setBusy] = useState(false);
  const { errors, summary, show, fail } = useFormErrors(PREFIX);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const e = contentErrors(content, t);
    if (channel !== 'anonymous' && !name.trim())
      e.reporterName = t('integrity.errors.reporterName');
    if (Object.keys(e).length > 0) return show(e);
    setBusy(true);
    try {
      const result = await integrityApi.intake(orgId, {
        ...contentInput(content),
        channel,
        ...(channel !== 'anonymous' && name.trim() ? { reporterName: name.trim() } : {}),
        ...(channel !== 'anonymous' && contact.trim() ? { reporterContact: contact.trim() } : {}),
      });
      navigate(`/integriteit/meldingen/${result.id}`);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1}>{t('integrity.intake.title')}</Heading>
      <Paragraph>{t('integrity.intake.intro')}</Paragraph>
      <ErrorSummary errors={summary} />
      <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
        <RadioGroup
          id={`${PREFIX}-channel`}
          legend={t('integrity.intake.channel')}
          options={['confidential', 'identified', 'anonymous']}
          labelOf={(x) => t(`integrity.channel.${x}`)}
          value={channel}
          onChange={setChannel}
        />
        {channel !== 'anonymous' ? (
          <>
            <TextField
              id={`${PREFIX}-reporterName`}
              label={`${t('integrity.intake.name')} ${t('integrity.form.required')}`}
              value={name}
              error={errors.reporterName}
              onChange={(e) => setName(e.target.value)}
            />
            <TextField
              id={`${PREFIX}-reporterContact`}
              label={`${t('integrity.intake.contact')} ${t('integrity.form.optional')}`}
              value={contact}
              error={errors.reporterContact}
              onChange={(e) => setContact(e.target.value)}
            />
          </>
        ) : null}
        <ReportFields prefix={PREFIX} value={content} errors={errors} onChange={setContent} />
        <div>
          <PrimaryActionButton type="submit" disabled={busy}>
            {t('integrity.intake.submit')}
          </PrimaryActionButton>
        </div>
      </form>
    </>
  );
}
