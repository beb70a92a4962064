import { type ApiResult, client, type FormInput, unwrap } from '../../api/client';
import type { ReportContent } from './api';
import { messageForm, reportForm } from './forms';

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

/** The receipt an anonymous reporter gets once, right after filing. */
export type AnonymousReceipt = ApiResult<
  '/api/v1/integrity/{organisationCode}/reports/with-attachments',
  'post'
>;

/** No cookies, no cache, and the receipt session (when there is one) in its header. */
function anonymous() {
  const token = receiptSession.get();
  return {
    credentials: 'omit' as const,
    cache: 'no-store' as const,
    headers: token ? { [HEADER]: token } : {},
  };
}

export const anonymousApi = {
  channel: (code: string) =>
    unwrap(
      client.GET('/api/v1/integrity/{organisationCode}/channel', {
        ...anonymous(),
        params: { path: { organisationCode: code } },
      }),
    ),
  file: (code: string, content: FormInput<ReportContent>, files: File[]) =>
    unwrap(
      client.POST('/api/v1/integrity/{organisationCode}/reports/with-attachments', {
        ...anonymous(),
        params: { path: { organisationCode: code } },
        body: reportForm(content, files),
      }),
    ),
  login: async (organisationCode: string, receipt: string) => {
    const result = await unwrap(
      client.POST('/api/v1/integrity/receipt/session', {
        ...anonymous(),
        body: { organisationCode, receipt },
      }),
    );
    receiptSession.set(result.sessionToken);
    return result;
  },
  logout: async () => {
    try {
      await unwrap(client.DELETE('/api/v1/integrity/receipt/session', anonymous()));
    } finally {
      receiptSession.clear();
    }
  },
  report: () => unwrap(client.GET('/api/v1/integrity/receipt/report', anonymous())),
  answer: (body: string, files: File[]) =>
    unwrap(
      client.POST('/api/v1/integrity/receipt/messages/with-attachments', {
        ...anonymous(),
        body: messageForm(body, files),
      }),
    ),
  /** Fetch a file with the session header and hand it to the browser as a download. */
  download: async (attachmentId: string, fileName: string) => {
    const blob = await unwrap(
      client.GET('/api/v1/integrity/receipt/attachments/{attachmentId}', {
        ...anonymous(),
        params: { path: { attachmentId } },
        parseAs: 'blob',
      }),
    );
    const url = URL.createObjectURL(blob as Blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
