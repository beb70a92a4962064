import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsvRecords } from '../../platform/files/csv';
import type { OrganisationType } from '../../platform/identity';

/**
 * The official list (data/SOURCES.md): beside this module in the sources, beside the chunks in
 * the compiled server (scripts/build-server.mjs copies it).
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CANDIDATES = [
  path.join(HERE, 'data', 'official-organisations.csv'),
  path.join(HERE, 'official-organisations.csv'),
];

/** Types the official list holds; ministries (`rijk`) are added by hand. */
export const LISTED_TYPES: readonly OrganisationType[] = ['gemeente', 'provincie', 'waterschap'];

export interface OfficialOrganisation {
  type: OrganisationType;
  code: string;
  name: string;
}

let cached: OfficialOrganisation[] | null = null;

/** Every entry of the official list, read once. */
export function officialOrganisations(): OfficialOrganisation[] {
  if (cached) return cached;
  const file = CANDIDATES.find((f) => fs.existsSync(f));
  if (!file) throw new Error('official-organisations.csv is missing from the build');
  const [, ...rows] = readCsvRecords(fs.readFileSync(file, 'utf8'), ',');
  cached = rows.map(({ fields }) => ({
    type: fields[0] as OrganisationType,
    code: fields[1] ?? '',
    name: fields[2] ?? '',
  }));
  return cached;
}

/** The listed organisation with this code (exact), if any. */
export function findOfficial(code: string): OfficialOrganisation | undefined {
  return officialOrganisations().find((o) => o.code === code);
}

/** Fold case and accents, so "fryslan" finds "Súdwest-Fryslân". */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * Search by name or code: code matches and names starting with the query first, then names
 * containing it; at most `limit`.
 */
export function searchOfficial(query: string, limit: number): OfficialOrganisation[] {
  const q = fold(query.trim());
  if (!q) return officialOrganisations().slice(0, limit);
  const scored: { o: OfficialOrganisation; rank: number }[] = [];
  for (const o of officialOrganisations()) {
    const name = fold(o.name);
    const code = o.code.toLowerCase();
    const rank =
      code === q ? 0 : name.startsWith(q) || code.startsWith(q) ? 1 : name.includes(q) ? 2 : -1;
    if (rank >= 0) scored.push({ o, rank });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.o.name.localeCompare(b.o.name, 'nl'))
    .slice(0, limit)
    .map((s) => s.o);
}
