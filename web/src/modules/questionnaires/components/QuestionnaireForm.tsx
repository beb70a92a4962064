import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import {
  ButtonGroup,
  Checkbox,
  ErrorSummary,
  type ErrorSummaryItem,
  FormLabel,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  SubtleButton,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { type AnyQuestion, fieldId, flatten, localise, visibility } from '../logic';
import type { Answers, AnswersDelta, AnswerValue, Definition, Section } from '../types';
import { Markdown } from './Markdown';
import { parseDate, parseNumber, QuestionField } from './QuestionField';

export interface FormHandlers {
  /** Save the answers of one section; `completeSection` also checks its required questions. */
  save(
    delta: AnswersDelta,
    options: { completeSection?: string; currentSection?: string },
  ): Promise<Answers>;
  /** Leave and come back later. */
  saveForLater(delta: AnswersDelta, currentSection: string): Promise<void>;
  /** Hand in (with the respondent's aggregate consent when asked). */
  submit(aggregateConsent: boolean | undefined): Promise<void>;
}

interface Props {
  definition: Definition;
  initialAnswers: Answers;
  /** Section to open when no step is in the address (resume). */
  resumeSection: string | null;
  handlers: FormHandlers;
  /** Preview: no "save for later", a different submit label. */
  preview?: boolean;
}

const STEP = 'stap';

function questionsOf(section: Section): AnyQuestion[] {
  return section.questions.flatMap((q) =>
    q.type === 'yes_no' && q.followUp ? [q, q.followUp.question] : [q],
  );
}

/**
 * A questionnaire, one section per page, then a page to check and hand in.
 * The step is in the address (?stap=2), so the browser's back button works;
 * "Next" saves the section (the server checks every answer), "Save and
 * continue later" saves without requiring anything.
 */
export function QuestionnaireForm({
  definition,
  initialAnswers,
  resumeSection,
  handlers,
  preview,
}: Props) {
  const { t, i18n } = useTranslation();
  const tr = (text: Parameters<typeof localise>[0]) => localise(text, i18n.language);
  const [params, setParams] = useSearchParams();
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [consent, setConsent] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Typed numbers and dates count for display logic as soon as they read as valid.
  const effective = useMemo(() => {
    const out: Answers = { ...answers };
    for (const { question } of flatten(definition)) {
      const typed = drafts[question.id];
      if (typed === undefined) continue;
      const parsed =
        question.type === 'number'
          ? parseNumber(typed)
          : question.type === 'date'
            ? parseDate(typed)
            : null;
      if (parsed === null) delete out[question.id];
      else out[question.id] = parsed;
    }
    return out;
  }, [definition, answers, drafts]);
  const shown = useMemo(() => visibility(definition, effective), [definition, effective]);
  const sections = definition.sections.filter((s) => shown.sections.has(s.id));
  const reviewStep = sections.length + 1;
  const resumeIndex = Math.max(
    0,
    sections.findIndex((s) => s.id === resumeSection),
  );
  const requested = Number(params.get(STEP));
  const step =
    Number.isInteger(requested) && requested >= 1 && requested <= reviewStep
      ? requested
      : resumeIndex + 1;
  const section = step <= sections.length ? sections[step - 1]! : null;
  const language = i18n.language;
  const questionText = useMemo(
    () =>
      new Map(flatten(definition).map((e) => [e.question.id, localise(e.question.text, language)])),
    [definition, language],
  );

  useEffect(() => {
    void step;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const goTo = (n: number) => {
    setErrors({});
    setSummary([]);
    setParams({ [STEP]: String(n) });
  };

  const show = (fieldErrors: Record<string, string>, extra: ErrorSummaryItem[] = []) => {
    setErrors(fieldErrors);
    const items = Object.entries(fieldErrors).map(([id, message]) => {
      const qid = id.replace(/^q-/, '').split('-')[0]!;
      const question = questionText.get(qid) ?? '';
      const joined = /[?.!]$/.test(question) ? `${question} ${message}` : `${question}: ${message}`;
      return { fieldId: id, message: joined };
    });
    setSummary([...extra, ...items]);
  };

  /** This section's answers as a save: typed numbers and dates converted, hidden ones cleared. */
  const collect = (s: Section, requireAll: boolean) => {
    const delta: AnswersDelta = {};
    const local: Record<string, string> = {};
    for (const q of questionsOf(s)) {
      if (!shown.questions.has(q.id)) {
        delta[q.id] = null;
        continue;
      }
      let value: AnswerValue | undefined = answers[q.id];
      const typed = drafts[q.id];
      if ((q.type === 'number' || q.type === 'date') && typed !== undefined) {
        if (typed.trim() === '') value = undefined;
        else {
          const parsed = q.type === 'number' ? parseNumber(typed) : parseDate(typed);
          if (parsed === null) {
            local[fieldId(q.id)] = t(
              q.type === 'number' ? 'questionnaires.numberInvalid' : 'questionnaires.dateInvalid',
            );
            continue;
          }
          value = parsed;
        }
      }
      if (q.type === 'matrix' && requireAll && q.required) {
        const ratings = (value ?? {}) as Record<string, string>;
        for (const item of q.items)
          if (!ratings[item.id]) local[fieldId(q.id, item.id)] = t('questionnaires.required');
      }
      if (value === undefined && requireAll && q.required && q.type !== 'matrix')
        local[fieldId(q.id)] = t('questionnaires.required');
      delta[q.id] = value === undefined ? null : value;
    }
    return { delta, local };
  };

  const serverErrors = (error: unknown): boolean => {
    if (!isApiError(error, 'validation_failed')) {
      show({}, [{ message: errorMessage(error) }]);
      return true;
    }
    const fields: Record<string, string> = {};
    const other: ErrorSummaryItem[] = [];
    for (const e of error.errors) {
      const m = /^body\.answers\.([a-z0-9_]+)(?:\.([a-z0-9_]+))?$/.exec(e.field);
      if (m) fields[fieldId(m[1]!, m[2])] ??= e.message;
      else other.push({ message: e.message });
    }
    show(fields, other);
    return true;
  };

  const save = async (mode: 'next' | 'later') => {
    if (!section || busy) return;
    const { delta, local } = collect(section, mode === 'next');
    if (Object.keys(local).length > 0) return show(local);
    setBusy(true);
    try {
      const nextSection = sections[step]?.id;
      if (mode === 'later') {
        await handlers.saveForLater(delta, section.id);
        return;
      }
      const saved = await handlers.save(delta, {
        completeSection: section.id,
        currentSection: nextSection ?? section.id,
      });
      setAnswers(saved);
      setDrafts({});
      goTo(step + 1);
    } catch (error) {
      serverErrors(error);
    } finally {
      setBusy(false);
    }
  };

  const missingBySection = sections.map((s, i) => ({
    section: s,
    step: i + 1,
    missing: questionsOf(s).filter(
      (q) => q.required && shown.questions.has(q.id) && answers[q.id] === undefined,
    ).length,
    answered: questionsOf(s).filter((q) => shown.questions.has(q.id) && answers[q.id] !== undefined)
      .length,
    total: questionsOf(s).filter((q) => shown.questions.has(q.id)).length,
  }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const incomplete = missingBySection.filter((m) => m.missing > 0);
    if (incomplete.length > 0) {
      setSummary(
        incomplete.map((m) => ({
          message: t('questionnaires.sectionIncomplete', {
            title: tr(m.section.title),
            count: m.missing,
          }),
        })),
      );
      return;
    }
    setBusy(true);
    try {
      await handlers.submit(
        definition.privacy.aggregates.consent === 'opt_in' ? consent : undefined,
      );
    } catch (error) {
      serverErrors(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <nav aria-label={t('questionnaires.stepsLabel')} className="weerbaar-q-steps">
        <Paragraph>
          {section
            ? t('questionnaires.stepOf', { step, total: sections.length })
            : t('questionnaires.reviewStep')}
        </Paragraph>
        <progress
          className="weerbaar-q-progress"
          aria-label={t('questionnaires.progressLabel')}
          value={step - 1}
          max={sections.length}
        />
        <ol className="weerbaar-q-steplist">
          {sections.map((s, i) => (
            <li key={s.id} aria-current={i + 1 === step ? 'step' : undefined}>
              {tr(s.title)}
            </li>
          ))}
          <li aria-current={step === reviewStep ? 'step' : undefined}>
            {t('questionnaires.reviewStep')}
          </li>
        </ol>
      </nav>
      <ErrorSummary errors={summary} />
      {section ? (
        <form
          className="weerbaar-q-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save('next');
          }}
        >
          <Heading level={2} ref={headingRef} tabIndex={-1} className="weerbaar-q-heading">
            {tr(section.title)}
          </Heading>
          {section.intro ? <Markdown text={tr(section.intro)} /> : null}
          {questionsOf(section)
            .filter((q) => shown.questions.has(q.id))
            .map((q) => (
              <QuestionField
                key={q.id}
                question={q}
                value={answers[q.id]}
                draft={drafts[q.id]}
                errors={errors}
                onChange={(value) =>
                  setAnswers((prev) => {
                    const next = { ...prev };
                    if (value === undefined) delete next[q.id];
                    else next[q.id] = value;
                    return next;
                  })
                }
                onDraft={(text) => setDrafts((prev) => ({ ...prev, [q.id]: text }))}
              />
            ))}
          <ButtonGroup>
            <PrimaryActionButton type="submit" busy={busy}>
              {step === sections.length ? t('questionnaires.toReview') : t('questionnaires.next')}
            </PrimaryActionButton>
            {step > 1 ? (
              <SecondaryActionButton type="button" onClick={() => goTo(step - 1)}>
                {t('questionnaires.previous')}
              </SecondaryActionButton>
            ) : null}
            {preview ? null : (
              <SubtleButton type="button" onClick={() => void save('later')}>
                {t('questionnaires.saveForLater')}
              </SubtleButton>
            )}
          </ButtonGroup>
        </form>
      ) : (
        <form className="weerbaar-q-form" noValidate onSubmit={(e) => void submit(e)}>
          <Heading level={2} ref={headingRef} tabIndex={-1} className="weerbaar-q-heading">
            {t('questionnaires.reviewStep')}
          </Heading>
          <Paragraph>{t('questionnaires.reviewIntro')}</Paragraph>
          <UnorderedList>
            {missingBySection.map((m) => (
              <UnorderedListItem key={m.section.id}>
                {tr(m.section.title)}:{' '}
                {t('questionnaires.answeredOf', { answered: m.answered, count: m.total })}{' '}
                <Link
                  href={`?${STEP}=${m.step}`}
                  onClick={(e) => {
                    e.preventDefault();
                    goTo(m.step);
                  }}
                >
                  {t('questionnaires.change')}
                  <span className="weerbaar-visually-hidden">: {tr(m.section.title)}</span>
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
          {definition.privacy.aggregates.consent === 'opt_in' && !preview ? (
            <div className="weerbaar-q-choice">
              <Checkbox
                id="q-consent"
                name="consent"
                checked={consent}
                onChange={(e) => setConsent(e.target.checked)}
              />{' '}
              <FormLabel htmlFor="q-consent" type="checkbox">
                {t('questionnaires.consent')}
              </FormLabel>
            </div>
          ) : null}
          <ButtonGroup>
            <PrimaryActionButton type="submit" busy={busy}>
              {preview ? t('questionnaires.previewResult') : t('questionnaires.submit')}
            </PrimaryActionButton>
            <SecondaryActionButton type="button" onClick={() => goTo(reviewStep - 1)}>
              {t('questionnaires.previous')}
            </SecondaryActionButton>
          </ButtonGroup>
        </form>
      )}
    </>
  );
}
