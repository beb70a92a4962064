import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { AppError, notFound } from '../../../platform/errors/app-error';
import { readUpload } from '../../../platform/files/single-upload';
import { scopeOf } from '../../../platform/http/scope';
import { requestContext } from '../../../platform/use-case';
import { IMPORT_UPLOAD_LIMIT_BYTES } from '../monitor.constants';
import { canRunMonitor } from '../monitor.policy';
import { presentImport } from '../monitor.presenter';
import { ImportParams, ImportStatus, WaveParams } from '../monitor.schemas';
import { requireWave } from '../waves/load-wave';
import { findImport, listImports } from './imports.repository';
import type { MicrodataMapping } from './map-microdata';
import { startImport } from './use-cases/start-import';

const tags = ['monitor'];
const Column = z.string().trim().min(1).max(64);

/** The form fields that go with an uploaded microdata file. */
const MappingFields = z
  .object({
    stratumColumn: Column.default('stratum').describe('Column with the stratum code'),
    weightColumn: Column.optional().describe(
      'Column with the weight (default: the .sav weight variable, weight or gewicht)',
    ),
    genderColumn: Column.optional().describe('Column with gender (man/vrouw/anders), optional'),
    indicatorColumns: z
      .string()
      .max(4000)
      .optional()
      .describe('JSON {indicatorKey: column}; default: columns named like an indicator'),
  })
  .strict();

function parseMapping(fields: Record<string, string>): MicrodataMapping {
  const cleaned = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''));
  const parsed = MappingFields.safeParse(cleaned);
  if (!parsed.success) {
    throw new AppError('validation_failed', 'Eén of meer velden zijn niet goed ingevuld.', {
      fields: parsed.error.issues.map((i) => ({
        field: `body.${i.path.join('.') || 'form'}`,
        message: i.message,
      })),
    });
  }
  let indicatorColumns: Record<string, string> | null = null;
  if (parsed.data.indicatorColumns) {
    try {
      indicatorColumns = z
        .record(z.string(), Column)
        .parse(JSON.parse(parsed.data.indicatorColumns));
    } catch {
      throw new AppError(
        'validation_failed',
        'De koppeling van indicatoren is geen geldige JSON.',
        {
          fields: [{ field: 'body.indicatorColumns', message: 'verwacht {"indicator": "kolom"}' }],
        },
      );
    }
  }
  return {
    stratumColumn: parsed.data.stratumColumn,
    weightColumn: parsed.data.weightColumn ?? null,
    genderColumn: parsed.data.genderColumn ?? null,
    indicatorColumns,
  };
}

/** Importing existing microdata (CSV, SPSS .sav) with progress. */
export async function importsRoutes(scoped: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const s = scoped.withTypeProvider<ZodTypeProvider>();
  const run = { policy: canRunMonitor, denyAs: 403 as const };

  s.post(
    '/monitor/waves/:waveId/imports',
    {
      schema: {
        tags,
        summary: 'Import microdata (CSV or SPSS .sav) into a wave',
        description:
          'Multipart: "file" plus the fields stratumColumn, weightColumn, genderColumn, indicatorColumns. The file and mapping are checked at once (400 naming line/case and column); rows are checked and stored by a job: poll GET /monitor/imports/{id}. All or nothing.',
        consumes: ['multipart/form-data'],
        params: WaveParams,
        response: { 202: ImportStatus },
      },
      config: run,
    },
    async (request, reply) => {
      const upload = await readUpload(request, IMPORT_UPLOAD_LIMIT_BYTES);
      const row = await startImport(
        requestContext(deps, request),
        request.params.waveId,
        upload.bytes,
        parseMapping(upload.fields),
      );
      return reply.status(202).send(presentImport(row));
    },
  );

  s.get(
    '/monitor/waves/:waveId/imports',
    {
      schema: {
        tags,
        summary: 'Imports of a wave',
        params: WaveParams,
        response: { 200: z.array(ImportStatus) },
      },
      config: run,
    },
    async (request) => {
      const scope = scopeOf(request);
      await requireWave(db, scope.organisationId, request.params.waveId);
      return (await listImports(db, scope.organisationId, request.params.waveId)).map(
        presentImport,
      );
    },
  );

  s.get(
    '/monitor/imports/:importId',
    {
      schema: {
        tags,
        summary: 'Progress and result of an import',
        params: ImportParams,
        response: { 200: ImportStatus },
      },
      config: run,
    },
    async (request) => {
      const row = await findImport(db, scopeOf(request).organisationId, request.params.importId);
      if (!row) throw notFound('Deze import');
      return presentImport(row);
    },
  );
}
