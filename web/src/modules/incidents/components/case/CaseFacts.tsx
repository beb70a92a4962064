import { useTranslation } from 'react-i18next';
import { Paragraph } from '../../../../ui';
import type { IncidentDetail } from '../../api';
import { Facts } from '../Facts';
import { CaseSection } from './CaseSection';

/** The summary of a case: who reported it and the facts of the report. */
export function CaseFacts({ incident: c }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  return (
    <CaseSection headingId="case-facts" title={t('incidents.facts')}>
      <Paragraph>
        {t('incidents.reporter')}:{' '}
        {c.reporter?.type === 'api_token'
          ? t('incidents.viaApi')
          : [c.reporter?.displayName, c.reporter?.email, c.contactPhone]
              .filter(Boolean)
              .join(', ') || '–'}
      </Paragraph>
      <Facts incident={c} />
    </CaseSection>
  );
}
