import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { hasAnyRole } from '../../../app/roles';
import { useSession } from '../../../app/session';
import {
  Alert,
  ChoiceGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RadioGroup,
  RouterLink,
  TextareaField,
  TextField,
} from '../../../ui';
import { displayDate, parseDate } from '../../questionnaires/components/QuestionField';
import { KINDS, type RequestBody, supportApi } from '../api';
import { Facts } from '../components/Facts';

const FIELDS = [
  'kind',
  'urgency',
  'forWhom',
  'personName',
  'consentGiven',
  'consentGivenOn',
  'consentMethod',
  'contactPreference',
  'contactDetail',
  'contactName',
  'message',
] as const;
type Field = (typeof FIELDS)[number];
const idOf = (field: Field) => `support-${field}`;
/** Server field names (without "body.") to the form's fields. */
const SERVER_FIELD: Record<string, Field> = {
  kind: 'kind',
  urgency: 'urgency',
  contactPreference: 'contactPreference',
  contactDetail: 'contactDetail',
  contactName: 'contactName',
  message: 'message',
  onBehalf: 'consentGiven',
  'onBehalf.personName': 'personName',
  'onBehalf.consentGiven': 'consentGiven',
  'onBehalf.consentGivenOn': 'consentGivenOn',
  'onBehalf.consentMethod': 'consentMethod',
};
const CONSENT_METHODS = ['in_person', 'phone', 'email', 'in_writing'] as const;
const today = () =>
  displayDate(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }));

