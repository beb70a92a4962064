import type { z } from 'zod';
import type { FieldError } from '../../../platform/errors/app-error';
import { MAX_CONDITION_DEPTH } from '../questionnaires.constants';
import { type Condition, conditionDepth, conditionLeaves } from './condition';
import { DefinitionSchema, type QuestionnaireDefinition } from './definition.schema';
import {
  type AnyQuestion,
  flattenQuestions,
  type QuestionEntry,
  questionIndex,
} from './definition-model';

/** One problem in a definition: where (JSON path) and what, in Dutch. */
export interface DefinitionProblem {
  /** JSONPath-style location, e.g. `$.sections[1].questions[0].showIf.question`. */
  path: string;
  message: string;
}

export type DefinitionValidation =
  | { ok: true; definition: QuestionnaireDefinition; problems: [] }
  | { ok: false; problems: DefinitionProblem[] };

type Path = readonly PropertyKey[];

/** `['sections', 1, 'showIf']` -> `$.sections[1].showIf`. */
export function jsonPath(path: Path): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : `${out}.${String(seg)}`),
    '$',
  );
}

/** `$.sections[1].showIf` -> `body.sections.1.showIf`: the field name problem+json uses. */
export function problemField(path: string, root = 'body'): string {
  return `${root}${path.slice(1).replace(/\[(\d+)\]/g, '.$1')}`;
}

/** Problems as problem+json field errors. */
export function toFieldErrors(problems: DefinitionProblem[], root = 'body'): FieldError[] {
  return problems.map((p) => ({ field: problemField(p.path, root), message: p.message }));
}

function zodProblems(error: z.ZodError): DefinitionProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/**
 * Check a definition: first its shape against the schema, then the rules a
 * schema cannot express. Every problem is listed with its JSON path, so an
 * author can fix them all in one go.
 */
export function validateDefinition(raw: unknown): DefinitionValidation {
  const parsed = DefinitionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const definition = parsed.data;
  const problems = [
    ...uniqueIds(definition),
    ...questionRules(definition),
    ...logicProblems(definition),
    ...scoringRules(definition),
    ...privacyRules(definition),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition, problems: [] };
}

function uniqueIds(d: QuestionnaireDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const once = (seen: Map<string, string>, id: string, path: Path, what: string) => {
    const first = seen.get(id);
    if (first)
      problems.push({ path: jsonPath(path), message: `${what} "${id}" komt al voor op ${first}.` });
    else seen.set(id, jsonPath(path));
  };
  const sections = new Map<string, string>();
  const questions = new Map<string, string>();
  const actions = new Map<string, string>();
  d.sections.forEach((s, i) => {
    once(sections, s.id, ['sections', i, 'id'], 'Onderdeel-id');
    for (const [j, a] of (s.actions ?? []).entries()) {
      once(actions, a.id, ['sections', i, 'actions', j, 'id'], 'Actie-id');
    }
  });
  for (const entry of flattenQuestions(d)) {
    once(questions, entry.question.id, [...entry.path, 'id'], 'Vraag-id');
    const q = entry.question;
    const options = q.type === 'matrix' ? q.scale : 'options' in q ? q.options : [];
    const values = new Map<string, string>();
    const key = q.type === 'matrix' ? 'scale' : 'options';
    for (const [j, o] of options.entries()) {
      once(values, o.value, [...entry.path, key, j, 'value'], 'Antwoordwaarde');
    }
    if (q.type === 'matrix') {
      const items = new Map<string, string>();
      for (const [j, it] of q.items.entries()) {
        once(items, it.id, [...entry.path, 'items', j, 'id'], 'Stelling-id');
      }
    }
  }
  const bands = new Map<string, string>();
  for (const [i, b] of (d.scoring?.bands ?? []).entries()) {
    once(bands, b.id, ['scoring', 'bands', i, 'id'], 'Band-id');
  }
  return problems;
}

