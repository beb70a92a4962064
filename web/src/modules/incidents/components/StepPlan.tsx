import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '../../../ui';
import type { Step } from '../api';

/** The step plan "melding en aangifte": where the report stands on the way to the police. */
export function StepPlan({ steps, headingId }: { steps: Step[]; headingId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('incidents.stepsTitle')}
      </Heading>
      <Paragraph>{t('incidents.stepsIntro')}</Paragraph>
      <ol className="weerbaar-steps">
        {steps.map((step) => (
          <li key={step.key}>
            {step.text} –{' '}
            <strong>{step.done ? t('incidents.stepDone') : t('incidents.stepOpen')}</strong>
          </li>
        ))}
      </ol>
    </section>
  );
}
