import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RadioGroup,
  RouterLink,
} from '../../../ui';
import { DELIVERIES, type Delivery, type EventType, notificationsApi } from '../api';

const ID = (type: string) => `delivery-${type.replace('.', '-')}`;

/** Per kind of notification your roles receive: a mail at once, the daily overview, or the app only. */
export function PreferencesPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.preferencesTitle'));
  const orgId = useOrgId();
  const { data, error, set } = useLoad(orgId ? () => notificationsApi.preferences(orgId) : null, [
    orgId,
  ]);
  const [choices, setChoices] = useState<Partial<Record<EventType, Delivery>>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (data) setChoices(Object.fromEntries(data.items.map((i) => [i.eventType, i.delivery])));
  }, [data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      const preferences = Object.entries(choices).map(([eventType, delivery]) => ({
        eventType: eventType as EventType,
        delivery: delivery as Delivery,
      }));
      set(await notificationsApi.savePreferences(orgId, { preferences }));
      setSummary([]);
      setSaved(true);
    } catch (e) {
      setSummary([{ message: errorMessage(e) }]);
    }
  };

  return (
    <>
      <Heading level={1}>{t('notifications.preferencesTitle')}</Heading>
      {data ? (
        <Paragraph>{t('notifications.preferencesIntro', { time: data.digestTime })}</Paragraph>
      ) : null}
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('notifications.saved')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} title={t('notifications.errorTitle')} />
      {data && data.items.length === 0 ? (
        <Paragraph>{t('notifications.preferencesNone')}</Paragraph>
      ) : null}
      {data && data.items.length > 0 ? (
        <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
          {data.items.map((item) => (
            <RadioGroup
              key={item.eventType}
              id={ID(item.eventType)}
              legend={t(`notifications.events.${item.eventType}`)}
              description={item.chosen ? undefined : t('notifications.preferencesDefault')}
              options={DELIVERIES}
              labelOf={(d) => t(`notifications.deliveries.${d}`)}
              value={choices[item.eventType] ?? item.delivery}
              onChange={(d) => setChoices((c) => ({ ...c, [item.eventType]: d as Delivery }))}
            />
          ))}
          <PrimaryActionButton type="submit">{t('notifications.save')}</PrimaryActionButton>
        </form>
      ) : null}
      <Paragraph>
        <RouterLink to="/notificaties">{t('notifications.title')}</RouterLink>
      </Paragraph>
    </>
  );
}