function questionRules(d: QuestionnaireDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const at = (entry: QuestionEntry, rest: Path, message: string) =>
    problems.push({ path: jsonPath([...entry.path, ...rest]), message });
  for (const entry of flattenQuestions(d)) {
    const q = entry.question;
    if (q.type === 'likert') {
      if (q.scale.labels && q.scale.labels.length !== q.scale.to - q.scale.from + 1) {
        at(
          entry,
          ['scale', 'labels'],
          `Geef precies ${q.scale.to - q.scale.from + 1} labels, één per stap.`,
        );
      }
    }
    if (q.type === 'number') {
      if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
        at(entry, ['min'], 'Het minimum is groter dan het maximum.');
      }
      q.scoring?.ranges.forEach((r, i) => {
        if (r.min !== undefined && r.max !== undefined && r.min > r.max)
          at(entry, ['scoring', 'ranges', i], 'In dit bereik is min groter dan max.');
      });
    }
    if (q.type === 'multiple_choice') {
      const { minSelected: min, maxSelected: max } = q;
      if (min !== undefined && max !== undefined && min > max)
        at(entry, ['minSelected'], 'minSelected is groter dan maxSelected.');
      if (max !== undefined && max > q.options.length)
        at(entry, ['maxSelected'], 'maxSelected is groter dan het aantal antwoorden.');
      if (min !== undefined && min > q.options.filter((o) => !o.exclusive).length && min > 1)
        at(entry, ['minSelected'], 'Er zijn te weinig combineerbare antwoorden voor minSelected.');
    } else if ('options' in q && q.options.some((o) => o.exclusive)) {
      at(entry, ['options'], '"exclusive" kan alleen bij meerkeuzevragen.');
    }
  }
  return problems;
}

type NodeId = string;
const qNode = (id: string) => `vraag "${id}"`;
const sNode = (id: string) => `onderdeel "${id}"`;

interface Edge {
  from: NodeId;
  to: NodeId;
  /** Where the dependency is written (a condition leaf), or null for an implicit one. */
  path: string | null;
}

/**
 * Conditional logic: each condition may only read questions that exist and
 * come EARLIER (a section's condition: questions in earlier sections). Cycles
 * (a section whose condition reads one of its own questions, two questions
 * that show each other) are reported as such, with the loop spelled out.
 */
function logicProblems(d: QuestionnaireDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const index = questionIndex(d);
  const edges: Edge[] = [];
  const laterOrMissing: { edge: Edge; message: string }[] = [];

  const check = (
    condition: Condition,
    conditionPath: Path,
    from: NodeId,
    isEarlier: (target: QuestionEntry) => boolean,
    what: string,
  ) => {
    if (conditionDepth(condition) > MAX_CONDITION_DEPTH) {
      problems.push({
        path: jsonPath(conditionPath),
        message: `Deze voorwaarde is dieper genest dan ${MAX_CONDITION_DEPTH} niveaus.`,
      });
    }
    for (const leaf of conditionLeaves(condition)) {
      const path = jsonPath([...conditionPath, ...leaf.path, 'question']);
      const target = index.get(leaf.question);
      if (!target) {
        problems.push({
          path,
          message: `${what} verwijst naar vraag "${leaf.question}", maar die vraag bestaat niet.`,
        });
        continue;
      }
      const edge = { from, to: qNode(leaf.question), path };
      edges.push(edge);
      if (!isEarlier(target)) {
        laterOrMissing.push({
          edge,
          message: `${what} verwijst naar vraag "${leaf.question}", die pas later komt. Een voorwaarde mag alleen eerdere vragen gebruiken.`,
        });
      }
      problems.push(...leafTypeProblems(leaf.leaf, target.question, path));
    }
  };

  d.sections.forEach((section, i) => {
    if (section.showIf) {
      check(
        section.showIf,
        ['sections', i, 'showIf'],
        sNode(section.id),
        (t) => t.sectionIndex < i,
        `De voorwaarde van onderdeel "${section.id}"`,
      );
    }
  });
  for (const entry of flattenQuestions(d)) {
    const { question, section } = entry;
    const self = qNode(question.id);
    if (section.showIf) edges.push({ from: self, to: sNode(section.id), path: null });
    if (entry.parent) edges.push({ from: self, to: qNode(entry.parent.id), path: null });
    if (question.showIf) {
      check(
        question.showIf,
        [...entry.path, 'showIf'],
        self,
        (t) => t.order < entry.order,
        `De voorwaarde van vraag "${question.id}"`,
      );
    }
  }
  // Actions are judged after the whole questionnaire: any existing question will do.
  d.sections.forEach((section, i) => {
    for (const [j, action] of (section.actions ?? []).entries()) {
      if (action.when) {
        check(
          action.when,
          ['sections', i, 'actions', j, 'when'],
          `actie "${action.id}"`,
          () => true,
          `De voorwaarde van actie "${action.id}"`,
        );
      }
    }
  });

  const cycles = findCycles(edges);
  const inCycle = new Set<Edge>();
  for (const cycle of cycles) {
    const loop = [...cycle.map((e) => e.from), cycle[0]!.from].join(' → ');
    for (const edge of cycle) {
      inCycle.add(edge);
      if (edge.path) {
        problems.push({
          path: edge.path,
          message: `Kringverwijzing in de logica: ${loop}. Een vraag of onderdeel kan niet van zichzelf afhangen.`,
        });
      }
    }
  }
  for (const { edge, message } of laterOrMissing) {
    if (!inCycle.has(edge) && edge.path) problems.push({ path: edge.path, message });
  }
  return problems;
}

