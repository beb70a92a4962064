import type { ApiError } from '../../api/client';
import { networkError, problemOf, type ReportContent, type ReporterView } from './api';

/**
 * The anonymous reporter's side of the API. Every call is made WITHOUT cookies
 * (credentials: 'omit'): even someone logged in on this browser is not linked to
 * the report. The receipt session is a token in a header, kept in sessionStorage
 * (gone when the tab closes), never a cookie.
 */
const SESSION_KEY = 'weerbaar.integrity.receiptSession';
const HEADER = 'x-receipt-session';

export const receiptSession = {
  get(): string | null {
    try {
      return window.sessionStorage.getItem(SESSION_KEY);
    } catch {
      return null;
    }
  },
  set(token: string): void {
    try {
      window.sessionStorage.setItem(SESSION_KEY, token);
    } catch {
      // Without storage the reporter logs in again with the receipt; nothing breaks.
    }
  },
  clear(): void {
    try {
      window.sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // Ignore.
    }
  },
};

async function call<T>(method: string, path: string, body?: BodyInit, json = true): Promise<T> {
  const token = receiptSession.get();
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (json && body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers[HEADER] = token;
  let response: Response;
  try {
    response = await fetch(`/api/v1/integrity${path}`, {
      method,
      headers,
      body,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) throw (await problemOf(response)) as ApiError;
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export interface AnonymousReceipt {
  reference: string;
  receipt: string;
  receivedOn: string;
  acknowledgementDueOn: string;
  sessionToken: string;
}

export const anonymousApi = {
  channel: (code: string) =>
    call<{
      organisationCode: string;
      organisationName: string;
      acknowledgementDays: number;
      feedbackMonths: number;
    }>('GET', `/${encodeURIComponent(code)}/channel`),
  file: (code: string, content: ReportContent, files: File[]) => {
    const form = new FormData();
    form.append('report', JSON.stringify(content));
    for (const f of files) form.append('attachments', f, f.name);
    return call<AnonymousReceipt>(
      'POST',
      `/${encodeURIComponent(code)}/reports/with-attachments`,
      form,
      false,
    );
  },
  login: async (organisationCode: string, receipt: string) => {
    const result = await call<{ sessionToken: string; organisationName: string }>(
      'POST',
      '/receipt/session',
      JSON.stringify({ organisationCode, receipt }),
    );
    receiptSession.set(result.sessionToken);
    return result;
  },
  logout: async () => {
    try {
      await call<void>('DELETE', '/receipt/session');
    } finally {
      receiptSession.clear();
    }
  },
  report: () => call<ReporterView>('GET', '/receipt/report'),
  answer: (body: string, files: File[]) => {
    const form = new FormData();
    form.append('body', body);
    for (const f of files) form.append('attachments', f, f.name);
    return call<ReporterView>('POST', '/receipt/messages/with-attachments', form, false);
  },
  /** Fetch a file with the session header and hand it to the browser as a download. */
  download: async (attachmentId: string, fileName: string) => {
    const token = receiptSession.get();
    const response = await fetch(`/api/v1/integrity/receipt/attachments/${attachmentId}`, {
      headers: token ? { [HEADER]: token } : {},
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!response.ok) throw await problemOf(response);
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
