import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client';
import { errorMessage, fieldKey } from '../../../../app/errors';
import type { ErrorSummaryItem } from '../../../../ui';
import { type DraftDetail, type EmailPreview, incidentsApi, type Receipt } from '../../api';
import {
  EMPTY_REPORT,
  type ReportFormState,
  reportErrorKeys,
  reportFieldId,
  today,
  toReportInput,
  withEmail,
} from './report-form';

/** Sets one field of the form. */
export type SetReportField = <K extends keyof ReportFormState>(
  key: K,
  value: ReportFormState[K],
) => void;

/** State, checks and sending of the report form; with a draft id it completes that draft. */
export function useReportForm(orgId: string, draftId: string | undefined) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DraftDetail | null>(null);
  const [draftError, setDraftError] = useState<unknown>(null);
  const [form, setForm] = useState<ReportFormState>(EMPTY_REPORT);
  const [files, setFiles] = useState<File[]>([]);
  const [eml, setEml] = useState<{ file: File; preview: EmailPreview } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  // One key per filled-in form: a double click or a retry makes one report.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const receiptHeading = useRef<HTMLHeadingElement>(null);
  const set: SetReportField = (key, value) => setForm((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    if (!draftId || !orgId) return;
    incidentsApi.draft(orgId, draftId).then((d) => {
      setDraft(d);
      setForm((f) => withEmail(f, d.text, d.email.sentAt ?? d.receivedAt));
    }, setDraftError);
  }, [orgId, draftId]);

  // Once the receipt is on screen, its heading takes focus, so screen-reader and
  // keyboard users land on the confirmation (a frame callback could run before it renders).
  useEffect(() => {
    if (receipt) receiptHeading.current?.focus();
  }, [receipt]);

  // A new summary array each time: the error summary takes focus when it has messages.
  const show = (fieldErrors: Record<string, string>, extra: ErrorSummaryItem[] = []) => {
    setErrors(fieldErrors);
    setSummary([
      ...extra,
      ...Object.entries(fieldErrors).map(([k, message]) => ({
        fieldId: reportFieldId(k),
        message,
      })),
    ]);
  };

  /** Read a chosen .eml file: the server parses it, and its facts pre-fill the form. */
  const readEml = async (file: File | undefined) => {
    if (!file) return setEml(null);
    try {
      const preview = await incidentsApi.previewEmail(orgId, file);
      setEml({ file, preview });
      setForm((f) => withEmail(f, preview.text, preview.sentAt));
      show({});
    } catch (error) {
      setEml(null);
      show({ eml: errorMessage(error) });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const keys = reportErrorKeys(form, today());
    if (Object.keys(keys).length > 0) {
      return show(Object.fromEntries(Object.entries(keys).map(([k, key]) => [k, t(key)])));
    }
    const input = toReportInput(form);
    setBusy(true);
    try {
      const result = draftId
        ? await incidentsApi.completeDraft(orgId, draftId, input, files, idempotencyKey)
        : await incidentsApi.report(
            orgId,
            input,
            eml ? [eml.file, ...files] : files,
            idempotencyKey,
          );
      setReceipt(result);
    } catch (error) {
      if (isApiError(error) && error.errors.length > 0) {
        const fe: Record<string, string> = {};
        for (const x of error.errors)
          fe[fieldKey(x.field)] ??= x.field.includes('attachments')
            ? errorMessage(error)
            : x.message;
        show(fe);
      } else {
        show({}, [{ message: errorMessage(error) }]);
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    draft,
    draftError,
    form,
    set,
    files,
    setFiles,
    eml,
    readEml,
    errors,
    summary,
    busy,
    receipt,
    receiptHeading,
    submit,
  };
}
