import path from 'node:path';

/**
 * The table-ownership and SQL-in-repositories rules of docs/architecture.md, as pure functions
 * over file texts so that src/architecture.test.ts can run them on the tree and on synthetic
 * violations alike. Paths are relative to src/ with forward slashes.
 */
export interface SourceText {
  path: string;
  text: string;
}

/** Kysely methods whose first argument names a table (or a CTE, or an alias). */
const TABLE_METHODS = [
  'selectFrom',
  'insertInto',
  'replaceInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'innerJoinLateral',
  'leftJoinLateral',
  'with',
  'withRecursive',
  'using',
  'table',
];
const TABLE_CALL = new RegExp(
  `\\.(${TABLE_METHODS.join('|')})\\(\\s*(\\[[^\\]]*\\]|'[^']*'|"[^"]*")`,
  'g',
);
const STRING = /'([^']*)'|"([^"]*)"/g;
/** SQL keywords after which a table name follows. */
const SQL_TABLE = /\b(?:from|join|into|update|table|using)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?/gi;
/** The building blocks of a query: only repositories may use them inside a module. */
const QUERY_BUILDER =
  /\.(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|with|withRecursive)\s*\(|\.fn\s*[.<(]|\bsql\s*(<[^`]*?>)?\s*`|\bsql\s*\.\s*(raw|ref|id|table|lit|val|join)\s*\(/g;

/** Test support beside a module's tests (factories, helpers): it sets up and inspects rows. */
export const TEST_SUPPORT = /(^|\/)test-[\w-]+\.ts$|\.test-support\.ts$/;

/**
 * Who owns a file's queries: `modules/<name>` for a module, `platform` for src/platform, null
 * for everything else (the database layer, the CLI, test support), which the rules leave alone.
 */
export function ownerOf(file: string): string | null {
  const mod = file.match(/^modules\/([^/]+)\//);
  if (mod) return `modules/${mod[1]}`;
  if (file.startsWith('platform/')) return 'platform';
  return null;
}

/** Line number (1-based) of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Strips comments so that prose naming a table or a method is not taken for a query. */
function withoutComments(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(
      /(^|[^:\\])(\/\/[^\n]*)/gm,
      (_m, pre: string, comment: string) => pre + blank(comment),
    );
}

/**
 * The table names each owner declares: the properties of every interface whose name ends in
 * `Tables` in a `*.tables.ts` file. An interface that only extends others declares nothing itself.
 */
export function declaredTables(tableFiles: SourceText[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const { path: file, text } of tableFiles) {
    const owner = ownerOf(file);
    if (!owner) continue;
    for (const m of withoutComments(text).matchAll(
      /export\s+interface\s+\w+Tables\b[^{]*\{([^}]*)\}/g,
    )) {
      for (const prop of m[1]!.matchAll(/^\s*['"]?(\w+)['"]?\s*:/gm)) {
        const table = prop[1]!;
        const previous = owners.get(table);
        if (previous && previous !== owner)
          throw new Error(`${table} is declared by both ${previous} and ${owner}`);
        owners.set(table, owner);
      }
    }
  }
  return owners;
}

/** The `sql` tagged templates of a file, with their offsets (nested `${…}` skipped). */
function sqlTemplates(text: string): { offset: number; body: string }[] {
  const out: { offset: number; body: string }[] = [];
  for (const m of text.matchAll(/\bsql\s*(?:<[^`]*?>)?\s*`/g)) {
    let i = m.index! + m[0].length;
    let body = '';
    let depth = 0;
    for (; i < text.length; i++) {
      const c = text[i];
      if (depth === 0 && c === '`') break;
      if (depth === 0 && c === '$' && text[i + 1] === '{') {
        depth = 1;
        i++;
        body += ' ';
        continue;
      }
      if (depth > 0) {
        if (c === '{') depth++;
        else if (c === '}') depth--;
        continue;
      }
      body += c;
    }
    out.push({ offset: m.index!, body });
  }
  return out;
}

/** Every table a file's queries name, with the line they are on. */
export function tablesQueried(text: string): { table: string; line: number }[] {
  const code = withoutComments(text);
  const found: { table: string; line: number }[] = [];
  for (const m of code.matchAll(TABLE_CALL)) {
    for (const s of m[2]!.matchAll(STRING)) {
      const name = (s[1] ?? s[2] ?? '').trim().split(/\s+/)[0];
      if (name) found.push({ table: name, line: lineOf(code, m.index!) });
    }
  }
  for (const t of sqlTemplates(code))
    for (const m of t.body.matchAll(SQL_TABLE))
      found.push({ table: m[1]!.toLowerCase(), line: lineOf(code, t.offset) });
  return found;
}

/** Query sites that name a table another owner declares. */
export function tableOwnershipViolations(
  files: SourceText[],
  owners: Map<string, string>,
): string[] {
  const violations: string[] = [];
  for (const { path: file, text } of files) {
    const owner = ownerOf(file);
    if (!owner) continue;
    for (const { table, line } of tablesQueried(text)) {
      const tableOwner = owners.get(table);
      // Names nobody declares are CTEs and aliases of the query itself.
      if (tableOwner && tableOwner !== owner)
        violations.push(`${file}:${line} queries ${table} (owned by ${tableOwner})`);
    }
  }
  return violations;
}

/** Module files that hold SQL although they are not repositories. */
export function sqlOutsideRepositories(files: SourceText[]): string[] {
  const violations: string[] = [];
  for (const { path: file, text } of files) {
    if (!file.startsWith('modules/')) continue;
    if (/\.repository\.ts$/.test(path.basename(file)) || TEST_SUPPORT.test(file)) continue;
    const code = withoutComments(text);
    for (const m of code.matchAll(QUERY_BUILDER))
      violations.push(`${file}:${lineOf(code, m.index!)} ${m[0].replace(/\s+/g, ' ').trim()}`);
  }
  return violations;
}
