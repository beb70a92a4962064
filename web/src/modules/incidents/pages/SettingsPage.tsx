import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { errorMessage, fieldKey } from '../../../app/errors';
import { useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Checkbox,
  ErrorSummary,
  type ErrorSummaryItem,
  FormLabel,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SelectField,
  SelectOption,
  TextField,
} from '../../../ui';
import { incidentsApi, type Settings, type SettingsInput } from '../api';

const ID = (k: string) => `settings-${k}`;

interface FormState {
  firstContactWorkingDays: string;
  aftercareSchedule: string;
  retentionMonths: string;
  retentionAction: string;
  emailIntakeEnabled: boolean;
  organisationAddress: string;
}

/** What the server says about e-mail intake: shown, never edited. */
type Intake = Pick<Settings, 'emailIntakeAddress' | 'emailIntakeAvailable'>;

/** Organisation admin: first-contact term, aftercare schedule, retention, e-mail intake. */
export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('incidents.settingsTitle'));
  const orgId = useOrgId();
  const [form, setForm] = useState<FormState | null>(null);
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [intake, setIntake] = useState<Intake | null>(null);

  useEffect(() => {
    incidentsApi.settings(orgId).then(
      (s) => {
        setIntake(s);
        setForm({
          firstContactWorkingDays: String(s.firstContactWorkingDays),
          aftercareSchedule: s.aftercareSchedule
            .map((x) => `${x.amount}${x.unit === 'working_days' ? 'w' : 'd'}`)
            .join(', '),
          retentionMonths: String(s.retentionMonths),
          retentionAction: s.retentionAction,
          emailIntakeEnabled: s.emailIntakeEnabled,
          organisationAddress: s.organisationAddress ?? '',
        });
      },
      (e) => setSummary([{ message: errorMessage(e) }]),
    );
  }, [orgId]);

  const set = <K extends keyof FormState>(k: K, v: FormState[K]) =>
    setForm((f) => (f ? { ...f, [k]: v } : f));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    setSaved(false);
    const steps = form.aftercareSchedule
      .split(/[,\s]+/)
      .filter(Boolean)
      .map((part) => /^(\d+)([wd])$/i.exec(part));
    if (steps.length === 0 || steps.some((s) => !s)) {
      const message = t('incidents.settingsScheduleInvalid');
      setErrors({ aftercareSchedule: message });
      return setSummary([{ fieldId: ID('aftercareSchedule'), message }]);
    }
    const body: SettingsInput = {
      firstContactWorkingDays: Number(form.firstContactWorkingDays),
      aftercareSchedule: steps.map((s) => ({
        unit: s![2]!.toLowerCase() === 'w' ? 'working_days' : 'days',
        amount: Number(s![1]),
      })),
      retentionMonths: Number(form.retentionMonths),
      retentionAction: form.retentionAction as Settings['retentionAction'],
      emailIntakeEnabled: form.emailIntakeEnabled,
      organisationAddress: form.organisationAddress.trim() || null,
    };
    try {
      setIntake(await incidentsApi.saveSettings(orgId, body));
      setErrors({});
      setSummary([]);
      setSaved(true);
    } catch (e) {
      const fe: Record<string, string> = {};
      if (isApiError(e)) for (const x of e.errors) fe[fieldKey(x.field)] ??= x.message;
      setErrors(fe);
      setSummary(
        Object.keys(fe).length > 0
          ? Object.entries(fe).map(([k, message]) => ({ fieldId: ID(k), message }))
          : [{ message: errorMessage(e) }],
      );
    }
  };

  return (
    <>
      <Heading level={1}>{t('incidents.settingsTitle')}</Heading>
      <Paragraph>{t('incidents.settingsIntro')}</Paragraph>
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('incidents.saved')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />
      {form ? (
        <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
          <TextField
            id={ID('firstContactWorkingDays')}
            type="number"
            min={1}
            max={30}
            label={t('incidents.settingsFirstContact')}
            value={form.firstContactWorkingDays}
            error={errors.firstContactWorkingDays}
            onChange={(e) => set('firstContactWorkingDays', e.target.value)}
          />
          <TextField
            id={ID('aftercareSchedule')}
            label={t('incidents.settingsSchedule')}
            description={t('incidents.settingsScheduleHint')}
            value={form.aftercareSchedule}
            error={errors.aftercareSchedule}
            onChange={(e) => set('aftercareSchedule', e.target.value)}
          />
          <TextField
            id={ID('retentionMonths')}
            type="number"
            min={1}
            max={240}
            label={t('incidents.settingsRetention')}
            value={form.retentionMonths}
            error={errors.retentionMonths}
            onChange={(e) => set('retentionMonths', e.target.value)}
          />
          <SelectField
            id={ID('retentionAction')}
            label={t('incidents.settingsRetentionAction')}
            value={form.retentionAction}
            onChange={(e) => set('retentionAction', e.target.value)}
          >
            <SelectOption value="anonymise">{t('incidents.settingsAnonymise')}</SelectOption>
            <SelectOption value="delete">{t('incidents.settingsDelete')}</SelectOption>
          </SelectField>
          <div className="weerbaar-choice">
            <Checkbox
              id={ID('emailIntakeEnabled')}
              name={ID('emailIntakeEnabled')}
              checked={form.emailIntakeEnabled}
              aria-describedby={ID('emailIntakeEnabled-description')}
              onChange={(e) => set('emailIntakeEnabled', e.target.checked)}
            />{' '}
            <FormLabel htmlFor={ID('emailIntakeEnabled')} type="checkbox">
              {t('incidents.settingsIntake')}
            </FormLabel>
          </div>
          <Paragraph id={ID('emailIntakeEnabled-description')}>
            {t('incidents.settingsIntakeHint')}{' '}
            {!intake?.emailIntakeAvailable ? (
              t('incidents.settingsIntakeUnavailable')
            ) : intake.emailIntakeAddress ? (
              <>
                {t('incidents.settingsIntakeAddress')}{' '}
                <span className="weerbaar-address">{intake.emailIntakeAddress}</span>
              </>
            ) : (
              t('incidents.settingsIntakeOff')
            )}
          </Paragraph>
          <TextField
            id={ID('organisationAddress')}
            label={`${t('incidents.settingsAddress')} ${t('incidents.optional')}`}
            description={t('incidents.settingsAddressHint')}
            value={form.organisationAddress}
            error={errors.organisationAddress}
            onChange={(e) => set('organisationAddress', e.target.value)}
          />
          <PrimaryActionButton type="submit">{t('incidents.settingsSave')}</PrimaryActionButton>
        </form>
      ) : null}
    </>
  );
}
