import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Heading,
  PrimaryActionButton,
  SelectField,
  SelectOption,
  TextareaField,
} from '../../../../ui';
import type { IncidentDetail } from '../../api';

/** Move the case to one of the statuses it may go to next, with an optional note. */
export function TransitionForm({
  incident,
  onSubmit,
}: {
  incident: IncidentDetail;
  onSubmit: (to: IncidentDetail['status'], note?: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  if (incident.allowedTransitions.length === 0) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!to) return;
    if (await onSubmit(to as IncidentDetail['status'], note || undefined)) {
      setTo('');
      setNote('');
    }
  };
  return (
    <form
      className="weerbaar-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="transition-title"
    >
      <Heading level={3} id="transition-title">
        {t('incidents.transition')}
      </Heading>
      <SelectField
        id="transition-to"
        label={t('incidents.newStatus')}
        value={to}
        onChange={(e) => setTo(e.target.value)}
      >
        <SelectOption value="">{t('incidents.chooseOne')}</SelectOption>
        {incident.allowedTransitions.map((s) => (
          <SelectOption key={s} value={s}>
            {t(`incidents.value.${s}`)}
          </SelectOption>
        ))}
      </SelectField>
      <TextareaField
        id="transition-note"
        rows={2}
        label={`${t('incidents.note')} ${t('incidents.optional')}`}
        description={t('incidents.noteHint')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <PrimaryActionButton type="submit">{t('incidents.change')}</PrimaryActionButton>
    </form>
  );
}
