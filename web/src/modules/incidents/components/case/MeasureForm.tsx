import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxField,
  ChoiceGroup,
  Heading,
  PrimaryActionButton,
  SelectField,
  SelectOption,
  TextField,
} from '../../../../ui';
import type { incidentsApi } from '../../api';
import { MEASURE_TYPES } from '../../vocabulary';

/** Add a measure; a police report also says who files it and whether at the office's address. */
export function MeasureForm({
  onSubmit,
}: {
  onSubmit: (body: Parameters<typeof incidentsApi.addMeasure>[2]) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [type, setType] = useState('police_report');
  const [filedBy, setFiledBy] = useState('employee');
  const [useOrg, setUseOrg] = useState(false);
  const [plannedOn, setPlannedOn] = useState('');
  const police = type === 'police_report';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSubmit({
      type,
      ...(police ? { filedBy, useOrganisationAddress: useOrg } : {}),
      ...(plannedOn ? { plannedOn } : {}),
    });
  };
  return (
    <form className="weerbaar-form" onSubmit={submit} aria-labelledby="measure-title">
      <Heading level={3} id="measure-title">
        {t('incidents.addMeasure')}
      </Heading>
      <SelectField
        id="measure-type"
        label={t('incidents.measureType')}
        value={type}
        onChange={(e) => setType(e.target.value)}
      >
        {MEASURE_TYPES.map((m) => (
          <SelectOption key={m} value={m}>
            {t(`incidents.value.${m}`)}
          </SelectOption>
        ))}
      </SelectField>
      {police ? (
        <>
          <ChoiceGroup
            id="measure-filedBy"
            legend={t('incidents.filedBy')}
            options={['employee', 'employer']}
            labelOf={(x) => t(`incidents.value.${x}`)}
            value={filedBy}
            onChange={(x) => setFiledBy(x as string)}
          />
          <CheckboxField
            id="measure-useOrganisationAddress"
            label={t('incidents.useOrganisationAddress')}
            checked={useOrg}
            onChange={setUseOrg}
          />
        </>
      ) : null}
      <TextField
        id="measure-plannedOn"
        type="date"
        label={`${t('incidents.plannedOn')} ${t('incidents.optional')}`}
        value={plannedOn}
        onChange={(e) => setPlannedOn(e.target.value)}
      />
      <PrimaryActionButton type="submit" id="measure-submit">
        {t('incidents.addMeasure')}
      </PrimaryActionButton>
    </form>
  );
}
