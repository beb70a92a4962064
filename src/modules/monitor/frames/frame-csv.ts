import { parseCsv } from '../imports/csv';
import { ImportError, type ImportIssue, issue } from '../imports/import-issue';
import { MAX_REPORTED_ERRORS, MAX_STRATA } from '../monitor.constants';
import type { Layer, Population, StratumRole } from '../monitor.tables';
import {
  LAYER_LABELS,
  POPULATION_LABELS,
  parseLayer,
  parseRole,
  populationOfRole,
  ROLE_LABELS,
  ROLES_BY_LAYER,
} from '../monitor.vocabulary';

/** One stratum of a sampling frame as read from a file. */
export interface FrameStratum {
  code: string;
  layer: Layer;
  role: StratumRole;
  sizeClass: string;
  populationCount: number;
  sampleSize: number | null;
}

/** Accepted header names per field (Dutch first). */
const COLUMNS = {
  code: ['code', 'stratum'],
  layer: ['bestuurslaag', 'laag', 'layer'],
  role: ['functie', 'rol', 'role'],
  sizeClass: ['grootteklasse', 'grootte', 'size_class', 'sizeclass'],
  population: ['populatie', 'aantal', 'population', 'population_count'],
  sampleSize: ['steekproef', 'benaderd', 'sample_size'],
} as const;

/** Size class used when a layer has no size classes (or the cell is blank). */
export const ALL_SIZES = 'alle';

/** A stable, readable stratum code from its parts: gemeente-raadslid-g4. */
export function stratumCode(layer: Layer, role: StratumRole, sizeClass: string): string {
  return [LAYER_LABELS[layer].nl, ROLE_LABELS[role].nl, sizeClass]
    .join('-')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function columnOf(header: string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

/**
 * Read a sampling frame: one line per stratum with government layer, role,
 * size class and population count (optionally a code and the number of people
 * approached). Every problem names its line and column; nothing is partial.
 */
export function parseFrameCsv(bytes: Uint8Array, population: Population): FrameStratum[] {
  const table = parseCsv(bytes);
  const idx = {
    code: columnOf(table.header, COLUMNS.code),
    layer: columnOf(table.header, COLUMNS.layer),
    role: columnOf(table.header, COLUMNS.role),
    sizeClass: columnOf(table.header, COLUMNS.sizeClass),
    population: columnOf(table.header, COLUMNS.population),
    sampleSize: columnOf(table.header, COLUMNS.sampleSize),
  };
  const missing: ImportIssue[] = [];
  for (const field of ['layer', 'role', 'population'] as const) {
    if (idx[field] < 0) {
      missing.push(
        issue(
          1,
          COLUMNS[field][0],
          `deze kolom ontbreekt in de kopregel (gevonden: ${table.header.join(', ')}). ` +
            `Gebruik de kolommen ${COLUMNS.layer[0]}, ${COLUMNS.role[0]}, ${COLUMNS.sizeClass[0]} en ${COLUMNS.population[0]}.`,
        ),
      );
    }
  }
  if (missing.length > 0) throw new ImportError(missing);
  if (table.records.length > MAX_STRATA) {
    throw new ImportError([
      issue(
        null,
        null,
        `Het kader heeft ${table.records.length} strata; het maximum is ${MAX_STRATA}.`,
      ),
    ]);
  }

  const issues: ImportIssue[] = [];
  const add = (line: number, column: string, what: string) => {
    if (issues.length < MAX_REPORTED_ERRORS) issues.push(issue(line, column, what));
  };
  const name = (i: number) => table.header[i]!;
  const strata: FrameStratum[] = [];
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const cell = (i: number) => (i >= 0 ? record.fields[i]!.trim() : '');
    const layer = parseLayer(cell(idx.layer));
    if (!layer) {
      add(
        record.line,
        name(idx.layer),
        `"${cell(idx.layer)}" is geen bestuurslaag. Gebruik gemeente, provincie, waterschap of rijk.`,
      );
      continue;
    }
    const role = parseRole(cell(idx.role));
    if (!role) {
      add(
        record.line,
        name(idx.role),
        `"${cell(idx.role)}" is geen bekende functie, zoals raadslid, wethouder, burgemeester, statenlid of ambtenaar.`,
      );
      continue;
    }
    if (!ROLES_BY_LAYER[layer].includes(role)) {
      add(
        record.line,
        name(idx.role),
        `de functie ${ROLE_LABELS[role].nl.toLowerCase()} bestaat niet bij de bestuurslaag ${LAYER_LABELS[layer].nl.toLowerCase()}.`,
      );
      continue;
    }
    if (populationOfRole(role) !== population) {
      add(
        record.line,
        name(idx.role),
        `de functie ${ROLE_LABELS[role].nl.toLowerCase()} hoort niet bij de populatie van deze meting (${POPULATION_LABELS[population].nl.toLowerCase()}).`,
      );
      continue;
    }
    const sizeClass = cell(idx.sizeClass) || ALL_SIZES;
    if (sizeClass.length > 40) {
      add(record.line, name(idx.sizeClass), 'de grootteklasse is langer dan 40 tekens.');
      continue;
    }
    const populationText = cell(idx.population);
    const count = Number(populationText.replace(/\./g, ''));
    if (!/^\d[\d.]*$/.test(populationText) || !Number.isInteger(count) || count <= 0) {
      add(
        record.line,
        name(idx.population),
        `"${populationText}" is geen aantal groter dan 0. Vul het aantal personen in dit stratum in.`,
      );
      continue;
    }
    let sampleSize: number | null = null;
    if (idx.sampleSize >= 0 && cell(idx.sampleSize) !== '') {
      sampleSize = Number(cell(idx.sampleSize));
      if (!Number.isInteger(sampleSize) || sampleSize < 0 || sampleSize > count) {
        add(
          record.line,
          name(idx.sampleSize),
          `"${cell(idx.sampleSize)}" is geen aantal tussen 0 en de populatie (${count}).`,
        );
        continue;
      }
    }
    const code = (cell(idx.code) || stratumCode(layer, role, sizeClass)).toLowerCase();
    if (!/^[a-z0-9][a-z0-9._-]{0,79}$/.test(code)) {
      add(
        record.line,
        name(idx.code),
        `de code "${code}" mag alleen letters, cijfers, punt, streepje en liggend streepje bevatten.`,
      );
      continue;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      add(
        record.line,
        idx.code >= 0 ? name(idx.code) : name(idx.role),
        `het stratum "${code}" staat ook al op regel ${earlier}. Geef elk stratum één regel.`,
      );
      continue;
    }
    seen.set(code, record.line);
    strata.push({ code, layer, role, sizeClass, populationCount: count, sampleSize });
  }
  if (issues.length > 0) throw new ImportError(issues);
  if (strata.length === 0)
    throw new ImportError([issue(null, null, 'Het kader bevat geen strata.')]);
  return strata;
}
