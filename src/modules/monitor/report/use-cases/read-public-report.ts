import type { Db } from '../../../../db/database';
import { notFound } from '../../../../platform/errors/app-error';
import { organisationName } from '../../../../platform/identity';
import { findPublishedReport, listAllPublications } from '../publications.repository';
import { renderReportHtml } from '../report-html';
import type { ReportContent } from '../report-model';
import { renderReportPdf } from '../report-pdf';

/**
 * Published reports are public documents: anyone may read them without logging in. They
 * hold only the disclosure-controlled figures that publishing put into them, so reading
 * one is not audited as a case read would be.
 */
export async function listPublicReports(db: Db) {
  const rows = await listAllPublications(db);
  const names = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.organisation_id)))
    names.set(id, (await organisationName(db, id)) ?? '');
  return rows.map((row) => ({ row, organisationName: names.get(row.organisation_id) ?? '' }));
}

export async function readPublicReport(db: Db, reportId: string, format: 'json' | 'html' | 'pdf') {
  const row = await findPublishedReport(db, reportId);
  if (!row) throw notFound('Dit rapport');
  const content = row.content as ReportContent;
  const organisation = (await organisationName(db, row.organisation_id)) ?? '';
  if (format === 'html') return { row, organisation, body: renderReportHtml(content) };
  if (format === 'pdf') return { row, organisation, body: await renderReportPdf(content) };
  return { row, organisation, body: content };
}
