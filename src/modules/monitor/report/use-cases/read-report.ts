import { auditSeparately } from '../../../../platform/audit/audit';
import { notFound } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { findPublication } from '../publications.repository';
import { renderReportHtml } from '../report-html';
import type { ReportContent } from '../report-model';
import { renderReportPdf } from '../report-pdf';

/** A publication of this organisation (readable by researchers and national analysts), or 404. */
export async function readReport(
  ctx: UseCaseContext,
  reportId: string,
  format: 'json' | 'html' | 'pdf',
) {
  const { db, scope, origin } = ctx;
  const row = await findPublication(db, scope.organisationId, reportId);
  if (!row) throw notFound('Dit rapport');
  await auditSeparately(db, { ...scope, origin }, `monitor.report.read_${format}`, {
    type: 'monitor_publication',
    id: reportId,
  });
  const content = row.content as ReportContent;
  if (format === 'html') return { row, body: renderReportHtml(content) };
  if (format === 'pdf') return { row, body: await renderReportPdf(content) };
  return { row, body: content };
}
