import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  ErrorSummary,
  type ErrorSummaryItem,
  FileField,
  Heading,
  Paragraph,
  PrimaryActionButton,
} from '../../../ui';
import { Markdown } from '../../questionnaires/components/Markdown';
import { QuestionField } from '../../questionnaires/components/QuestionField';
import { fieldId, flatten, localise, visibility } from '../../questionnaires/logic';
import type { Answers, AnswerValue } from '../../questionnaires/types';
import { bibobApi } from '../api';

/** The id of the file field, which errors about documents point to. */
const DOCUMENTS_ID = 'applicant-documents';
const MB = 1024 * 1024;

/**
 * The applicant's Bibob questionnaire, reached by the single-use link without an
 * account; the questions come from the questionnaire engine's definition.
 */
export function ApplicantPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { token = '' } = useParams();
  const view = useLoad(() => bibobApi.applicant(token), [token]);
  const [answers, setAnswers] = useState<Answers>({});
  const [files, setFiles] = useState<File[]>([]);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  usePageTitle(sent ? t('bibob.applicant.thanks') : t('bibob.applicant.title'));

  if (sent) {
    return (
      <>
        <Heading level={1}>{t('bibob.applicant.thanks')}</Heading>
        <Paragraph>{t('bibob.applicant.thanksText')}</Paragraph>
      </>
    );
  }
  if (!view.data) {
    return (
      <>
        <Heading level={1}>
          {view.error ? t('bibob.applicant.unavailable') : t('bibob.applicant.title')}
        </Heading>
        <Paragraph>{view.error ? errorMessage(view.error) : t('bibob.loading')}</Paragraph>
      </>
    );
  }
  const { definition, documents } = view.data;
  const shown = visibility(definition, answers);
  const entries = flatten(definition);

  const change = (id: string, value: AnswerValue | undefined) => {
    const next = { ...answers };
    if (value === undefined) delete next[id];
    else next[id] = value;
    setAnswers(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const body = Object.fromEntries(
      Object.entries(answers).filter(([id]) => shown.questions.has(id)),
    );
    try {
      await bibobApi.submitApplicant(token, body, files);
      setSent(true);
      window.scrollTo(0, 0);
    } catch (error) {
      const byField: Record<string, string> = {};
      const items: ErrorSummaryItem[] = [];
      if (isApiError(error) && error.errors.length > 0) {
        for (const e of error.errors) {
          // A file refused (type, size, count): the server names body.documents.N or body.attachments.
          if (/^body\.(documents|attachments)\b/.test(e.field)) {
            byField[DOCUMENTS_ID] = error.message;
            items.push({ fieldId: DOCUMENTS_ID, message: error.message });
            continue;
          }
          const id = e.field.replace(/^body\.answers\./, '').split('.')[0] ?? '';
          const entry = entries.find((x) => x.question.id === id);
          byField[fieldId(id)] = e.message;
          items.push({
            fieldId: fieldId(id),
            message: entry
              ? `${localise(entry.question.text, i18n.language)}: ${e.message}`
              : e.message,
          });
        }
      } else items.push({ message: errorMessage(error) });
      setErrors(byField);
      setSummary(items);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1}>{localise(definition.title, i18n.language)}</Heading>
      <Paragraph>
        {t('bibob.applicant.for', {
          organisation: view.data.organisationName,
          reference: view.data.reference,
          until: format.dateTime(view.data.expiresAt),
        })}
      </Paragraph>
      <Markdown text={localise(definition.intro, i18n.language)} />
      <ErrorSummary errors={summary} title={t('bibob.applicant.errors')} />
      <form className="weerbaar-q-form" noValidate onSubmit={(e) => void submit(e)}>
        {definition.sections
          .filter((s) => shown.sections.has(s.id))
          .map((section) => (
            <section key={section.id}>
              <Heading level={2}>{localise(section.title, i18n.language)}</Heading>
              {entries
                .filter(
                  (e) =>
                    definition.sections[e.sectionIndex]?.id === section.id &&
                    shown.questions.has(e.question.id),
                )
                .map(({ question }) => (
                  <QuestionField
                    key={question.id}
                    question={question}
                    value={answers[question.id]}
                    draft={drafts[question.id]}
                    errors={errors}
                    onChange={(v) => change(question.id, v)}
                    onDraft={(text) => setDrafts({ ...drafts, [question.id]: text })}
                  />
                ))}
            </section>
          ))}
        <section>
          <Heading level={2}>{t('bibob.applicant.documents')}</Heading>
          <FileField
            id={DOCUMENTS_ID}
            label={t('bibob.applicant.documentsLabel')}
            description={t('bibob.applicant.documentsHint', {
              count: documents.maxFiles,
              size: Math.floor(documents.maxFileBytes / MB),
            })}
            error={errors[DOCUMENTS_ID]}
            accept={documents.extensions.map((e) => `.${e}`).join(',')}
            multiple
            onFiles={setFiles}
          />
        </section>
        <PrimaryActionButton type="submit" busy={busy}>
          {t('bibob.applicant.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
