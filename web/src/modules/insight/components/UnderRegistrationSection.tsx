import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import {
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  SelectField,
  SelectOption,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { type Headcount, type UnderRegistration, underRegistrationApi } from '../api';

type Row = UnderRegistration['populations'][number];

/** "12,5 (10,1–14,9)" for figures per 100; "64% (58%–70%)" for shares. */
function useRange() {
  const format = useFormat();
  return {
    per100: (v: number, low: number, high: number) => {
      const n = (x: number) => format.number(x, { maximumFractionDigits: 1 });
      return `${n(v)} (${n(low)}–${n(high)})`;
    },
    share: (v: number, low: number, high: number) =>
      `${format.percent(v)} (${format.percent(low)}–${format.percent(high)})`,
  };
}

function Cells({ row }: { row: Row }) {
  const { t } = useTranslation();
  const format = useFormat();
  const range = useRange();
  const e = row.estimate;
  const s = row.survey;
  const missing = row.missing ? t(`insight.ur.missing.${row.missing}`) : '';
  return (
    <>
      <TableCell>{row.registered === null ? missing : format.number(row.registered)}</TableCell>
      <TableCell>{row.headcount === null ? '–' : format.number(row.headcount)}</TableCell>
      <TableCell>
        {e ? format.number(e.registeredPer100, { maximumFractionDigits: 1 }) : '–'}
      </TableCell>
      <TableCell>
        {s ? range.per100(s.p * 100, s.ciLow * 100, s.ciHigh * 100) : missing || '–'}
      </TableCell>
      <TableCell data-estimate={row.population}>
        {e ? range.share(e.unregisteredShare, e.unregisteredLow, e.unregisteredHigh) : missing}
      </TableCell>
    </>
  );
}

/** The organisation admin records how many office holders and employees there are. */
function HeadcountForm({
  orgId,
  initial,
  onSaved,
}: {
  orgId: string;
  initial: Headcount | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    officeHolders: initial ? String(initial.officeHolders) : '',
    employees: initial ? String(initial.employees) : '',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof Headcount, string>>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState(false);
  const ids = { officeHolders: 'headcount-office-holders', employees: 'headcount-employees' };
  const show = (e: Partial<Record<keyof Headcount, string>>, extra: ErrorSummaryItem[] = []) => {
    setErrors(e);
    setSummary([
      ...extra,
      ...(Object.keys(e) as (keyof Headcount)[]).map((f) => ({ fieldId: ids[f], message: e[f]! })),
    ]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const local: Partial<Record<keyof Headcount, string>> = {};
    for (const f of ['officeHolders', 'employees'] as const) {
      if (!/^\d{1,7}$/.test(values[f].trim())) local[f] = t('insight.ur.wholeNumber');
    }
    if (Object.keys(local).length > 0) return show(local);
    try {
      await underRegistrationApi.saveHeadcount(orgId, {
        officeHolders: Number(values.officeHolders),
        employees: Number(values.employees),
      });
      show({});
      setSaved(true);
      onSaved();
    } catch (error) {
      if (isApiError(error, 'validation_failed')) {
        const server = error.fieldErrors();
        show({
          ...(server.officeHolders ? { officeHolders: server.officeHolders } : {}),
          ...(server.employees ? { employees: server.employees } : {}),
        });
      } else show({}, [{ message: errorMessage(error) }]);
    }
  };
  return (
    <form
      className="weerbaar-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="headcount-heading"
    >
      <Heading level={3} id="headcount-heading">
        {t('insight.ur.headcountTitle')}
      </Heading>
      <ErrorSummary errors={summary} headingLevel={4} />
      <TextField
        id={ids.officeHolders}
        inputMode="numeric"
        label={t('insight.ur.officeHolders')}
        required
        value={values.officeHolders}
        error={errors.officeHolders}
        onChange={(e) => setValues((v) => ({ ...v, officeHolders: e.target.value }))}
      />
      <TextField
        id={ids.employees}
        inputMode="numeric"
        label={t('insight.ur.employees')}
        required
        value={values.employees}
        error={errors.employees}
        onChange={(e) => setValues((v) => ({ ...v, employees: e.target.value }))}
      />
      <PrimaryActionButton type="submit">{t('insight.ur.save')}</PrimaryActionButton>
      {saved ? <Paragraph role="status">{t('insight.ur.saved')}</Paragraph> : null}
    </form>
  );
}

/**
 * The live under-registration estimate: registered reports per 100 against the Monitor's
 * victims per 100 in the same year, the estimated share not registered with its interval,
 * and the method and assumptions in words.
 */
export function UnderRegistrationSection({
  orgId,
  data,
  year,
  onYear,
  onSaved,
  headingLevel,
}: {
  orgId: string;
  data: UnderRegistration;
  year: number | undefined;
  onYear: (year: number | undefined) => void;
  onSaved: () => void;
  headingLevel: 1 | 2;
}) {
  const { t } = useTranslation();
  const national = data.scope === 'national';
  const title = national ? t('insight.ur.nationalTitle') : t('insight.ur.title');
  return (
    <section aria-labelledby="ur-heading">
      <Heading level={headingLevel} id="ur-heading">
        {title}
      </Heading>
      <Paragraph>{national ? t('insight.ur.nationalIntro') : t('insight.ur.intro')}</Paragraph>
      {data.year === null ? (
        <Paragraph>{t('insight.ur.noWave')}</Paragraph>
      ) : (
        <>
          {data.publishedYears.length > 1 ? (
            <SelectField
              id="ur-year"
              label={t('insight.ur.year')}
              value={String(year ?? data.year)}
              onChange={(e) => onYear(Number(e.target.value))}
            >
              {data.publishedYears.map((y) => (
                <SelectOption key={y} value={String(y)}>
                  {y}
                </SelectOption>
              ))}
            </SelectField>
          ) : null}
          <ResponsiveTable
            caption={t('insight.ur.caption', { year: data.year })}
            columns={[
              t('insight.ur.group'),
              t('insight.ur.registered', { year: data.year }),
              national ? t('insight.ur.framePopulation') : t('insight.ur.headcount'),
              t('insight.ur.registeredPer100'),
              t('insight.ur.surveyPer100'),
              t('insight.ur.unregistered'),
            ]}
          >
            <TableBody>
              {data.populations.map((row) => (
                <TableRow key={row.population}>
                  <TableCell>{row.label}</TableCell>
                  <Cells row={row} />
                </TableRow>
              ))}
            </TableBody>
          </ResponsiveTable>
          {data.populations.some((r) => r.survey?.synthetic) ? (
            <Paragraph>{t('insight.ur.synthetic')}</Paragraph>
          ) : null}
          {data.populations.some((r) => r.estimate?.registerExceedsSurvey) ? (
            <Paragraph>{t('insight.ur.exceeds')}</Paragraph>
          ) : null}
        </>
      )}
      <Heading level={headingLevel === 1 ? 2 : 3}>{t('insight.ur.methodTitle')}</Heading>
      <Paragraph>{t('insight.ur.method')}</Paragraph>
      <UnorderedList>
        {(['victims', 'once', 'period', 'population', 'interval'] as const).map((k) => (
          <UnorderedListItem key={k}>{t(`insight.ur.assumption.${k}`)}</UnorderedListItem>
        ))}
      </UnorderedList>
      {data.canEditHeadcount ? (
        <HeadcountForm orgId={orgId} initial={data.headcount} onSaved={onSaved} />
      ) : null}
    </section>
  );
}
