import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  ErrorSummary,
  type ErrorSummaryItem,
  FileField,
  Heading,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { type DistrictList, districtsApi } from '../api';

type Upload = 'boundaries' | 'figures';

/** One upload form: a file field and a button; the problems go to the page's error summary. */
function UploadForm({
  kind,
  onUpload,
}: {
  kind: Upload;
  onUpload: (kind: Upload, file: File) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    await onUpload(kind, file);
    setBusy(false);
  };
  return (
    <form className="weerbaar-form" aria-labelledby={`districts-${kind}`} onSubmit={submit}>
      <Heading level={2} id={`districts-${kind}`}>
        {t(`districts.${kind}.title`)}
      </Heading>
      <Paragraph>{t(`districts.${kind}.intro`)}</Paragraph>
      <FileField
        id={`districts-${kind}-file`}
        label={t(`districts.${kind}.file`)}
        description={t(`districts.${kind}.fileHint`)}
        accept={kind === 'boundaries' ? '.geojson,.json,.topojson' : '.csv,.txt'}
        onFiles={(files) => setFile(files[0] ?? null)}
      />
      <PrimaryActionButton type="submit" disabled={!file || busy}>
        {t(`districts.${kind}.submit`)}
      </PrimaryActionButton>
    </form>
  );
}

/** What is loaded now: the files, when, and every area with its inhabitants. */
function Loaded({ list }: { list: DistrictList }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!list.boundaries) return <Paragraph>{t('districts.nothingLoaded')}</Paragraph>;
  const facts: [string, string][] = [
    [t('districts.boundariesFile'), list.boundaries.fileName ?? '–'],
    [t('districts.loadedAt'), format.dateTime(list.boundaries.loadedAt)],
    [t('districts.crs'), t(`districts.crsValue.${list.boundaries.crs}`)],
    [t('districts.counts'), t('districts.countsValue', list.boundaries)],
    [t('districts.figuresFile'), list.figures?.fileName ?? t('districts.noFigures')],
  ];
  if (list.figures)
    facts.push([t('districts.figuresLoadedAt'), format.dateTime(list.figures.loadedAt)]);
  return (
    <>
      <DataList className="weerbaar-facts">
        {facts.map(([k, v]) => (
          <DataListItem key={k}>
            <DataListKey>{k}</DataListKey>
            <DataListValue>{v}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      <ResponsiveTable caption={t('districts.tableCaption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('districts.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('districts.code')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('districts.level')}</TableHeaderCell>
            {list.dictionary.map((d) => (
              <TableHeaderCell scope="col" key={d.key}>
                {t(`districts.figure.${d.key}`, { defaultValue: d.label })}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.districts.map((d) => (
            <TableRow key={d.code} data-district={d.code}>
              <TableHeaderCell scope="row">{d.name}</TableHeaderCell>
              <TableCell>{d.code}</TableCell>
              <TableCell>{t(`districts.levelValue.${d.level}`)}</TableCell>
              {list.dictionary.map((f) => {
                const v = d.figures[f.key];
                return (
                  <TableCell key={f.key}>
                    {v === undefined || v === null ? '–' : format.number(v)}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </ResponsiveTable>
    </>
  );
}

/**
 * /beheer/wijken: the organisation admin loads the wijk/buurt boundaries (GeoJSON or TopoJSON
 * from CBS/PDOK) and the CBS key figures (CSV by code), and sees what was loaded.
 */
export function DistrictsAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('districts.title'));
  const orgId = useOrgId();
  const { data, error, set } = useLoad(() => districtsApi.list(orgId), [orgId]);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [status, setStatus] = useState('');

  const upload = async (kind: Upload, file: File) => {
    setStatus('');
    const fieldId = `districts-${kind}-file`;
    try {
      const text = await file.text();
      const result =
        kind === 'boundaries'
          ? await districtsApi.uploadBoundaries(orgId, file.name, text)
          : await districtsApi.uploadFigures(orgId, file.name, text);
      set(result);
      setErrors([]);
      setStatus(t(`districts.${kind}.done`));
    } catch (e) {
      setErrors(
        isApiError(e) && e.errors.length > 0
          ? e.errors.map((x) => ({ fieldId, message: x.message }))
          : [{ fieldId, message: errorMessage(e) }],
      );
    }
  };

  return (
    <>
      <Heading level={1}>{t('districts.title')}</Heading>
      <Paragraph>{t('districts.intro')}</Paragraph>
      <div role="status">{status ? <Paragraph>{status}</Paragraph> : null}</div>
      <ErrorSummary errors={errors} />
      <UploadForm kind="boundaries" onUpload={upload} />
      <UploadForm kind="figures" onUpload={upload} />
      {data ? (
        <section aria-labelledby="districts-dictionary">
          <Heading level={2} id="districts-dictionary">
            {t('districts.dictionary')}
          </Heading>
          <UnorderedList>
            {data.dictionary.map((d) => (
              <UnorderedListItem key={d.key}>
                <code>{d.key}</code> – {t(`districts.figure.${d.key}`, { defaultValue: d.label })} (
                {d.columns.join(', ')})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ) : null}
      <section aria-labelledby="districts-loaded">
        <Heading level={2} id="districts-loaded">
          {t('districts.loaded')}
        </Heading>
        {error ? <Paragraph>{errorMessage(error)}</Paragraph> : null}
        {data ? <Loaded list={data} /> : null}
      </section>
    </>
  );
}
