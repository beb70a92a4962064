/**
 * Multipart bodies of reports and messages, apart from the staff API: the anonymous pages
 * use them without downloading everything else the integrity API holds.
 */
import { formBody } from '../../api/client';

/** A message with attachments (multipart). */
export function messageForm(body: string, files: File[]) {
  const form = new FormData();
  form.append('body', body);
  for (const f of files) form.append('attachments', f, f.name);
  return formBody(form);
}

/** A report with attachments: the JSON content as the `report` field (multipart). */
export function reportForm(report: unknown, files: File[]) {
  const form = new FormData();
  form.append('report', JSON.stringify(report));
  for (const f of files) form.append('attachments', f, f.name);
  return formBody(form);
}
