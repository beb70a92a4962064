import { audit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { findMap, listDistricts, saveFigures } from '../districts.repository';
import type { FiguresBody } from '../districts.schemas';
import { parseFiguresCsv } from '../figures';
import { listDistrictsIn } from './list-districts';
import { municipalityCodeOf } from './upload-boundaries';

const refuse = (messages: string[]) =>
  new AppError('validation_failed', messages[0], {
    fields: messages.map((message) => ({ field: 'body.content', message })),
  });

/**
 * The organisation admin uploads CBS context figures by code. Every code must be a loaded wijk
 * or buurt (a wrong code is refused naming its line); the new figures replace the old ones.
 */
export async function uploadFigures(ctx: UseCaseContext, body: FiguresBody) {
  municipalityCodeOf(ctx);
  const parsed = parseFiguresCsv(body.content);
  if (!parsed.ok) throw refuse(parsed.problems.map((p) => p.message));
  return ctx.db.transaction().execute(async (trx) => {
    const org = ctx.scope.organisationId;
    if (!(await findMap(trx, org))) {
      throw new AppError(
        'conflict',
        'Laad eerst de grenzen van de wijken en buurten; daarna de kerncijfers.',
      );
    }
    const known = new Set((await listDistricts(trx, org)).map((d) => d.code));
    const unknown = parsed.lines.filter((l) => !known.has(l.code));
    if (unknown.length > 0) {
      throw refuse(
        unknown
          .slice(0, 20)
          .map(
            (l) =>
              `Regel ${l.line}: ${l.code || '(geen code)'} is geen wijk of buurt van de geladen grenzen.`,
          ),
      );
    }
    await saveFigures(trx, org, parsed.lines, body.fileName ?? null);
    await audit(trx, ctx, 'districts.figures.update', { type: 'organisation', id: org });
    return { ...(await listDistrictsIn(trx, org)), ignoredColumns: parsed.ignored };
  });
}
