import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type ApiResult, client, isApiError, unwrap } from '../../../api/client';
import { currentLanguage } from '../../../app/i18n';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Button,
  type ErrorSummaryItem,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Heading,
  Paragraph,
  RadioButton,
  TextareaField,
} from '../../../ui';
import { ProblemSummary, problemItems } from '../components/ProblemSummary';
import { SyntheticNotice } from '../components/SyntheticNotice';

type SurveyView = ApiResult<'/api/v1/survey/{token}'>;
type Condition = NonNullable<SurveyView['questionnaire']['questions'][number]['showIf']>;

/** Whether a question is shown for the answers so far (the server applies the same rule). */
function shown(c: Condition | undefined, answers: Record<string, string>): boolean {
  if (!c) return true;
  if ('any' in c) return c.any.some((x) => shown(x, answers));
  if ('all' in c) return c.all.every((x) => shown(x, answers));
  if ('not' in c) return !shown(c.not, answers);
  const a = answers[c.question];
  if (a === undefined) return false;
  if ('equals' in c) return a === c.equals;
  return 'in' in c ? c.in.includes(a) : false;
}

/** The invitee's questionnaire, reached by the token in the invitation; no login. */
export function SurveyPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const lang = currentLanguage();
  const survey = useLoad(
    () => unwrap(client.GET('/api/v1/survey/{token}', { params: { path: { token } } })),
    [token],
  );
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [sent, setSent] = useState(false);
  const title = survey.data ? survey.data.title : t('monitor.title');
  usePageTitle(title);

  if (sent) {
    return (
      <>
        <Heading level={1}>{t('monitor.survey.thanks')}</Heading>
        <Paragraph>{t('monitor.survey.thanksText')}</Paragraph>
      </>
    );
  }
  if (!survey.data) {
    return (
      <>
        <Heading level={1}>{survey.error ? t('monitor.survey.unavailable') : title}</Heading>
        <Paragraph>
          {survey.error
            ? isApiError(survey.error)
              ? (survey.error.detail ?? survey.error.title)
              : survey.error.message
            : t('monitor.loading')}
        </Paragraph>
      </>
    );
  }
  const q = survey.data.questionnaire;
  const visible = q.questions.filter((x) => shown(x.showIf, answers));
  const errorFor = (id: string) => errors.find((e) => e.fieldId === `q-${id}`)?.message ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, string> = {};
    for (const x of visible) if (answers[x.id]) body[x.id] = answers[x.id]!;
    try {
      await unwrap(
        client.POST('/api/v1/survey/{token}', {
          params: { path: { token } },
          body: { answers: body },
        }),
      );
      setSent(true);
    } catch (error) {
      setErrors(
        problemItems(
          error,
          Object.fromEntries(q.questions.map((x) => [`body.answers.${x.id}`, `q-${x.id}`])),
        ),
      );
    }
  };

  return (
    <>
      <Heading level={1}>{title}</Heading>
      {survey.data.synthetic ? <SyntheticNotice /> : null}
      <Paragraph>{q.intro[lang]}</Paragraph>
      <form onSubmit={submit} noValidate>
        <ProblemSummary items={errors} />
        {visible.map((x) =>
          x.type === 'text' ? (
            <TextareaField
              key={x.id}
              id={`q-${x.id}`}
              label={`${x.text[lang]} ${x.required ? '' : t('monitor.survey.optional')}`}
              error={errorFor(x.id)}
              value={answers[x.id] ?? ''}
              onChange={(e) => setAnswers({ ...answers, [x.id]: e.target.value })}
            />
          ) : (
            <Fieldset
              key={x.id}
              id={`q-${x.id}`}
              tabIndex={-1}
              invalid={Boolean(errorFor(x.id))}
              aria-describedby={errorFor(x.id) ? `q-${x.id}-error` : undefined}
            >
              <FieldsetLegend>
                {x.text[lang]}{' '}
                {x.required ? t('monitor.survey.required') : t('monitor.survey.optional')}
              </FieldsetLegend>
              {errorFor(x.id) ? (
                <FormFieldErrorMessage id={`q-${x.id}-error`}>
                  {errorFor(x.id)}
                </FormFieldErrorMessage>
              ) : null}
              {x.options?.map((o) => (
                <div key={o.value}>
                  <RadioButton
                    id={`q-${x.id}-${o.value}`}
                    name={x.id}
                    value={o.value}
                    checked={answers[x.id] === o.value}
                    onChange={() => setAnswers({ ...answers, [x.id]: o.value })}
                  />{' '}
                  <label htmlFor={`q-${x.id}-${o.value}`}>{o.label[lang]}</label>
                </div>
              ))}
            </Fieldset>
          ),
        )}
        <Button type="submit" appearance="primary-action-button">
          {t('monitor.survey.submit')}
        </Button>
      </form>
      {survey.error ? <Alert type="error">{survey.error.message}</Alert> : null}
    </>
  );
}
