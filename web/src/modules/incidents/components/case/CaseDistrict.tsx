import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../../../app/load';
import {
  ButtonGroup,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  SelectOption,
  TextField,
} from '../../../../ui';
import { districtsApi } from '../../../districts/api';
import type { IncidentDetail } from '../../api';
import { CaseSection } from './CaseSection';

/**
 * The wijk or buurt of a report in a public place (ADR 0044): search by name narrows the list,
 * the handler chooses and saves, or clears. Shown only for a public place.
 */
export function CaseDistrict({
  orgId,
  incident,
  onSave,
}: {
  orgId: string;
  incident: IncidentDetail;
  onSave: (code: string | null) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const { data } = useLoad(() => districtsApi.list(orgId), [orgId]);
  const [query, setQuery] = useState('');
  const [code, setCode] = useState(incident.district?.code ?? '');
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('nl');
    return (data?.districts ?? []).filter(
      (d) =>
        q === '' || d.name.toLocaleLowerCase('nl').includes(q) || d.code.includes(q.toUpperCase()),
    );
  }, [data, query]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (code) await onSave(code);
  };
  const current = incident.district;
  return (
    <CaseSection headingId="case-district" title={t('districts.picker.title')}>
      <Paragraph>{t('districts.picker.intro')}</Paragraph>
      <Paragraph data-testid="case-district-current">
        {current
          ? t('districts.picker.current', {
              name: current.name ?? current.code,
              code: current.code,
            })
          : t('districts.picker.none')}
      </Paragraph>
      {data && data.districts.length === 0 ? (
        <Paragraph>{t('districts.picker.notLoaded')}</Paragraph>
      ) : null}
      {data && data.districts.length > 0 ? (
        <form className="weerbaar-form" aria-labelledby="case-district" onSubmit={submit}>
          <TextField
            id="district-search"
            type="search"
            label={t('districts.picker.search')}
            description={t('districts.picker.searchHint')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <SelectField
            id="district-code"
            label={t('districts.picker.choose')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          >
            <SelectOption value="">–</SelectOption>
            {matches.map((d) => (
              <SelectOption key={d.code} value={d.code}>
                {t('districts.picker.option', {
                  name: d.name,
                  level: t(`districts.levelValue.${d.level}`),
                })}
              </SelectOption>
            ))}
          </SelectField>
          <ButtonGroup>
            <PrimaryActionButton type="submit" disabled={!code}>
              {t('districts.picker.save')}
            </PrimaryActionButton>
            {current ? (
              <SecondaryActionButton
                type="button"
                onClick={async () => {
                  if (await onSave(null)) setCode('');
                }}
              >
                {t('districts.picker.clear')}
              </SecondaryActionButton>
            ) : null}
          </ButtonGroup>
        </form>
      ) : null}
    </CaseSection>
  );
}
