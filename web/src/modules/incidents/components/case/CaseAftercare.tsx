import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  TextareaField,
} from '../../../../ui';
import type { IncidentDetail } from '../../api';
import { CaseSection } from './CaseSection';
import type { CaseActions } from './useCaseActions';

/** Aftercare: plan the contact moments, then record the outcome of each. */
export function CaseAftercare({
  incident: c,
  actions,
}: {
  incident: IncidentDetail;
  actions: CaseActions;
}) {
  const { t } = useTranslation();
  return (
    <CaseSection headingId="case-aftercare" title={t('incidents.aftercare')}>
      {c.aftercare.length === 0 ? (
        <>
          <Paragraph>{t('incidents.noAftercare')}</Paragraph>
          <PrimaryActionButton
            type="button"
            id="plan-aftercare"
            onClick={() => void actions.planAftercare()}
          >
            {t('incidents.planAftercare')}
          </PrimaryActionButton>
        </>
      ) : (
        <ul className="weerbaar-plain-list" aria-label={t('incidents.aftercare')}>
          {c.aftercare.map((task) => (
            <li key={task.id}>
              <Paragraph>
                <strong>{task.label}</strong> – {t('incidents.due', { date: task.dueOn })} –{' '}
                {t(`incidents.value.${task.status}`)}
                {task.outcome ? `: ${task.outcome}` : ''}
              </Paragraph>
              {task.status === 'planned' ? (
                <OutcomeForm
                  id={task.id}
                  onSubmit={(outcome) => actions.recordOutcome(task.id, outcome)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </CaseSection>
  );
}

function OutcomeForm({
  id,
  onSubmit,
}: {
  id: string;
  onSubmit: (outcome: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  return (
    <form
      className="weerbaar-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(outcome);
      }}
    >
      <TextareaField
        id={`outcome-${id}-outcome`}
        rows={2}
        label={t('incidents.outcome')}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
      />
      <SecondaryActionButton type="submit">{t('incidents.recordOutcome')}</SecondaryActionButton>
    </form>
  );
}
