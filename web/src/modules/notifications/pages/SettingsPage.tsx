import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { errorMessage, fieldKey } from '../../../app/errors';
import { useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  type ErrorSummaryItem,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RadioGroup,
  TextField,
} from '../../../ui';
import {
  DELIVERIES,
  type Delivery,
  EVENT_TYPES,
  type EventType,
  notificationsApi,
  type Settings,
} from '../api';

const ID = (key: string) => `notification-settings-${key.replace('.', '-')}`;

interface FormState {
  defaults: Record<EventType, Delivery>;
  teamAddress: string;
}

/** The form as the server's settings fill it. */
function toForm(s: Settings): FormState {
  return {
    defaults: Object.fromEntries(
      EVENT_TYPES.map((type) => [type, (s.defaults[type] ?? 'now') as Delivery]),
    ) as Record<EventType, Delivery>,
    teamAddress: s.teamAddress ?? '',
  };
}

/** Organisation admin: the default delivery per kind, and a team address for urgent reports. */
export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.settingsTitle'));
  const orgId = useOrgId();
  const [form, setForm] = useState<FormState | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!orgId) return;
    notificationsApi.settings(orgId).then(
      (x) => setForm(toForm(x)),
      (e) => setSummary([{ message: errorMessage(e) }]),
    );
  }, [orgId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    setSaved(false);
    try {
      const fresh = await notificationsApi.saveSettings(orgId, {
        defaults: form.defaults,
        teamAddress: form.teamAddress.trim() || null,
      });
      setForm(toForm(fresh));
      setErrors({});
      setSummary([]);
      setSaved(true);
    } catch (e) {
      const found: Record<string, string> = {};
      if (isApiError(e)) for (const x of e.errors) found[fieldKey(x.field)] ??= x.message;
      setErrors(found);
      setSummary(
        Object.keys(found).length > 0
          ? Object.entries(found).map(([k, message]) => ({ fieldId: ID(k), message }))
          : [{ message: errorMessage(e) }],
      );
    }
  };

  return (
    <>
      <Heading level={1}>{t('notifications.settingsTitle')}</Heading>
      <Paragraph>{t('notifications.settingsIntro')}</Paragraph>
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('notifications.settingsSaved')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} title={t('notifications.errorTitle')} />
      {form ? (
        <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
          <Fieldset>
            <FieldsetLegend>{t('notifications.settingsDefaults')}</FieldsetLegend>
            {EVENT_TYPES.map((type) => (
              <RadioGroup
                key={type}
                id={ID(type)}
                legend={t(`notifications.events.${type}`)}
                options={DELIVERIES}
                labelOf={(d) => t(`notifications.deliveries.${d}`)}
                value={form.defaults[type]}
                onChange={(d) =>
                  setForm((f) => (f ? { ...f, defaults: { ...f.defaults, [type]: d } } : f))
                }
              />
            ))}
          </Fieldset>
          <TextField
            id={ID('teamAddress')}
            type="email"
            autoComplete="email"
            label={t('notifications.teamAddress')}
            description={t('notifications.teamAddressHint')}
            value={form.teamAddress}
            error={errors.teamAddress}
            onChange={(e) => setForm((f) => (f ? { ...f, teamAddress: e.target.value } : f))}
          />
          <PrimaryActionButton type="submit">{t('notifications.save')}</PrimaryActionButton>
        </form>
      ) : null}
    </>
  );
}
