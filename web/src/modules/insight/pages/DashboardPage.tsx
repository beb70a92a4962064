import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  LinkList,
  LinkListLink,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  SelectField,
  SelectOption,
  SvgChart,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextField,
} from '../../../ui';
import { KINDS } from '../../incidents/vocabulary';
import {
  type Dashboard,
  type DashboardFilters,
  type DashboardTable,
  filtersOf,
  GRANULARITIES,
  insightApi,
  queryOf,
  underRegistrationApi,
} from '../api';
import { DistrictSection } from '../components/DistrictSection';
import { UnderRegistrationSection } from '../components/UnderRegistrationSection';

type Unit = DashboardTable['rows'][number]['unit'];

/** A cell as the CSV download writes it: no thousands separator, percentages to one decimal. */
function useCell() {
  const format = useFormat();
  return (value: number | null, unit: Unit) => {
    if (value === null) return '';
    const shown = unit === 'percent' ? Math.round(value * 1000) / 10 : value;
    const text = format.number(shown, { maximumFractionDigits: 1, useGrouping: false });
    return unit === 'percent' ? `${text}%` : text;
  };
}

/** One subject: its chart, the same numbers as a table, and the CSV download. */
function TableSection({ table, csvUrl }: { table: DashboardTable; csvUrl: string }) {
  const { t } = useTranslation();
  const cell = useCell();
  const headingId = `insight-${table.id}`;
  return (
    <section aria-labelledby={headingId} className="insight-section">
      <Heading level={2} id={headingId}>
        {table.title}
      </Heading>
      <SvgChart svg={table.chart.svg} />
      <ResponsiveTable caption={t('insight.tableCaption', { title: table.title })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('insight.subject')}</TableHeaderCell>
            {table.columns.map((c) => (
              <TableHeaderCell scope="col" key={c}>
                {c}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((r) => (
            <TableRow key={r.key} data-row={r.key}>
              <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
              {r.values.map((v, i) => (
                <TableCell key={table.columns[i]}>{cell(v, r.unit)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </ResponsiveTable>
      <LinkList>
        <LinkListLink href={csvUrl} download data-csv={table.id}>
          {t('insight.downloadTable', { title: table.title })}
        </LinkListLink>
      </LinkList>
    </section>
  );
}

/** The key figures of the selection as a definition list. */
function Summary({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const s = d.summary;
  const share = (v: number | null) => (v === null ? t('insight.noFigure') : format.percent(v));
  const rows: [string, string][] = [
    [t('insight.incidents'), format.number(s.incidents)],
    [
      t('insight.medianHours'),
      s.medianHoursToFirstContact === null
        ? t('insight.noFigure')
        : t('insight.hours', {
            value: format.number(s.medianHoursToFirstContact, { maximumFractionDigits: 1 }),
          }),
    ],
    [t('insight.inTime', { days: d.firstContactWorkingDays }), share(s.shareFirstContactInTime)],
    [t('insight.police'), share(s.sharePoliceReport)],
    [t('insight.aftercare'), share(s.shareAftercareCompleted)],
    [t('insight.open'), format.number(s.open)],
    [t('insight.overdue'), format.number(s.overdue)],
    [t('insight.integrityReceived'), format.number(s.integrityReceived)],
    [t('insight.integrityBreached'), format.number(s.integrityClocksBreached)],
  ];
  return (
    <DataList className="weerbaar-facts">
      {rows.map(([k, value]) => (
        <DataListItem key={k}>
          <DataListKey>{k}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/**
 * The organisation's dashboard: filters in the address bar (so back, forward and reload
 * keep them), the key figures, and per subject an SVG chart with the same numbers as a
 * table and a CSV download. Aggregates only: nothing here leads to a case.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('insight.title'));
  const orgId = useOrgId();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const key = queryOf(filters);
  const [draft, setDraft] = useState<DashboardFilters>(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for the filters in the address
  useEffect(() => setDraft(filtersOf(params)), [key]);
  const { data, error } = useLoad(orgId ? () => insightApi.dashboard(orgId, filters) : null, [
    orgId,
    key,
  ]);
  const [urYear, setUrYear] = useState<number | undefined>(undefined);
  const ur = useLoad(orgId ? () => underRegistrationApi.organisation(orgId, urYear) : null, [
    orgId,
    urYear,
  ]);
  const set = (name: keyof DashboardFilters, value: string) =>
    setDraft((d) => ({ ...d, [name]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(new URLSearchParams(queryOf(draft)));
  };
  // The CSV links carry the periods the answer shows, so the file holds the same numbers.
  const shown: DashboardFilters | null = data
    ? { granularity: data.granularity, from: data.from, to: data.to, kind: data.kind ?? '' }
    : null;

  return (
    <>
      <Heading level={1}>{t('insight.title')}</Heading>
      <Paragraph>{t('insight.intro')}</Paragraph>
      <form
        className="weerbaar-form weerbaar-filters"
        aria-labelledby="insight-filters"
        onSubmit={apply}
      >
        <Heading level={2} id="insight-filters">
          {t('insight.filters')}
        </Heading>
        <SelectField
          id="insight-granularity"
          label={t('insight.granularity')}
          value={draft.granularity}
          onChange={(e) => set('granularity', e.target.value)}
        >
          {GRANULARITIES.map((g) => (
            <SelectOption key={g} value={g}>
              {t(`insight.granularityValue.${g}`)}
            </SelectOption>
          ))}
        </SelectField>
        <TextField
          id="insight-from"
          type="month"
          label={t('insight.from')}
          description={t('insight.monthHint')}
          value={draft.from}
          onChange={(e) => set('from', e.target.value)}
        />
        <TextField
          id="insight-to"
          type="month"
          label={t('insight.to')}
          value={draft.to}
          onChange={(e) => set('to', e.target.value)}
        />
        <SelectField
          id="insight-kind"
          label={t('insight.kind')}
          value={draft.kind}
          onChange={(e) => set('kind', e.target.value)}
        >
          <SelectOption value="">{t('insight.allKinds')}</SelectOption>
          {KINDS.map((k) => (
            <SelectOption key={k} value={k}>
              {t(`incidents.value.${k}`)}
            </SelectOption>
          ))}
        </SelectField>
        <div className="weerbaar-filters-wide">
          <PrimaryActionButton type="submit">{t('insight.apply')}</PrimaryActionButton>
        </div>
      </form>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {!data && !error ? <Paragraph>{t('insight.loading')}</Paragraph> : null}
      {data && shown ? (
        <>
          <Heading level={2} id="insight-summary">
            {t('insight.summary')}
          </Heading>
          <Paragraph>{t('insight.period', { from: data.from, to: data.to })}</Paragraph>
          {data.summary.incidents === 0 ? <Paragraph>{t('insight.empty')}</Paragraph> : null}
          <Summary d={data} />
          <LinkList>
            <LinkListLink href={insightApi.csvUrl(orgId, shown)} download data-csv="all">
              {t('insight.downloadAll')}
            </LinkListLink>
          </LinkList>
          {ur.data ? (
            <UnderRegistrationSection
              orgId={orgId}
              data={ur.data}
              year={urYear}
              onYear={setUrYear}
              onSaved={ur.reload}
              headingLevel={2}
            />
          ) : null}
          {data.tables.map((table) => (
            <TableSection
              key={table.id}
              table={table}
              csvUrl={insightApi.csvUrl(orgId, shown, table.id)}
            />
          ))}
          <DistrictSection orgId={orgId} from={data.from} to={data.to} />
        </>
      ) : null}
    </>
  );
}
