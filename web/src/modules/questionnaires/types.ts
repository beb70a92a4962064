/**
 * The questionnaire definition as the web app reads it (format version 1; the
 * server's zod schema and /api/v1/questionnaires/schema.json are the source).
 */
export interface Text {
  nl: string;
  en?: string;
}

export type Condition =
  | { question: string; equals: string | number | boolean }
  | { question: string; in: (string | number)[] }
  | { question: string; min?: number; max?: number }
  | { question: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export interface Option {
  value: string;
  label: Text;
  description?: Text;
  points?: number;
  exclusive?: boolean;
}

interface Base {
  id: string;
  text: Text;
  help?: Text;
  required: boolean;
  showIf?: Condition;
}

export type FollowUpQuestion =
  | (Base & { type: 'single_choice'; options: Option[] })
  | (Base & {
      type: 'multiple_choice';
      options: Option[];
      minSelected?: number;
      maxSelected?: number;
    })
  | (Base & {
      type: 'likert';
      scale: { from: number; to: number; fromLabel: Text; toLabel: Text; labels?: Text[] };
    })
  | (Base & { type: 'number'; min?: number; max?: number; integer: boolean; unit?: Text })
  | (Base & { type: 'text'; multiline: boolean; maxLength: number })
  | (Base & { type: 'date'; notAfterToday: boolean; notBefore?: string })
  | (Base & { type: 'matrix'; items: { id: string; text: Text }[]; scale: Option[] });

export type Question =
  | FollowUpQuestion
  | (Base & { type: 'yes_no'; followUp?: { when: boolean; question: FollowUpQuestion } });

export interface Section {
  id: string;
  title: Text;
  intro?: Text;
  showIf?: Condition;
  questions: Question[];
}

export interface Definition {
  key: string;
  title: Text;
  summary?: Text;
  intro?: Text;
  estimatedMinutes?: number;
  privacy: {
    respondent: 'person' | 'team' | 'commissioned' | 'anonymous';
    aggregates: { consent: 'none' | 'opt_in' | 'implied' };
  };
  sections: Section[];
  scoring?: { direction: 'higher_is_better' | 'higher_is_more_risk' };
}

export type AnswerValue = string | number | boolean | string[] | Record<string, string>;
export type Answers = Record<string, AnswerValue>;
