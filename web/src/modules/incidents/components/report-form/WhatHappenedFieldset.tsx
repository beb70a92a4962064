import type { ReactNode } from 'react';
import { ChoiceGroup, TextareaField } from '../../../../ui';
import { KINDS } from '../../vocabulary';
import { ReportSection } from './ReportSection';
import { type ReportSectionProps, useReportFields } from './useReportFields';

/** What happened: the kinds of incident, the e-mail it came in (if any) and the story. */
export function WhatHappenedFieldset({
  email,
  ...props
}: ReportSectionProps & { email: ReactNode }) {
  const { t, required, text, choice } = useReportFields(props);
  return (
    <ReportSection title={t('incidents.what')}>
      <ChoiceGroup
        {...choice('kinds')}
        multiple
        legend={required('kinds')}
        description={t('incidents.kindsHint')}
        options={KINDS}
      />
      {email}
      <TextareaField
        {...text('narrative')}
        rows={8}
        label={required('narrative')}
        description={t('incidents.narrativeHint')}
      />
    </ReportSection>
  );
}
