import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  type ErrorSummaryItem,
  Fieldset,
  FieldsetLegend,
  FormField,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  SelectField,
  SelectOption,
  TextareaField,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import {
  type DraftDetail,
  type EmailPreview,
  incidentsApi,
  type Receipt,
  type ReportInput,
} from '../api';
import { CheckboxField, ChoiceGroup } from '../components/ChoiceGroup';
import { DraftEvidence, IntakeHint } from '../components/DraftEvidence';
import { AttachmentTable } from '../components/Hashes';
import { fieldKey, useOrgId } from '../components/useOrg';
import {
  ACCEPT,
  CHANNELS,
  IMPACTS,
  KINDS,
  LOCATIONS,
  PERPETRATOR_TYPES,
  REPORTER_GROUPS,
  TARGETS,
} from '../vocabulary';

const ID = (name: string) => `report-${name}`;
const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
const dayOf = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' }) : '';

interface FormState {
  reporterGroup: string;
  target: string;
  victimName: string;
  contactPhone: string;
  kinds: string[];
  narrative: string;
  occurredOn: string;
  occurredTime: string;
  location: string;
  locationDetail: string;
  channel: string;
  perpetratorKnown: string;
  perpetratorType: string;
  perpetratorRepeat: boolean;
  perpetratorDescription: string;
  impacts: string[];
  witnesses: boolean;
  witnessDetails: string;
  policeCalled: boolean;
}

const EMPTY: FormState = {
  reporterGroup: '',
  target: 'self',
  victimName: '',
  contactPhone: '',
  kinds: [],
  narrative: '',
  occurredOn: '',
  occurredTime: '',
  location: '',
  locationDetail: '',
  channel: '',
  perpetratorKnown: '',
  perpetratorType: '',
  perpetratorRepeat: false,
  perpetratorDescription: '',
  impacts: [],
  witnesses: false,
  witnessDetails: '',
  policeCalled: false,
};

/**
 * The report form: one calm page in fieldsets, usable by keyboard and on a phone. At
 * /meldingen/concept/:draftId it completes a forwarded e-mail, pre-filled from it.
 */
