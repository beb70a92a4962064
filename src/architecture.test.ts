import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  declaredTables,
  type SourceText,
  sqlOutsideRepositories,
  tableOwnershipViolations,
} from './test/architecture-rules';

/** The dependency rules of docs/architecture.md, held by a test instead of prose. */
const SRC = path.resolve('src');
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (spec?.startsWith('.')) out.push(path.resolve(path.dirname(file), spec));
  }
  return out;
}

const rel = (p: string) => path.relative(SRC, p).split(path.sep).join('/');
const files = sourceFiles(SRC).filter((f) => !f.endsWith('.test.ts'));
const texts: SourceText[] = files.map((f) => ({ path: rel(f), text: fs.readFileSync(f, 'utf8') }));
const owners = declaredTables(texts.filter((t) => t.path.endsWith('.tables.ts')));

describe('architecture', () => {
  it('lets modules use another module only through its index.ts', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = rel(file).match(/^modules\/([^/]+)\//)?.[1];
      for (const target of importsOf(file)) {
        const t = rel(target);
        const to = t.match(/^modules\/([^/]+)\/(.*)$/);
        if (!to || to[1] === from) continue;
        // The database type is the union of every module's table types.
        if (rel(file) === 'db/schema.ts' && to[2]!.endsWith('.tables')) continue;
        if (to[2] !== 'index' && to[2] !== 'index.ts') violations.push(`${rel(file)} -> ${t}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps the platform free of domain modules', () => {
    const violations = files
      .filter((f) => rel(f).startsWith('platform/'))
      .flatMap((f) =>
        importsOf(f)
          .filter((t) => rel(t).startsWith('modules/'))
          .map((t) => `${rel(f)} -> ${rel(t)}`),
      );
    expect(violations).toEqual([]);
  });

  it('keeps statistics pure: src/stats imports nothing else of ours and does no I/O', () => {
    const violations: string[] = [];
    for (const f of files.filter(
      (x) => rel(x).startsWith('stats/') && !rel(x).startsWith('stats/cli/'),
    )) {
      for (const t of importsOf(f))
        if (!rel(t).startsWith('stats/')) violations.push(`${rel(f)} -> ${rel(t)}`);
      if (/from ['"]node:(fs|net|http|child_process)['"]/.test(fs.readFileSync(f, 'utf8')))
        violations.push(`${rel(f)} does I/O`);
    }
    expect(violations).toEqual([]);
  });

  it('reads process.env only in config.ts, the CLI entry and test support', () => {
    const allowed = /^(config\.ts|cli\.ts|test\/|stats\/cli\/)/;
    const violations = files
      .filter((f) => !allowed.test(rel(f)))
      .filter((f) => /process\.env/.test(fs.readFileSync(f, 'utf8')))
      .map(rel);
    expect(violations).toEqual([]);
  });

  it('lets a module query only the tables its *.tables.ts declares, the platform only its own', () => {
    // A sanity floor: the checker found the owners (identity is the platform's, ADR 0024).
    expect(owners.get('person')).toBe('platform');
    expect(owners.get('incident')).toBe('modules/incidents');
    expect(tableOwnershipViolations(texts, owners)).toEqual([]);
  });

  it('reports a query site that names a table of another owner, in every form the rule covers', () => {
    const snippet = [
      "db.selectFrom('incident').innerJoin('person as p', 'p.id', 'incident.author_id');",
      'db.leftJoin(',
      "  'membership',",
      ');',
      "db.insertInto('mail_log').values(x);",
      "db.selectFrom(['incident', 'organisation']);",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a tagged template
      'sql`select 1 from audit_event a join ${t} using (id)`;',
      "// db.selectFrom('person') in a comment is prose, not a query",
    ].join('\n');
    expect(
      tableOwnershipViolations(
        [{ path: 'modules/incidents/x.repository.ts', text: snippet }],
        owners,
      ),
    ).toEqual([
      'modules/incidents/x.repository.ts:1 queries person (owned by platform)',
      'modules/incidents/x.repository.ts:2 queries membership (owned by platform)',
      'modules/incidents/x.repository.ts:5 queries mail_log (owned by platform)',
      'modules/incidents/x.repository.ts:6 queries organisation (owned by platform)',
      'modules/incidents/x.repository.ts:7 queries audit_event (owned by platform)',
    ]);
    expect(
      tableOwnershipViolations(
        [{ path: 'platform/auth/x.ts', text: "db.selectFrom('incident_draft as d')" }],
        owners,
      ),
    ).toEqual(['platform/auth/x.ts:1 queries incident_draft (owned by modules/incidents)']);
  });

  it('keeps SQL of modules in *.repository.ts files (test support aside; demo seeders too)', () => {
    expect(sqlOutsideRepositories(texts)).toEqual([]);
  });

  it('reports query builders and sql templates in a module file that is no repository', () => {
    const snippet = [
      "const row = await trx.selectFrom('incident').selectAll().executeTakeFirst();",
      'const n = await db',
      '  .with(',
      "    'x', (qb) => qb)",
      'const c = eb.fn.countAll<number>();',
      'const q = sql<number>`select 1`;',
    ].join('\n');
    const found = sqlOutsideRepositories([
      { path: 'modules/incidents/use-cases/x.ts', text: snippet },
      { path: 'modules/incidents/incidents.demo.ts', text: "db.deleteFrom('incident')" },
      { path: 'modules/incidents/x.repository.ts', text: snippet },
      { path: 'modules/incidents/test-helpers.ts', text: snippet },
    ]);
    expect(found.map((v) => v.split(' ')[0])).toEqual([
      'modules/incidents/use-cases/x.ts:1',
      'modules/incidents/use-cases/x.ts:3',
      'modules/incidents/use-cases/x.ts:5',
      'modules/incidents/use-cases/x.ts:6',
      'modules/incidents/incidents.demo.ts:1',
    ]);
  });

  it('lets everything outside src/platform/identity use identity only through its index.ts', () => {
    const violations: string[] = [];
    for (const file of files) {
      if (rel(file).startsWith('platform/identity/')) continue;
      for (const target of importsOf(file)) {
        const t = rel(target);
        // The database type is the union of every part's table types.
        if (rel(file) === 'db/schema.ts' && t === 'platform/identity/identity.tables') continue;
        if (t.startsWith('platform/identity/')) violations.push(`${rel(file)} -> ${t}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