/** Shared facts of the incident a handler refers from (never its narrative). */
function ReferralFacts({ orgId, incidentId }: { orgId: string; incidentId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useLoad(
    () => supportApi.referral(orgId, incidentId),
    [orgId, incidentId],
  );
  if (error) {
    return (
      <Alert type="error">
        <Paragraph>{errorMessage(error)}</Paragraph>
      </Alert>
    );
  }
  if (!data) return null;
  return (
    <>
      <Paragraph>{t('support.referralIntro', { reference: data.reference })}</Paragraph>
      <Heading level={2}>{t('support.referralFacts')}</Heading>
      <Facts
        items={[
          [t('support.reference'), data.reference],
          [
            t('support.incidentKinds'),
            data.kinds.map((k) => t(`incidents.value.${k}`, { defaultValue: k })).join(', '),
          ],
          [t('support.incidentDate'), format.date(data.occurredOn)],
        ]}
      />
    </>
  );
}

/**
 * Ask the support team for support (the office holder), or refer someone on their behalf with
 * their recorded consent (a handler; from an incident with ?melding=<id>).
 */
export function NewRequestPage() {
  const { t } = useTranslation();
  usePageTitle(t('support.newTitle'));
  const orgId = useOrgId();
  const navigate = useNavigate();
  const { roles } = useSession();
  const incidentId = useSearchParams()[0].get('melding') ?? '';
  const isHandler = hasAnyRole(roles, ['handler']);
  const referral = isHandler && incidentId !== '';
  const [v, setV] = useState<Record<Field, string>>(() => ({
    kind: '',
    urgency: '',
    forWhom: referral ? 'other' : 'me',
    personName: '',
    consentGiven: '',
    consentGivenOn: today(),
    consentMethod: '',
    contactPreference: '',
    contactDetail: '',
    contactName: '',
    message: '',
  }));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (field: Field) => (value: string) => setV((prev) => ({ ...prev, [field]: value }));
  const onBehalf = v.forWhom === 'other';

  const show = (e: Partial<Record<Field, string>>, extra: ErrorSummaryItem[] = []) => {
    setErrors(e);
    setSummary([
      ...extra,
      ...FIELDS.filter((f) => e[f]).map((f) => ({ fieldId: idOf(f), message: e[f]! })),
    ]);
  };

  const check = () => {
    const e: Partial<Record<Field, string>> = {};
    if (!v.kind) e.kind = t('support.errors.kind');
    if (!v.urgency) e.urgency = t('support.errors.urgency');
    if (onBehalf) {
      if (!v.personName.trim()) e.personName = t('support.errors.personName');
      if (v.consentGiven !== 'yes') e.consentGiven = t('support.errors.consentGiven');
      if (!parseDate(v.consentGivenOn)) e.consentGivenOn = t('support.errors.consentGivenOn');
      if (!v.consentMethod) e.consentMethod = t('support.errors.consentMethod');
    }
    if (!v.contactPreference) e.contactPreference = t('support.errors.contactPreference');
    if (['phone', 'email'].includes(v.contactPreference) && !v.contactDetail.trim())
      e.contactDetail = t('support.errors.contactDetail');
    return e;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const local = check();
    if (Object.keys(local).length > 0) return show(local);
    const optional = (text: string) => (text.trim() ? text.trim() : undefined);
    const body: RequestBody = {
      kind: v.kind as RequestBody['kind'],
      urgency: v.urgency as RequestBody['urgency'],
      contactPreference: v.contactPreference as RequestBody['contactPreference'],
      contactName: optional(v.contactName),
      contactDetail: v.contactPreference === 'via_handler' ? undefined : optional(v.contactDetail),
      message: optional(v.message),
      onBehalf: onBehalf
        ? {
            personName: v.personName.trim(),
            consentGiven: true,
            consentGivenOn: parseDate(v.consentGivenOn)!,
            consentMethod: v.consentMethod as (typeof CONSENT_METHODS)[number],
          }
        : undefined,
      incidentId: referral ? incidentId : undefined,
    };
    setBusy(true);
    try {
      const sent = await supportApi.send(orgId, body);
      navigate('/steun', { state: { sent: sent.reference } });
    } catch (error) {
      if (isApiError(error, 'validation_failed')) {
        const server = error.fieldErrors();
        const mapped: Partial<Record<Field, string>> = {};
        const other: ErrorSummaryItem[] = [];
        for (const [name, message] of Object.entries(server)) {
          const field = SERVER_FIELD[name];
          if (field) mapped[field] ??= message;
          else other.push({ message });
        }
        show(mapped, other);
      } else show({}, [{ message: errorMessage(error) }]);
      setBusy(false);
    }
  };

  const contactOptions = onBehalf ? ['phone', 'email', 'via_handler'] : ['phone', 'email'];
  return (
    <>
      <Heading level={1}>{t('support.newTitle')}</Heading>
      {referral ? (
        <ReferralFacts orgId={orgId} incidentId={incidentId} />
      ) : (
        <Paragraph>{t('support.newIntro')}</Paragraph>
      )}
      <ErrorSummary errors={summary} />
      <form className="weerbaar-q-form" noValidate onSubmit={(e) => void submit(e)}>
        {isHandler && !referral ? (
          <RadioGroup
            id={idOf('forWhom')}
            legend={t('support.forWhom')}
            options={['me', 'other']}
            labelOf={(o) => t(o === 'me' ? 'support.forMe' : 'support.forOther')}
            value={v.forWhom}
            onChange={set('forWhom')}
          />
        ) : null}
        <RadioGroup
          id={idOf('kind')}
          legend={t('support.kindLegend')}
          error={errors.kind}
          options={KINDS}
          labelOf={(k) => `${t(`support.kinds.${k}`)}: ${t(`support.kindHints.${k}`)}`}
          value={v.kind}
          onChange={set('kind')}
        />
        <RadioGroup
          id={idOf('urgency')}
          legend={t('support.urgencyLegend')}
          description={t('support.urgencyHint')}
          error={errors.urgency}
          options={['normal', 'urgent']}
          labelOf={(u) => t(`support.urgencies.${u}`)}
          value={v.urgency}
          onChange={set('urgency')}
        />
        {onBehalf ? (
          <>
            <TextField
              id={idOf('personName')}
              label={t('support.personName')}
              description={t('support.personNameHint')}
              required
              autoComplete="off"
              value={v.personName}
              error={errors.personName}
              onChange={(e) => set('personName')(e.target.value)}
            />
            <ChoiceGroup
              id={idOf('consentGiven')}
              legend={t('support.consentLegend')}
              error={errors.consentGiven}
              multiple
              options={['yes']}
              labelOf={() => t('support.consentGiven')}
              value={v.consentGiven ? [v.consentGiven] : []}
              onChange={(value) => set('consentGiven')((value as string[])[0] ?? '')}
            />
            <TextField
              id={idOf('consentGivenOn')}
              label={t('support.consentGivenOn')}
              description={t('support.dateHint')}
              required
              autoComplete="off"
              value={v.consentGivenOn}
              error={errors.consentGivenOn}
              onChange={(e) => set('consentGivenOn')(e.target.value)}
            />
            <RadioGroup
              id={idOf('consentMethod')}
              legend={t('support.consentMethod')}
              error={errors.consentMethod}
              options={CONSENT_METHODS}
              labelOf={(m) => t(`support.consentMethods.${m}`)}
              value={v.consentMethod}
              onChange={set('consentMethod')}
            />
          </>
        ) : null}
        <RadioGroup
          id={idOf('contactPreference')}
          legend={t('support.contactLegend')}
          error={errors.contactPreference}
          options={contactOptions}
          labelOf={(c) => t(`support.contactPreferences.${c}`)}
          value={v.contactPreference}
          onChange={set('contactPreference')}
        />
        {v.contactPreference === 'phone' || v.contactPreference === 'email' ? (
          <TextField
            id={idOf('contactDetail')}
            type={v.contactPreference === 'email' ? 'email' : 'tel'}
            label={t(
              v.contactPreference === 'email'
                ? 'support.contactDetailEmail'
                : 'support.contactDetailPhone',
            )}
            required
            autoComplete={v.contactPreference === 'email' ? 'email' : 'tel'}
            value={v.contactDetail}
            error={errors.contactDetail}
            onChange={(e) => set('contactDetail')(e.target.value)}
          />
        ) : null}
        <TextField
          id={idOf('contactName')}
          label={`${t('support.contactName')} ${t('support.optional')}`}
          autoComplete="off"
          maxLength={200}
          value={v.contactName}
          error={errors.contactName}
          onChange={(e) => set('contactName')(e.target.value)}
        />
        <TextareaField
          id={idOf('message')}
          label={`${t('support.message')} ${t('support.optional')}`}
          description={t('support.messageHint')}
          rows={4}
          maxLength={1000}
          value={v.message}
          error={errors.message}
          onChange={(e) => set('message')(e.target.value)}
        />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t('support.send')}
          </PrimaryActionButton>
        </div>
      </form>
      <Paragraph>
        <RouterLink to="/steun">{t('support.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
