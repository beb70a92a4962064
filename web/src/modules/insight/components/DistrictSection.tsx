import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad } from '../../../app/load';
import {
  Alert,
  Choropleth,
  Heading,
  LinkList,
  LinkListLink,
  type MapValue,
  Paragraph,
  ResponsiveTable,
  SelectField,
  SelectOption,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../../ui';
import { type DistrictRow, districtInsightApi } from '../api';

type Level = 'wijken' | 'buurten';

/**
 * Reports in a public place per wijk or buurt (ADR 0044): the map (keyboard: one tab stop,
 * arrow keys between areas), the same numbers as a table next to the CBS context figures, and
 * the CSV. Within the organisation only; counts are shown as they are.
 */
export function DistrictSection({ orgId, from, to }: { orgId: string; from: string; to: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [level, setLevel] = useState<Level>('wijken');
  const { data, error } = useLoad(
    () => districtInsightApi.view(orgId, from, to),
    [orgId, from, to],
  );
  const rows: DistrictRow[] = data ? data[level] : [];
  const values = useMemo(
    () => new Map<string, MapValue>(rows.map((r) => [r.code, { value: r.incidents }])),
    [rows],
  );
  const number = (v: number | null, digits = 0) =>
    v === null ? '–' : format.number(v, { maximumFractionDigits: digits });
  const rowText = (r: DistrictRow) =>
    r.perThousand === null
      ? t('insight.districts.areaCount', { count: r.incidents })
      : t('insight.districts.areaRate', { count: r.incidents, rate: number(r.perThousand, 2) });

  return (
    <section aria-labelledby="insight-districts" className="insight-section">
      <Heading level={2} id="insight-districts">
        {t('insight.districts.title')}
      </Heading>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data && !data.loaded ? <Paragraph>{t('insight.districts.notLoaded')}</Paragraph> : null}
      {data?.loaded ? (
        <>
          <Paragraph>
            {t('insight.districts.summary', {
              count: data.publicPlace,
              without: data.withoutDistrict,
            })}
          </Paragraph>
          <SelectField
            id="insight-district-level"
            label={t('insight.districts.level')}
            value={level}
            onChange={(e) => setLevel(e.target.value as Level)}
          >
            <SelectOption value="wijken">{t('insight.districts.wijken')}</SelectOption>
            <SelectOption value="buurten">{t('insight.districts.buurten')}</SelectOption>
          </SelectField>
          <Choropleth
            shapes={rows}
            values={values}
            label={(shape) => {
              const row = rows.find((r) => r.code === shape.code);
              return `${shape.name}: ${row ? rowText(row) : ''}`;
            }}
            title={t('insight.districts.mapTitle', {
              level: t(`insight.districts.${level}`),
              from: data.from,
              to: data.to,
            })}
            viewBox={data.viewBox}
            texts={{
              help: t('insight.districts.help'),
              readoutEmpty: t('insight.districts.readoutEmpty'),
              legend: t('insight.districts.legend'),
              classLabel: (index, lower, upper) =>
                index === 0
                  ? t('insight.districts.classFirst', { upper: number(upper) })
                  : t('insight.districts.classNext', {
                      lower: number(lower),
                      upper: number(upper),
                    }),
              credit: t('insight.districts.credit'),
            }}
          />
          <ResponsiveTable
            caption={t('insight.districts.tableCaption', {
              level: t(`insight.districts.${level}`),
            })}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('insight.districts.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('insight.districts.code')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('insight.districts.incidents')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('insight.districts.inwoners')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('insight.districts.perThousand')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.code} data-district={r.code}>
                  <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
                  <TableCell>{r.code}</TableCell>
                  <TableCell data-cell="incidents">{number(r.incidents)}</TableCell>
                  <TableCell>{number(r.inwoners)}</TableCell>
                  <TableCell>{number(r.perThousand, 2)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ResponsiveTable>
          <LinkList>
            <LinkListLink
              href={districtInsightApi.csvUrl(orgId, data.from, data.to)}
              download
              data-csv="districts"
            >
              {t('insight.districts.download')}
            </LinkListLink>
          </LinkList>
        </>
      ) : null}
    </section>
  );
}
