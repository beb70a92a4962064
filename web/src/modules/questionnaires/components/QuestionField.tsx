import { useTranslation } from 'react-i18next';
import {
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  TextareaField,
  TextField,
  VisuallyHidden,
} from '../../../ui';
import { type AnyQuestion, fieldId, localise } from '../logic';
import type { AnswerValue } from '../types';
import { Choices } from './Choices';
import { Markdown } from './Markdown';

export interface QuestionFieldProps {
  question: AnyQuestion;
  value: AnswerValue | undefined;
  /** What was typed in a number or date field (kept as text until saved). */
  draft: string | undefined;
  /** Error messages by field id (fieldId(question) or fieldId(question, item)). */
  errors: Record<string, string>;
  onChange: (value: AnswerValue | undefined) => void;
  onDraft: (text: string) => void;
}

/** Show a stored date (YYYY-MM-DD) the Dutch way (DD-MM-YYYY). */
export function displayDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : value;
}

/** Read a typed date: DD-MM-YYYY (also with / or .) or YYYY-MM-DD; null when it is no date. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let y: string;
  let m: string;
  let d: string;
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (dmy) [, d, m, y] = dmy as unknown as [string, string, string, string];
  else if (ymd) [, y, m, d] = ymd as unknown as [string, string, string, string];
  else return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Read a typed number, accepting a Dutch decimal comma; null when it is no number. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** One question, as the respondent sees it; every type keyboard-operable and labelled. */
export function QuestionField({
  question: q,
  value,
  draft,
  errors,
  onChange,
  onDraft,
}: QuestionFieldProps) {
  const { t, i18n } = useTranslation();
  const tr = (text: Parameters<typeof localise>[0]) => localise(text, i18n.language);
  const id = fieldId(q.id);
  const error = errors[id] ?? null;
  const help = q.help ? <Markdown text={tr(q.help)} /> : undefined;
  const optional = q.required ? '' : ` ${t('questionnaires.optional')}`;

  switch (q.type) {
    case 'single_choice':
    case 'yes_no': {
      const choices =
        q.type === 'yes_no'
          ? [
              { value: 'true', label: t('questionnaires.yes') },
              { value: 'false', label: t('questionnaires.no') },
            ]
          : q.options.map((o) => ({ value: o.value, label: tr(o.label) }));
      const selected = value === undefined ? [] : [String(value)];
      return (
        <Choices
          id={id}
          legend={tr(q.text)}
          description={help}
          error={error}
          required={q.required}
          choices={choices}
          selected={selected}
          onToggle={(v) => onChange(q.type === 'yes_no' ? v === 'true' : v)}
        />
      );
    }
    case 'multiple_choice': {
      const selected = Array.isArray(value) ? value : [];
      const exclusive = new Set(q.options.filter((o) => o.exclusive).map((o) => o.value));
      return (
        <Choices
          id={id}
          multiple
          legend={tr(q.text)}
          description={
            <>
              {help}
              {q.maxSelected
                ? t('questionnaires.chooseAtMost', { count: q.maxSelected })
                : t('questionnaires.chooseAny')}
            </>
          }
          error={error}
          required={q.required}
          choices={q.options.map((o) => ({ value: o.value, label: tr(o.label) }))}
          selected={selected}
          onToggle={(v, checked) => {
            let next = checked ? [...selected, v] : selected.filter((x) => x !== v);
            if (checked && exclusive.has(v)) next = [v];
            else if (checked) next = next.filter((x) => !exclusive.has(x));
            onChange(next.length > 0 ? next : undefined);
          }}
        />
      );
    }
    case 'likert': {
      const { from, to, fromLabel, toLabel, labels } = q.scale;
      const steps = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const labelOf = (n: number) => {
        const own = labels?.[n - from];
        if (own) return `${n} – ${tr(own)}`;
        if (n === from) return `${n} – ${tr(fromLabel)}`;
        if (n === to) return `${n} – ${tr(toLabel)}`;
        return String(n);
      };
      return (
        <Choices
          id={id}
          legend={tr(q.text)}
          description={help}
          error={error}
          required={q.required}
          choices={steps.map((n) => ({ value: String(n), label: labelOf(n) }))}
          selected={value === undefined ? [] : [String(value)]}
          onToggle={(v) => onChange(Number(v))}
        />
      );
    }
    case 'matrix': {
      const ratings = (
        value && typeof value === 'object' && !Array.isArray(value) ? value : {}
      ) as Record<string, string>;
      return (
        <Fieldset id={id} tabIndex={-1} invalid={Boolean(error)} className="weerbaar-q-matrix">
          <FieldsetLegend>
            {tr(q.text)}
            {optional ? <span className="weerbaar-q-optional">{optional}</span> : null}
          </FieldsetLegend>
          {help ? <FormFieldDescription>{help}</FormFieldDescription> : null}
          {error ? (
            <FormFieldErrorMessage>
              <VisuallyHidden>{t('common.errorPrefix')} </VisuallyHidden>
              {error}
            </FormFieldErrorMessage>
          ) : null}
          {q.items.map((item) => {
            const itemId = fieldId(q.id, item.id);
            return (
              <Choices
                key={item.id}
                id={itemId}
                legend={tr(item.text)}
                error={errors[itemId] ?? null}
                required
                choices={q.scale.map((o) => ({ value: o.value, label: tr(o.label) }))}
                selected={ratings[item.id] ? [ratings[item.id]!] : []}
                onToggle={(v) => onChange({ ...ratings, [item.id]: v })}
              />
            );
          })}
        </Fieldset>
      );
    }
    case 'number': {
      const range =
        q.min !== undefined && q.max !== undefined
          ? t('questionnaires.numberBetween', { min: q.min, max: q.max })
          : '';
      const unit = q.unit ? tr(q.unit) : '';
      const hint = [range, unit ? t('questionnaires.numberUnit', { unit }) : '']
        .filter(Boolean)
        .join(' ');
      return (
        <TextField
          id={id}
          label={`${tr(q.text)}${optional}`}
          description={
            <>
              {help}
              {hint}
            </>
          }
          error={error}
          required={q.required}
          data-question-type="number"
          inputMode={q.integer ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={draft ?? (value === undefined ? '' : String(value))}
          onChange={(e) => onDraft(e.target.value)}
        />
      );
    }
    case 'date':
      return (
        <TextField
          id={id}
          label={`${tr(q.text)}${optional}`}
          description={
            <>
              {help}
              {t('questionnaires.dateHint')}
            </>
          }
          error={error}
          required={q.required}
          data-question-type="date"
          autoComplete="off"
          value={draft ?? (typeof value === 'string' ? displayDate(value) : '')}
          onChange={(e) => onDraft(e.target.value)}
        />
      );
    case 'text': {
      const common = {
        id,
        label: `${tr(q.text)}${optional}`,
        description: help,
        error,
        required: q.required,
        maxLength: q.maxLength,
        value: typeof value === 'string' ? value : '',
      };
      return q.multiline ? (
        <TextareaField
          {...common}
          data-question-type="text"
          rows={4}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      ) : (
        <TextField
          {...common}
          data-question-type="text"
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      );
    }
  }
}
