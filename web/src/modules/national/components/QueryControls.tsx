import '../national.css';
import { useTranslation } from 'react-i18next';
import { RadioGroup, SelectField, SelectOption } from '../../../ui';
import { GRANULARITIES, LEVELS } from '../api';
import { FILTERS, useFilterLabel, type useNationalQuery } from '../query';

/** Level, granularity, period, filter and measure: only the fixed choices the API allows. */
export function QueryControls({
  query,
  showLevel = true,
}: {
  query: ReturnType<typeof useNationalQuery>;
  showLevel?: boolean;
}) {
  const { t } = useTranslation();
  const years = [...new Set(query.quarters.map((q) => q.slice(0, 4)))];
  const periodOptions =
    query.granularity === 'year'
      ? years.map((y) => ({ value: `${y}-Q1`, label: y }))
      : query.quarters.map((q) => ({ value: q, label: q }));
  const toOptions =
    query.granularity === 'year'
      ? years.map((y) => ({
          value: query.quarters.filter((q) => q.startsWith(y)).at(-1) ?? `${y}-Q4`,
          label: y,
        }))
      : periodOptions;
  const fromValue = query.granularity === 'year' ? `${query.from.slice(0, 4)}-Q1` : query.from;
  const toValue =
    query.granularity === 'year'
      ? (toOptions.find((o) => o.label === query.to.slice(0, 4))?.value ?? query.to)
      : query.to;
  const filterLabel = useFilterLabel();
  return (
    <form
      className="national-controls"
      aria-label={t('national.controls')}
      onSubmit={(e) => e.preventDefault()}
    >
      {showLevel ? (
        <SelectField
          id="national-level"
          label={t('national.level')}
          value={query.level}
          onChange={(e) => query.set('level', e.target.value)}
        >
          {LEVELS.map((level) => (
            <SelectOption key={level} value={level}>
              {t(`national.levels.${level}`)}
            </SelectOption>
          ))}
        </SelectField>
      ) : null}
      <SelectField
        id="national-granularity"
        label={t('national.granularity')}
        value={query.granularity}
        onChange={(e) => query.set('granularity', e.target.value)}
      >
        {GRANULARITIES.map((g) => (
          <SelectOption key={g} value={g}>
            {t(`national.granularities.${g}`)}
          </SelectOption>
        ))}
      </SelectField>
      <SelectField
        id="national-from"
        label={t('national.from')}
        value={fromValue}
        onChange={(e) => query.set('from', e.target.value)}
      >
        {periodOptions.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </SelectField>
      <SelectField
        id="national-to"
        label={t('national.to')}
        value={toValue}
        onChange={(e) => query.set('to', e.target.value)}
      >
        {toOptions.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </SelectField>
      <SelectField
        id="national-filter"
        label={t('national.filter')}
        value={query.filter}
        onChange={(e) => query.set('filter', e.target.value)}
      >
        {FILTERS.map((f) => (
          <SelectOption key={f} value={f}>
            {filterLabel(f)}
          </SelectOption>
        ))}
      </SelectField>
      <RadioGroup
        id="national-measure"
        legend={t('national.measure')}
        options={['count', 'rate']}
        labelOf={(m) => t(`national.measures.${m}`)}
        value={query.measure}
        onChange={(m) => query.set('measure', m)}
      />
    </form>
  );
}
