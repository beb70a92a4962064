import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Alert, Heading, Paragraph, RouterLink } from '../../../ui';
import { questionnairesApi, type Result } from '../api';
import { Markdown } from '../components/Markdown';
import { QuestionnaireForm } from '../components/QuestionnaireForm';
import { ResultView } from '../components/ResultView';
import { localise, visibility } from '../logic';
import type { Answers } from '../types';

/** Authors see a version exactly as respondents will, without storing anything. */
export function PreviewPage() {
  const { t, i18n } = useTranslation();
  const { versionId = '' } = useParams();
  const orgId = useOrgId();
  const { data, error } = useLoad(
    () => questionnairesApi.version(orgId, versionId),
    [orgId, versionId],
  );
  const [answers, setAnswers] = useState<Answers>({});
  const [result, setResult] = useState<Result | null>(null);
  const title = data
    ? t('questionnaires.previewTitle', { title: localise(data.definition.title, i18n.language) })
    : t('questionnaires.preview');
  usePageTitle(title);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Alert type="info">
        <Paragraph>{t('questionnaires.previewNotice')}</Paragraph>
      </Alert>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data && !result ? (
        <>
          {data.definition.intro ? (
            <Markdown text={localise(data.definition.intro, i18n.language)} />
          ) : null}
          <QuestionnaireForm
            preview
            definition={data.definition}
            initialAnswers={answers}
            resumeSection={null}
            handlers={{
              save: async (delta) => {
                const next = { ...answers };
                for (const [k, v] of Object.entries(delta)) {
                  if (v === null) delete next[k];
                  else next[k] = v as Answers[string];
                }
                // Check the answers the way the server would, without storing them.
                await questionnairesApi.preview(orgId, versionId, next, i18n.language);
                const shown = visibility(data.definition, next).questions;
                const kept = Object.fromEntries(Object.entries(next).filter(([k]) => shown.has(k)));
                setAnswers(kept);
                return kept;
              },
              saveForLater: async () => undefined,
              submit: async () =>
                setResult(
                  (await questionnairesApi.preview(orgId, versionId, answers, i18n.language))
                    .result,
                ),
            }}
          />
        </>
      ) : null}
      {result ? (
        <>
          <Heading level={2}>{t('questionnaires.previewResultHeading')}</Heading>
          <ResultView result={result} />
        </>
      ) : null}
      <Paragraph>
        <RouterLink to="/beheer/vragenlijsten">{t('questionnaires.backToAdmin')}</RouterLink>
      </Paragraph>
    </>
  );
}