export function ReportFormPage() {
  const { t } = useTranslation();
  const { draftId } = useParams();
  const title = draftId ? t('incidents.draftTitle') : t('incidents.newTitle');
  usePageTitle(title);
  const orgId = useOrgId();
  const [draft, setDraft] = useState<DraftDetail | null>(null);
  const [draftError, setDraftError] = useState<unknown>(null);
  const [form, setForm] = useState<FormState>(EMPTY);
  const [files, setFiles] = useState<File[]>([]);
  const [eml, setEml] = useState<{ file: File; preview: EmailPreview } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  // One key per filled-in form: a double click or a retry makes one report.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const receiptHeading = useRef<HTMLHeadingElement>(null);
  const v = (value: string) => t(`incidents.value.${value}`);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    if (!draftId || !orgId) return;
    incidentsApi.draft(orgId, draftId).then((d) => {
      setDraft(d);
      setForm((f) => ({
        ...f,
        channel: 'email',
        location: f.location || 'online',
        narrative: f.narrative || d.text,
        occurredOn: f.occurredOn || dayOf(d.email.sentAt ?? d.receivedAt),
      }));
    }, setDraftError);
  }, [orgId, draftId]);

  const show = (fieldErrors: Record<string, string>, extra: ErrorSummaryItem[] = []) => {
    setErrors(fieldErrors);
    setSummary([
      ...extra,
      ...Object.entries(fieldErrors).map(([k, message]) => ({ fieldId: ID(k), message })),
    ]);
  };

  const validate = () => {
    const e: Record<string, string> = {};
    if (!form.reporterGroup) e.reporterGroup = t('incidents.errors.reporterGroup');
    if (form.kinds.length === 0) e.kinds = t('incidents.errors.kinds');
    if (!form.narrative.trim()) e.narrative = t('incidents.errors.narrative');
    if (!form.occurredOn) e.occurredOn = t('incidents.errors.occurredOn');
    else if (form.occurredOn > today()) e.occurredOn = t('incidents.errors.occurredOnFuture');
    if (!form.location) e.location = t('incidents.errors.location');
    if (!form.channel) e.channel = t('incidents.errors.channel');
    if (!form.perpetratorKnown) e.perpetratorKnown = t('incidents.errors.perpetratorKnown');
    return e;
  };

  const readEml = async (file: File | undefined) => {
    if (!file) return setEml(null);
    try {
      const preview = await incidentsApi.previewEmail(orgId, file);
      setEml({ file, preview });
      setForm((f) => ({
        ...f,
        channel: 'email',
        location: f.location || 'online',
        narrative: f.narrative || preview.text,
        occurredOn:
          f.occurredOn ||
          (preview.sentAt
            ? new Date(preview.sentAt).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' })
            : ''),
      }));
      show({});
    } catch (error) {
      setEml(null);
      show({ eml: errorMessage(error) });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const e = validate();
    if (Object.keys(e).length > 0) return show(e);
    const input: ReportInput = {
      reporterGroup: form.reporterGroup,
      target: form.target,
      victimName: form.target === 'self' ? undefined : form.victimName || undefined,
      contactPhone: form.contactPhone || undefined,
      occurredOn: form.occurredOn,
      occurredTime: form.occurredTime || undefined,
      location: form.location,
      locationDetail: form.locationDetail || undefined,
      channel: form.channel,
      kinds: form.kinds,
      narrative: form.narrative,
      perpetratorKnown: form.perpetratorKnown === 'yes',
      perpetratorType: form.perpetratorType || undefined,
      perpetratorRepeat: form.perpetratorRepeat,
      perpetratorDescription: form.perpetratorDescription || undefined,
      impacts: form.impacts,
      witnesses: form.witnesses,
      witnessDetails: form.witnesses ? form.witnessDetails || undefined : undefined,
      policeCalled: form.policeCalled,
    };
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
      requestAnimationFrame(() => receiptHeading.current?.focus());
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

  if (receipt) {
    return (
      <>
        <Heading level={1} ref={receiptHeading} tabIndex={-1}>
          {t('incidents.receiptTitle')}
        </Heading>
        <Alert type="ok" role="status">
          <Paragraph>{t('incidents.receiptText', { reference: receipt.reference })}</Paragraph>
        </Alert>
        {receipt.attachments.length > 0 ? (
          <>
            <Paragraph>{t('incidents.receiptHashes')}</Paragraph>
            <AttachmentTable files={receipt.attachments} />
          </>
        ) : null}
        <Paragraph>
          <RouterLink to="/meldingen/mijn">{t('incidents.toMyReports')}</RouterLink>
        </Paragraph>
      </>
    );
  }

  if (draftError) {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Alert type="error">
          <Paragraph>{errorMessage(draftError)}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to="/meldingen/mijn">{t('incidents.toMyReports')}</RouterLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('incidents.newIntro')}</Paragraph>
      <Alert type="info">
        <Paragraph>{t('common.emergency')}</Paragraph>
      </Alert>
      <ErrorSummary errors={summary} />
      <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
        <Fieldset>
          <FieldsetLegend>
            <Heading level={2}>{t('incidents.aboutYou')}</Heading>
          </FieldsetLegend>
          <ChoiceGroup
            id={ID('reporterGroup')}
            legend={`${t('incidents.reporterGroup')} ${t('incidents.required')}`}
            options={REPORTER_GROUPS}
            labelOf={v}
            value={form.reporterGroup}
            error={errors.reporterGroup}
            onChange={(x) => set('reporterGroup', x as string)}
          />
          <ChoiceGroup
            id={ID('target')}
            legend={t('incidents.target')}
            options={TARGETS}
            labelOf={v}
            value={form.target}
            error={errors.target}
            onChange={(x) => set('target', x as string)}
          />
          {form.target !== 'self' ? (
            <TextField
              id={ID('victimName')}
              label={`${t('incidents.victimName')} ${t('incidents.optional')}`}
              value={form.victimName}
              error={errors.victimName}
              onChange={(e) => set('victimName', e.target.value)}
            />
          ) : null}
          <TextField
            id={ID('contactPhone')}
            type="tel"
            autoComplete="tel"
            label={`${t('incidents.contactPhone')} ${t('incidents.optional')}`}
            value={form.contactPhone}
            error={errors.contactPhone}
            onChange={(e) => set('contactPhone', e.target.value)}
          />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>
            <Heading level={2}>{t('incidents.what')}</Heading>
          </FieldsetLegend>
          <ChoiceGroup
            id={ID('kinds')}
            multiple
            legend={`${t('incidents.kinds')} ${t('incidents.required')}`}
            description={t('incidents.kindsHint')}
            options={KINDS}
            labelOf={v}
            value={form.kinds}
            error={errors.kinds}
            onChange={(x) => set('kinds', x as string[])}
          />
          {draftId ? (
            draft ? (
              <DraftEvidence orgId={orgId} draft={draft} />
            ) : null
          ) : (
            <>
              <FormField
                id={ID('eml')}
                label={`${t('incidents.emlFile')} ${t('incidents.optional')}`}
                description={t('incidents.emlHint')}
                error={errors.eml}
              >
                {({ invalid, ...a11y }) => (
                  <input
                    {...a11y}
                    aria-invalid={invalid || undefined}
                    className="utrecht-textbox weerbaar-file"
                    type="file"
                    accept=".eml,message/rfc822"
                    onChange={(e) => void readEml(e.target.files?.[0])}
                  />
                )}
              </FormField>
              {eml ? (
                <Alert type="info" role="status">
                  <Paragraph>
                    {t('incidents.emlRead', {
                      sender: eml.preview.senderName || eml.preview.senderAddress || '?',
                      subject: eml.preview.subject ?? '',
                    })}
                  </Paragraph>
                </Alert>
              ) : null}
              <IntakeHint orgId={orgId} />
            </>
          )}
          <TextareaField
            id={ID('narrative')}
            rows={8}
            label={`${t('incidents.narrative')} ${t('incidents.required')}`}
            description={t('incidents.narrativeHint')}
            value={form.narrative}
            error={errors.narrative}
            onChange={(e) => set('narrative', e.target.value)}
          />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>
            <Heading level={2}>{t('incidents.when')}</Heading>
          </FieldsetLegend>
          <TextField
            id={ID('occurredOn')}
            type="date"
            max={today()}
            label={`${t('incidents.occurredOn')} ${t('incidents.required')}`}
            value={form.occurredOn}
            error={errors.occurredOn}
            onChange={(e) => set('occurredOn', e.target.value)}
          />
          <TextField
            id={ID('occurredTime')}
            type="time"
            label={`${t('incidents.occurredTime')} ${t('incidents.optional')}`}
            value={form.occurredTime}
            error={errors.occurredTime}
            onChange={(e) => set('occurredTime', e.target.value)}
          />
          <ChoiceGroup
            id={ID('location')}
            legend={`${t('incidents.location')} ${t('incidents.required')}`}
            options={LOCATIONS}
            labelOf={v}
            value={form.location}
            error={errors.location}
            onChange={(x) => set('location', x as string)}
          />
          <TextField
            id={ID('locationDetail')}
            label={`${t('incidents.locationDetail')} ${t('incidents.optional')}`}
            value={form.locationDetail}
            error={errors.locationDetail}
            onChange={(e) => set('locationDetail', e.target.value)}
          />
          <ChoiceGroup
            id={ID('channel')}
            legend={`${t('incidents.channel')} ${t('incidents.required')}`}
            options={CHANNELS}
            labelOf={v}
            value={form.channel}
            error={errors.channel}
            onChange={(x) => set('channel', x as string)}
          />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>
            <Heading level={2}>{t('incidents.perpetrator')}</Heading>
          </FieldsetLegend>
          <ChoiceGroup
            id={ID('perpetratorKnown')}
            legend={`${t('incidents.perpetratorKnown')} ${t('incidents.required')}`}
            options={['yes', 'no']}
            labelOf={(x) => t(`incidents.${x}`)}
            value={form.perpetratorKnown}
            error={errors.perpetratorKnown}
            onChange={(x) => set('perpetratorKnown', x as string)}
          />
          <SelectField
            id={ID('perpetratorType')}
            label={`${t('incidents.perpetratorType')} ${t('incidents.optional')}`}
            value={form.perpetratorType}
            error={errors.perpetratorType}
            onChange={(e) => set('perpetratorType', e.target.value)}
          >
            <SelectOption value="">{t('incidents.chooseOne')}</SelectOption>
            {PERPETRATOR_TYPES.map((p) => (
              <SelectOption key={p} value={p}>
                {v(p)}
              </SelectOption>
            ))}
          </SelectField>
          <CheckboxField
            id={ID('perpetratorRepeat')}
            label={t('incidents.perpetratorRepeat')}
            checked={form.perpetratorRepeat}
            onChange={(x) => set('perpetratorRepeat', x)}
          />
          <TextareaField
            id={ID('perpetratorDescription')}
            rows={3}
            label={`${t('incidents.perpetratorDescription')} ${t('incidents.optional')}`}
            value={form.perpetratorDescription}
            error={errors.perpetratorDescription}
            onChange={(e) => set('perpetratorDescription', e.target.value)}
          />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>
            <Heading level={2}>{t('incidents.impact')}</Heading>
          </FieldsetLegend>
          <ChoiceGroup
            id={ID('impacts')}
            multiple
            legend={`${t('incidents.impacts')} ${t('incidents.optional')}`}
            options={IMPACTS}
            labelOf={v}
            value={form.impacts}
            onChange={(x) => set('impacts', x as string[])}
          />
          <CheckboxField
            id={ID('witnesses')}
            label={t('incidents.witnesses')}
            checked={form.witnesses}
            onChange={(x) => set('witnesses', x)}
          />
          {form.witnesses ? (
            <TextareaField
              id={ID('witnessDetails')}
              rows={2}
              label={`${t('incidents.witnessDetails')} ${t('incidents.optional')}`}
              value={form.witnessDetails}
              onChange={(e) => set('witnessDetails', e.target.value)}
            />
          ) : null}
          <CheckboxField
            id={ID('policeCalled')}
            label={t('incidents.policeCalled')}
            checked={form.policeCalled}
            onChange={(x) => set('policeCalled', x)}
          />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>
            <Heading level={2}>{t('incidents.evidence')}</Heading>
          </FieldsetLegend>
          <FormField
            id={ID('attachments')}
            label={`${t('incidents.evidenceFiles')} ${t('incidents.optional')}`}
            description={t('incidents.evidenceHint')}
            error={errors.attachments}
          >
            {({ invalid, ...a11y }) => (
              <input
                {...a11y}
                aria-invalid={invalid || undefined}
                className="utrecht-textbox weerbaar-file"
                type="file"
                multiple
                accept={ACCEPT}
                onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
              />
            )}
          </FormField>
          {files.length > 0 ? (
            <>
              <Paragraph>{t('incidents.chosenFiles')}</Paragraph>
              <UnorderedList>
                {files.map((f) => (
                  <UnorderedListItem key={`${f.name}-${f.size}`}>{f.name}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          ) : null}
        </Fieldset>

        <PrimaryActionButton type="submit" id={ID('submit')} aria-disabled={busy || undefined}>
          {busy ? t('incidents.submitting') : t('incidents.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
