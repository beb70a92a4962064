import { useTranslation } from 'react-i18next';
import { RadioGroup, SelectField, SelectOption, TextareaField, TextField } from '../../../ui';
import { CATEGORIES, SUBJECT_TYPES } from '../vocabulary';

export interface ContentState {
  category: string;
  subjectType: string;
  summary: string;
  description: string;
  subject: string;
  occurred: string;
}

export const EMPTY_CONTENT: ContentState = {
  category: '',
  subjectType: '',
  summary: '',
  description: '',
  subject: '',
  occurred: '',
};

/** Checks the browser can do before sending; the server checks everything again. */
export function contentErrors(c: ContentState, t: (key: string) => string): Record<string, string> {
  const e: Record<string, string> = {};
  if (!c.category) e.category = t('integrity.errors.category');
  if (!c.subjectType) e.subjectType = t('integrity.errors.subjectType');
  if (c.summary.trim().length < 3) e.summary = t('integrity.errors.summary');
  if (c.description.trim().length < 10) e.description = t('integrity.errors.description');
  return e;
}

/** The content as the API wants it (empty optional texts left out). */
export function contentInput(c: ContentState) {
  return {
    category: c.category,
    subjectType: c.subjectType,
    summary: c.summary.trim(),
    description: c.description.trim(),
    ...(c.subject.trim() ? { subject: c.subject.trim() } : {}),
    ...(c.occurred.trim() ? { occurred: c.occurred.trim() } : {}),
  };
}

/** What every integrity report asks, however it is made. Ids are `${prefix}-<field>`. */
export function ReportFields({
  prefix,
  value,
  errors,
  onChange,
}: {
  prefix: string;
  value: ContentState;
  errors: Record<string, string>;
  onChange: (next: ContentState) => void;
}) {
  const { t } = useTranslation();
  const set = (key: keyof ContentState, v: string) => onChange({ ...value, [key]: v });
  const req = ` ${t('integrity.form.required')}`;
  const opt = ` ${t('integrity.form.optional')}`;
  return (
    <>
      <SelectField
        id={`${prefix}-category`}
        label={`${t('integrity.form.category')}${req}`}
        value={value.category}
        error={errors.category}
        onChange={(e) => set('category', e.target.value)}
      >
        <SelectOption value="">{t('integrity.form.choose')}</SelectOption>
        {CATEGORIES.map((c) => (
          <SelectOption key={c} value={c}>
            {t(`integrity.category.${c}`)}
          </SelectOption>
        ))}
      </SelectField>
      <RadioGroup
        id={`${prefix}-subjectType`}
        legend={`${t('integrity.form.subjectType')}${req}`}
        options={SUBJECT_TYPES}
        labelOf={(x) => t(`integrity.subjectType.${x}`)}
        value={value.subjectType}
        error={errors.subjectType}
        onChange={(x) => set('subjectType', x)}
      />
      <TextField
        id={`${prefix}-summary`}
        label={`${t('integrity.form.summary')}${req}`}
        description={t('integrity.form.summaryHint')}
        value={value.summary}
        error={errors.summary}
        maxLength={200}
        onChange={(e) => set('summary', e.target.value)}
      />
      <TextareaField
        id={`${prefix}-description`}
        rows={8}
        label={`${t('integrity.form.description')}${req}`}
        description={t('integrity.form.descriptionHint')}
        value={value.description}
        error={errors.description}
        onChange={(e) => set('description', e.target.value)}
      />
      <TextareaField
        id={`${prefix}-subject`}
        rows={2}
        label={`${t('integrity.form.subject')}${opt}`}
        value={value.subject}
        error={errors.subject}
        onChange={(e) => set('subject', e.target.value)}
      />
      <TextField
        id={`${prefix}-occurred`}
        label={`${t('integrity.form.occurred')}${opt}`}
        value={value.occurred}
        error={errors.occurred}
        onChange={(e) => set('occurred', e.target.value)}
      />
    </>
  );
}
