import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ChoiceGroup,
  Paragraph,
  PrimaryActionButton,
  SelectField,
  SelectOption,
  TextareaField,
} from '../../../../ui';
import type { IncidentDetail } from '../../api';
import { PRIORITIES } from '../../vocabulary';
import { CaseSection } from './CaseSection';
import type { CaseActions } from './useCaseActions';

type Risks = IncidentDetail['risks'];
const RISKS: (keyof Risks)[] = ['repeat', 'weapon', 'homeAddressKnown', 'threatToRelatives'];

/** Triage: the priority of the case and the risks that set it. */
export function CaseTriage({
  incident: c,
  onSubmit,
}: {
  incident: IncidentDetail;
  onSubmit: CaseActions['triage'];
}) {
  const { t } = useTranslation();
  return (
    <CaseSection headingId="case-triage" title={t('incidents.triage')}>
      <Paragraph>
        {t('incidents.priority')}: <strong>{t(`incidents.value.${c.priority}`)}</strong>
      </Paragraph>
      <TriageForm incident={c} onSubmit={onSubmit} />
    </CaseSection>
  );
}

function TriageForm({
  incident,
  onSubmit,
}: {
  incident: IncidentDetail;
  onSubmit: CaseActions['triage'];
}) {
  const { t } = useTranslation();
  // Until the case is triaged the form starts at normal, whatever priority it has so far.
  const [priority, setPriority] = useState<string>(
    incident.triagedAt ? incident.priority : 'normal',
  );
  const [risks, setRisks] = useState<Risks>(incident.risks);
  const [note, setNote] = useState(incident.riskNote ?? '');
  return (
    <form
      className="weerbaar-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit({ priority, risks, note: note || undefined });
      }}
    >
      <SelectField
        id="triage-priority"
        label={t('incidents.priority')}
        description={t('incidents.triageHint')}
        value={priority}
        onChange={(e) => setPriority(e.target.value)}
      >
        {PRIORITIES.map((p) => (
          <SelectOption key={p} value={p}>
            {t(`incidents.value.${p}`)}
          </SelectOption>
        ))}
      </SelectField>
      <ChoiceGroup
        id="triage-risks"
        multiple
        legend={t('incidents.risks')}
        options={RISKS}
        labelOf={(r) => t(`incidents.risk.${r}`)}
        value={RISKS.filter((r) => risks[r])}
        onChange={(x) =>
          setRisks(
            Object.fromEntries(
              RISKS.map((r) => [r, (x as string[]).includes(r)]),
            ) as unknown as Risks,
          )
        }
      />
      <TextareaField
        id="triage-note"
        rows={3}
        label={`${t('incidents.riskNote')} ${t('incidents.optional')}`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <PrimaryActionButton type="submit" id="triage-submit">
        {t('incidents.saveTriage')}
      </PrimaryActionButton>
    </form>
  );
}
