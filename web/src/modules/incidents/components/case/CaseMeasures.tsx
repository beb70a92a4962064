import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../app/format';
import { Paragraph, SecondaryActionButton } from '../../../../ui';
import type { IncidentDetail } from '../../api';
import { CaseSection } from './CaseSection';
import { MeasureForm } from './MeasureForm';
import type { CaseActions } from './useCaseActions';

/** The measures taken or planned (a planned one can be marked done), and a form for a new one. */
export function CaseMeasures({
  incident: c,
  actions,
}: {
  incident: IncidentDetail;
  actions: CaseActions;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const v = (x: string) => t(`incidents.value.${x}`);
  return (
    <CaseSection headingId="case-measures" title={t('incidents.measures')}>
      {c.measures.length === 0 ? <Paragraph>{t('incidents.noMeasures')}</Paragraph> : null}
      <ul className="weerbaar-plain-list">
        {c.measures.map((m) => (
          <li key={m.id}>
            <Paragraph>
              <strong>{v(m.type)}</strong> – {v(m.status)}
              {m.filedBy ? ` – ${v(m.filedBy)}` : ''}
              {m.plannedOn ? ` – ${t('incidents.plannedOn')} ${format.date(m.plannedOn)}` : ''}{' '}
              {m.status === 'planned' ? (
                <SecondaryActionButton
                  type="button"
                  onClick={() => void actions.markMeasureDone(m.id)}
                >
                  {t('incidents.markDone')}
                </SecondaryActionButton>
              ) : null}
            </Paragraph>
          </li>
        ))}
      </ul>
      <MeasureForm onSubmit={actions.addMeasure} />
    </CaseSection>
  );
}
