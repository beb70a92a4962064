import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Heading,
  Paragraph,
  RouterLink,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { nationalApi } from '../api';
import { FigurePanel } from '../components/FigurePanel';
import { QueryControls } from '../components/QueryControls';
import { TrendTable } from '../components/TrendTable';
import { figureOfCell } from '../figures-of';
import { MAP, shapesOfLevel } from '../map/areas';
import { useNationalQuery } from '../query';

/**
 * /inzicht/landelijk (national analysts, researchers): disclosure-controlled counts and rates
 * per municipality, region (a province's municipalities together), province organisation,
 * water board or layer, as a map and a table with the same numbers,
 * a CSV download and the trend over the periods asked for.
 */
export function NationalPage() {
  const { t } = useTranslation();
  const orgId = useOrgId();
  const navigate = useNavigate();
  const query = useNationalQuery();
  usePageTitle(t('national.title'));
  const { data, error } = useLoad(orgId ? () => nationalApi.national(orgId, query.api) : null, [
    orgId,
    query.api,
  ]);
  const figures = useMemo(() => data?.cells.map(figureOfCell) ?? [], [data]);
  const totals = useMemo(() => data?.totals.map(figureOfCell) ?? [], [data]);
  const level = data?.level ?? query.level;
  const shapes = shapesOfLevel(level);
  // On the provinces' map (their organisations or their regions) a province opens its page.
  const provinceMap = shapes === MAP.provincies;
  return (
    <>
      <Heading level={1}>{t('national.title')}</Heading>
      <Paragraph>{t('national.intro', { k: data?.k ?? 10 })}</Paragraph>
      <QueryControls query={query} />
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data ? (
        <>
          <FigurePanel
            figures={figures}
            periods={data.periods}
            period={query.period}
            onPeriod={(p) => query.set('period', p)}
            measure={query.measure}
            areaHeading={t(`national.areaHeading.${level}`)}
            subject={t(`national.subject.${level}`)}
            shapes={shapes}
            viewBox={MAP.viewBox}
            onActivate={
              provinceMap ? (code) => navigate(`/inzicht/landelijk/provincie/${code}`) : undefined
            }
            csvName={`weerbaar-landelijk-${level}-${query.api.from}-${query.api.to}`}
          />
          <Heading level={2}>{t('national.trend')}</Heading>
          <TrendTable caption={t('national.trendCaption')} totals={totals} />
          <Paragraph>
            {data.denominator.source
              ? t('national.denominator', { source: data.denominator.source })
              : t('national.noDenominator')}
            {data.denominator.synthetic ? ` ${t('national.synthetic')}` : ''}
          </Paragraph>
        </>
      ) : null}
      <Heading level={2}>{t('national.more')}</Heading>
      <Paragraph>
        <RouterLink to="/inzicht/onderregistratie">{t('national.underRegistration')}</RouterLink>
      </Paragraph>
      <Paragraph>
        <RouterLink to="/cijfers">{t('national.publicRelease')}</RouterLink>
      </Paragraph>
      {!provinceMap ? (
        <nav aria-label={t('national.provinces')}>
          <Heading level={3}>{t('national.provinces')}</Heading>
          <UnorderedList>
            {MAP.provincies.map((p) => (
              <UnorderedListItem key={p.code}>
                <RouterLink to={`/inzicht/landelijk/provincie/${p.code}`}>{p.name}</RouterLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </nav>
      ) : null}
    </>
  );
}
