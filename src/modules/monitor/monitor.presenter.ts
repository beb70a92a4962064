import type { ImportIssue } from './imports/import-issue';
import type {
  ImportRow,
  IndicatorRow,
  PublicationRow,
  StratumRow,
  WaveRow,
} from './monitor.tables';
import { POPULATION_LABELS } from './monitor.vocabulary';
import { nextStatuses, STATUS_LABELS } from './waves/wave-status';

export function presentWave(row: WaveRow) {
  return {
    id: row.id,
    year: row.year,
    population: row.population,
    populationLabel: POPULATION_LABELS[row.population].nl,
    title: row.title,
    questionnaireKey: row.questionnaire_key,
    fieldStart: row.field_start,
    fieldEnd: row.field_end,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status].nl,
    synthetic: row.synthetic,
    minCellSize: row.min_cell_size,
    nextStatuses: [...nextStatuses(row.status)],
  };
}

export function presentStratum(row: StratumRow) {
  return {
    code: row.code,
    layer: row.layer,
    role: row.role,
    sizeClass: row.size_class,
    populationCount: row.population_count,
    sampleSize: row.sample_size,
  };
}

export function presentImport(row: Omit<ImportRow, 'file_enc' | 'mapping' | 'created_by'>) {
  const errors = (row.errors ?? {}) as { issues?: ImportIssue[]; more?: number };
  const total = row.total_rows ?? 0;
  const percent =
    row.status === 'done'
      ? 100
      : row.phase === 'saving'
        ? 95
        : total > 0
          ? Math.floor((90 * row.processed_rows) / total)
          : 0;
  return {
    id: row.id,
    waveId: row.wave_id,
    format: row.format,
    status: row.status,
    phase: row.phase,
    processedRows: row.processed_rows,
    totalRows: row.total_rows,
    percent,
    importedRows: row.imported_rows,
    issues: (errors.issues ?? []).map((i) => ({
      line: i.line,
      column: i.column,
      message: i.message,
    })),
    moreIssues: errors.more ?? 0,
    notes: (row.notes as string[] | null) ?? [],
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function presentIndicator(row: IndicatorRow) {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    questions: row.questions,
    condition: row.condition,
    baseCondition: row.base_condition ?? null,
    baseLabel: row.base_label,
    comparabilityKey: row.comparability_key,
    comparabilityNote: row.comparability_note,
    sortOrder: row.sort_order,
  };
}

export function presentPublication(
  row: Omit<PublicationRow, 'content'> & {
    year: number;
    population: WaveRow['population'];
    synthetic: boolean;
  },
) {
  return {
    id: row.id,
    waveId: row.wave_id,
    title: row.title,
    year: row.year,
    population: row.population,
    synthetic: row.synthetic,
    publishedAt: new Date(row.published_at).toISOString(),
  };
}

/** JSON cannot carry NaN or Infinity: undefined numbers become null. */
export function finiteNumbers<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)),
  );
}
