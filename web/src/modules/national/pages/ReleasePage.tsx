import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Heading,
  Link,
  Paragraph,
  RouterLink,
  SelectField,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { LEVELS, type Level, nationalApi, type Release, releaseDownloads } from '../api';
import { FigurePanel } from '../components/FigurePanel';
import { TrendTable } from '../components/TrendTable';
import { figureOfRow } from '../figures-of';
import { MAP, shapesOfLevel } from '../map/areas';
import { useFilterLabel } from '../query';

/** Rows of `level` that are areas (not the level's total: a layer, or the country for layers). */
const isArea = (level: Level, areaType: string) =>
  areaType !== 'land' && (level === 'layer' || areaType !== 'layer');

function ReleaseList({ releases, current }: { releases: readonly Release[]; current: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const quarterOf = new Map(releases.map((r) => [r.id, r.quarter]));
  return (
    <UnorderedList>
      {releases.map((r) => (
        <UnorderedListItem key={r.id}>
          {r.id === current ? (
            <strong>{t('national.release.itemCurrent', { quarter: r.quarter })}</strong>
          ) : (
            <RouterLink to={`/cijfers/${r.id}`}>
              {t('national.release.item', { quarter: r.quarter })}
            </RouterLink>
          )}{' '}
          {t('national.release.publishedOn', { date: format.date(r.publishedAt) })}
          {r.correctsId
            ? ` ${t('national.release.corrects', { quarter: quarterOf.get(r.correctsId) ?? '' })}`
            : ''}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/**
 * /cijfers and /cijfers/:releaseId, without login: a published quarterly national release
 * (the latest by default) with the map, the tables, the open-data downloads, the licence, the
 * method in plain words, and every earlier release and correction. A release never changes.
 */
export function ReleasePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const filterLabel = useFilterLabel();
  const { releaseId } = useParams();
  const releases = useLoad(() => nationalApi.releases(), []);
  const id = releaseId ?? releases.data?.[0]?.id ?? null;
  const tables = useLoad(id ? () => nationalApi.release(id) : null, [id]);
  const [level, setLevel] = useState<Level>('gemeente');
  const [filter, setFilter] = useState('all');
  const [period, setPeriod] = useState<string | null>(null);
  const release = tables.data?.release;
  const title = release
    ? t('national.release.title', { quarter: release.quarter })
    : t('national.release.titleShort');
  usePageTitle(title);

  const rows = tables.data?.rows ?? [];
  const filters = [...new Set(rows.map((r) => r.filter))];
  const levels = LEVELS.filter((l) => rows.some((r) => r.level === l));
  const chosen = useMemo(
    () => rows.filter((r) => r.level === level && r.filter === filter),
    [rows, level, filter],
  );
  const figures = useMemo(
    () => chosen.filter((r) => isArea(level, r.areaType)).map(figureOfRow),
    [chosen, level],
  );
  const totals = useMemo(
    () => chosen.filter((r) => !isArea(level, r.areaType)).map(figureOfRow),
    [chosen, level],
  );
  const periods = [...new Set(figures.map((f) => f.period))].sort();
  const shapes = shapesOfLevel(level);
  const downloads = id ? releaseDownloads(id) : null;
  const error = releases.error ?? tables.error;
  const none = releases.data?.length === 0 && !releaseId;

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('national.release.intro')}</Paragraph>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {none ? <Paragraph>{t('national.release.none')}</Paragraph> : null}
      {release && downloads ? (
        <>
          <Paragraph>
            {t('national.release.meta', {
              quarter: release.quarter,
              date: format.date(release.publishedAt),
              k: release.k,
            })}
          </Paragraph>
          {release.correctsId ? (
            <Alert type="info">
              <Paragraph>
                {t('national.release.correction')}{' '}
                <RouterLink to={`/cijfers/${release.correctsId}`}>
                  {t('national.release.corrected')}
                </RouterLink>
              </Paragraph>
            </Alert>
          ) : null}
          <form
            className="national-controls"
            aria-label={t('national.controls')}
            onSubmit={(e) => e.preventDefault()}
          >
            <SelectField
              id="release-level"
              label={t('national.level')}
              value={level}
              onChange={(e) => {
                setLevel(e.target.value as Level);
                setPeriod(null);
              }}
            >
              {levels.map((l) => (
                <SelectOption key={l} value={l}>
                  {t(`national.levels.${l}`)}
                </SelectOption>
              ))}
            </SelectField>
            <SelectField
              id="release-filter"
              label={t('national.filter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            >
              {filters.map((f) => (
                <SelectOption key={f} value={f}>
                  {filterLabel(f)}
                </SelectOption>
              ))}
            </SelectField>
          </form>
          <FigurePanel
            figures={figures}
            periods={periods}
            period={period}
            onPeriod={setPeriod}
            measure="count"
            areaHeading={t(`national.areaHeading.${level}`)}
            subject={t(`national.subject.${level}`)}
            shapes={shapes}
            viewBox={MAP.viewBox}
            csvName={`weerbaar-landelijk-${release.quarter}-${level}`}
          />
          {totals.length > 0 ? (
            <TrendTable caption={t('national.release.totals')} totals={totals} />
          ) : null}
          <Heading level={2}>{t('national.release.downloads')}</Heading>
          <UnorderedList>
            <UnorderedListItem>
              <Link href={downloads.csv} download>
                {t('national.release.tablesCsv')}
              </Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link href={downloads.json}>{t('national.release.tablesJson')}</Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link href={downloads.dictionaryCsv} download>
                {t('national.release.dictionaryCsv')}
              </Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link href={downloads.dictionaryJson}>{t('national.release.dictionaryJson')}</Link>
            </UnorderedListItem>
          </UnorderedList>
          <Heading level={2}>{t('national.release.licenceTitle')}</Heading>
          <Paragraph>{t('national.release.licence', { licence: release.licence })}</Paragraph>
        </>
      ) : null}
      <Heading level={2}>{t('national.method.title')}</Heading>
      <Paragraph>{t('national.method.threshold', { k: release?.k ?? 10 })}</Paragraph>
      <Paragraph>{t('national.method.secondary')}</Paragraph>
      <Paragraph>{t('national.method.fixed')}</Paragraph>
      <Paragraph>{t('national.method.rates')}</Paragraph>
      <Paragraph>{t('national.method.more')}</Paragraph>
      {releases.data && releases.data.length > 0 ? (
        <>
          <Heading level={2}>{t('national.release.all')}</Heading>
          <ReleaseList releases={releases.data} current={id ?? ''} />
        </>
      ) : null}
    </>
  );
}
