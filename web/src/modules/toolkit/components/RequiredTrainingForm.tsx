import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../../app/load';
import { useAction } from '../../../app/useAction';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SelectField,
  SelectOption,
  TextField,
} from '../../../ui';
import { toolkitApi } from '../api';

const IDS = { slug: 'required-training', withinMonths: 'required-months' };
/** The months the server accepts (RequiredTrainingBody). */
const MONTHS = { min: 1, max: 24 };

interface Props {
  orgId: string;
  current: { slug: string | null; withinMonths: number };
  onSaved: () => void;
}

/**
 * The org admin chooses the training new office holders follow, from the trainings shown
 * in the organisation (national or its own), and within how many months.
 */
export function RequiredTrainingForm({ orgId, current, onSaved }: Props) {
  const { t } = useTranslation();
  const trainings = useLoad(() => toolkitApi.list(orgId, { kind: 'training' }), [orgId]);
  const [slug, setSlug] = useState(current.slug ?? '');
  const [months, setMonths] = useState(String(current.withinMonths));
  useEffect(() => {
    setSlug(current.slug ?? '');
    setMonths(String(current.withinMonths));
  }, [current.slug, current.withinMonths]);
  const action = useAction(IDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const n = Number(months);
    if (!slug) local.slug = t('toolkit.required.chooseTraining');
    if (!Number.isInteger(n) || n < MONTHS.min || n > MONTHS.max) {
      local.withinMonths = t('toolkit.required.monthsRange', MONTHS);
    }
    void action.run(local, async () => {
      await toolkitApi.setRequiredTraining(orgId, { slug, withinMonths: n });
      onSaved();
      return t('toolkit.required.saved');
    });
  };

  const options = (trainings.data ?? []).filter((i) => !i.hidden);
  return (
    <section aria-labelledby="required-training-title">
      <Heading level={2} id="required-training-title">
        {t('toolkit.required.title')}
      </Heading>
      <Paragraph>{t('toolkit.required.intro')}</Paragraph>
      <ErrorSummary errors={action.summary} />
      {action.done ? (
        <Alert type="ok" role="status">
          <Paragraph>{action.done}</Paragraph>
        </Alert>
      ) : null}
      <form noValidate onSubmit={submit}>
        <SelectField
          id={IDS.slug}
          label={t('toolkit.required.training')}
          required
          error={action.errors.slug}
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
        >
          {options.map((i) => (
            <SelectOption key={i.slug} value={i.slug}>
              {i.title} ({i.national ? t('toolkit.national') : t('toolkit.own')})
            </SelectOption>
          ))}
        </SelectField>
        <TextField
          id={IDS.withinMonths}
          type="number"
          min={MONTHS.min}
          max={MONTHS.max}
          inputMode="numeric"
          label={t('toolkit.required.months')}
          description={t('toolkit.required.monthsHint', MONTHS)}
          required
          error={action.errors.withinMonths}
          value={months}
          onChange={(e) => setMonths(e.target.value)}
        />
        <PrimaryActionButton type="submit" busy={action.busy}>
          {t('toolkit.required.save')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}
