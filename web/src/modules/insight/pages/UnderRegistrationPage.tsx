import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Alert, Heading, Paragraph } from '../../../ui';
import { underRegistrationApi } from '../api';
import { UnderRegistrationSection } from '../components/UnderRegistrationSection';

/** The national under-registration estimate, for national analysts and researchers. */
export function UnderRegistrationPage() {
  const { t } = useTranslation();
  usePageTitle(t('insight.ur.nationalTitle'));
  const orgId = useOrgId();
  const [year, setYear] = useState<number | undefined>(undefined);
  const { data, error } = useLoad(orgId ? () => underRegistrationApi.national(orgId, year) : null, [
    orgId,
    year,
  ]);
  if (!data) {
    return (
      <>
        <Heading level={1}>{t('insight.ur.nationalTitle')}</Heading>
        {error ? (
          <Alert type="error">
            <Paragraph>{errorMessage(error)}</Paragraph>
          </Alert>
        ) : (
          <Paragraph>{t('insight.loading')}</Paragraph>
        )}
      </>
    );
  }
  return (
    <UnderRegistrationSection
      orgId={orgId}
      data={data}
      year={year}
      onYear={setYear}
      onSaved={() => undefined}
      headingLevel={1}
    />
  );
}
