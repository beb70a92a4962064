import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { useSession } from '../../../app/session';
import { Alert, Heading, Paragraph, RouterLink } from '../../../ui';
import { questionnairesApi } from '../api';
import { Markdown } from '../components/Markdown';
import { QuestionnaireForm } from '../components/QuestionnaireForm';
import { localise } from '../logic';

export const SCANS_HOME = '/zelfscans';

/** Fill in a response: one section per page, saved as you go, resumable. */
export function FillPage() {
  const { t, i18n } = useTranslation();
  const { responseId = '' } = useParams();
  const orgId = useOrgId();
  const navigate = useNavigate();
  const { me } = useSession();
  const { data, error } = useLoad(async () => {
    const response = await questionnairesApi.response(orgId, responseId);
    const version = await questionnairesApi.version(orgId, response.versionId);
    return { response, definition: version.definition };
  }, [orgId, responseId]);
  const title = data
    ? localise(data.definition.title, i18n.language)
    : t('questionnaires.fillTitle');
  usePageTitle(title);

  if (error) {
    return (
      <>
        <Heading level={1}>{t('questionnaires.fillTitle')}</Heading>
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to={SCANS_HOME}>{t('questionnaires.backToScans')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (!data) return <Heading level={1}>{t('questionnaires.loading')}</Heading>;
  const { response, definition } = data;
  if (response.status === 'submitted')
    return <Navigate to={`/vragenlijsten/${responseId}/resultaat`} replace />;

  const others = response.participants.filter((p) => p.personId !== me?.id);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      {response.access.editAnswers ? null : (
        <Alert type="info">
          <Paragraph>{t('questionnaires.readOnly')}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t(`questionnaires.privacy.${definition.privacy.respondent}`)}</Paragraph>
      {response.respondent === 'team' && others.length > 0 ? (
        <Paragraph>
          {t('questionnaires.teamWith', { names: others.map((p) => p.displayName).join(', ') })}
        </Paragraph>
      ) : null}
      {response.currentSection === null && definition.intro ? (
        <Markdown text={localise(definition.intro, i18n.language)} />
      ) : null}
      {response.access.editAnswers ? (
        <QuestionnaireForm
          definition={definition}
          initialAnswers={response.answers ?? {}}
          resumeSection={response.currentSection}
          handlers={{
            save: async (delta, options) =>
              (await questionnairesApi.save(orgId, responseId, { answers: delta, ...options }))
                .answers ?? {},
            saveForLater: async (delta, currentSection) => {
              await questionnairesApi.save(orgId, responseId, { answers: delta, currentSection });
              navigate(SCANS_HOME, { state: { notice: 'saved' } });
            },
            submit: async (consent) => {
              await questionnairesApi.submit(orgId, responseId, consent);
              navigate(`/vragenlijsten/${responseId}/resultaat`);
            },
          }}
        />
      ) : null}
    </>
  );
}