/** Every elementary cycle found by depth-first search (one per back edge), each as its edges. */
function findCycles(edges: Edge[]): Edge[][] {
  const out = new Map<NodeId, Edge[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const state = new Map<NodeId, 'active' | 'done'>();
  const stack: Edge[] = [];
  const cycles: Edge[][] = [];
  const seen = new Set<string>();
  const visit = (node: NodeId) => {
    state.set(node, 'active');
    for (const edge of out.get(node) ?? []) {
      const s = state.get(edge.to);
      if (s === 'active') {
        const start = stack.findIndex((e) => e.from === edge.to);
        const cycle = [...(start >= 0 ? stack.slice(start) : []), edge];
        const key = cycle
          .map((e) => e.from)
          .sort()
          .join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (s === undefined) {
        stack.push(edge);
        visit(edge.to);
        stack.pop();
      }
    }
    state.set(node, 'done');
  };
  for (const node of out.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

function leafTypeProblems(
  leaf: ReturnType<typeof conditionLeaves>[number]['leaf'],
  target: AnyQuestion,
  path: string,
): DefinitionProblem[] {
  const at = (message: string) => [{ path, message }];
  if ('answered' in leaf) return [];
  if (target.type === 'matrix' || target.type === 'text' || target.type === 'date') {
    return at(
      `Op vraag "${target.id}" (${target.type}) kan alleen met "answered" worden gefilterd.`,
    );
  }
  if (!('equals' in leaf) && !('in' in leaf)) {
    if (leaf.min === undefined && leaf.max === undefined)
      return at('Geef "equals", "in", "min"/"max" of "answered".');
    if (target.type !== 'number' && target.type !== 'likert')
      return at(
        `"min"/"max" werkt alleen op getal- en schaalvragen; "${target.id}" is ${target.type}.`,
      );
    return [];
  }
  const wanted = 'equals' in leaf ? [leaf.equals] : leaf.in;
  if (target.type === 'yes_no') {
    return wanted.every((w) => typeof w === 'boolean')
      ? []
      : at(`Vraag "${target.id}" is ja/nee: vergelijk met true of false.`);
  }
  if (target.type === 'single_choice' || target.type === 'multiple_choice') {
    const values = new Set(target.options.map((o) => o.value));
    const unknown = wanted.filter((w) => !values.has(String(w)));
    return unknown.length > 0
      ? at(
          `Vraag "${target.id}" heeft geen antwoord ${unknown.map((u) => `"${String(u)}"`).join(', ')}.`,
        )
      : [];
  }
  return wanted.every((w) => typeof w === 'number')
    ? []
    : at(`Vraag "${target.id}" heeft een getal als antwoord: vergelijk met een getal.`);
}

function scoringRules(d: QuestionnaireDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const scoring = d.scoring;
  const bandIds = new Set(scoring?.bands.map((b) => b.id) ?? []);
  if (scoring) {
    const bands = scoring.bands;
    if (bands[0] && bands[0].from !== 0)
      problems.push({
        path: jsonPath(['scoring', 'bands', 0, 'from']),
        message: 'De eerste band moet bij 0 beginnen.',
      });
    bands.forEach((b, i) => {
      if (b.from >= b.to)
        problems.push({
          path: jsonPath(['scoring', 'bands', i]),
          message: `Band "${b.id}": "from" moet kleiner zijn dan "to".`,
        });
      const next = bands[i + 1];
      if (next && next.from !== b.to)
        problems.push({
          path: jsonPath(['scoring', 'bands', i + 1, 'from']),
          message: `Band "${next.id}" moet beginnen waar "${b.id}" eindigt (${b.to}): geen gaten of overlap.`,
        });
    });
    const last = bands[bands.length - 1];
    if (last && last.to !== 100)
      problems.push({
        path: jsonPath(['scoring', 'bands', bands.length - 1, 'to']),
        message: 'De laatste band moet bij 100 eindigen.',
      });
    for (const id of Object.keys(scoring.totalAdvice ?? {}))
      if (!bandIds.has(id))
        problems.push({
          path: jsonPath(['scoring', 'totalAdvice', id]),
          message: `Band "${id}" bestaat niet.`,
        });
  }
  d.sections.forEach((s, i) => {
    for (const id of Object.keys(s.advice ?? {})) {
      if (!scoring)
        problems.push({
          path: jsonPath(['sections', i, 'advice']),
          message: 'Advies per band vraagt om "scoring" met banden.',
        });
      else if (!bandIds.has(id))
        problems.push({
          path: jsonPath(['sections', i, 'advice', id]),
          message: `Band "${id}" bestaat niet.`,
        });
    }
    for (const [j, a] of (s.actions ?? []).entries()) {
      for (const [k, id] of (a.bands ?? []).entries()) {
        if (!bandIds.has(id))
          problems.push({
            path: jsonPath(['sections', i, 'actions', j, 'bands', k]),
            message: `Band "${id}" bestaat niet.`,
          });
      }
    }
  });
  return problems;
}

/** Privacy combinations that would break the promise made to respondents. */
function privacyRules(d: QuestionnaireDefinition): DefinitionProblem[] {
  const p = d.privacy;
  const problems: DefinitionProblem[] = [];
  const at = (field: string, message: string) =>
    problems.push({ path: jsonPath(['privacy', field]), message });
  const closed = p.respondent === 'person' || p.respondent === 'commissioned';
  if (closed && p.answersVisibleToRoles.length > 0)
    at(
      'answersVisibleToRoles',
      'Bij een persoonlijke of vertrouwelijke vragenlijst ziet alleen wie meedoet de antwoorden: laat deze lijst leeg.',
    );
  if (closed && p.exportResponses !== 'none')
    at(
      'exportResponses',
      'Persoonlijke en vertrouwelijke antwoorden mogen niet in een export: kies "none".',
    );
  if (closed && p.benchmark.enabled)
    at('benchmark', 'Een benchmark kan alleen bij team- of anonieme vragenlijsten.');
  if (p.respondent === 'person' && p.aggregates.consent === 'implied')
    at(
      'aggregates',
      'Persoonlijke antwoorden tellen alleen mee met toestemming: kies "opt_in" of "none".',
    );
  if (p.respondent === 'commissioned' && p.aggregates.consent !== 'none')
    at('aggregates', 'Een vertrouwelijke analyse telt niet mee in overzichten: kies "none".');
  if (p.respondent === 'commissioned' && p.commissionerRoles.length === 0)
    at('commissionerRoles', 'Noem de rollen die een analyse mogen laten uitvoeren.');
  if (p.respondent !== 'commissioned' && p.commissionerRoles.length > 0)
    at('commissionerRoles', 'Alleen bij "commissioned" is een opdrachtgever nodig.');
  if (p.respondent !== 'team' && p.answersVisibleToRoles.length > 0 && !closed)
    at(
      'answersVisibleToRoles',
      'Alleen teamvragenlijsten kunnen antwoorden aan extra rollen tonen.',
    );
  if (p.aggregates.consent === 'none' && p.aggregates.visibleToRoles.length > 0)
    at(
      'aggregates',
      'Zonder overzichten ("none") kan niemand overzichten zien: laat visibleToRoles leeg.',
    );
  return problems;
}
