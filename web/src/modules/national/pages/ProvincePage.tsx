import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Alert, Heading, Paragraph, RouterLink } from '../../../ui';
import { nationalApi } from '../api';
import { FigurePanel } from '../components/FigurePanel';
import { QueryControls } from '../components/QueryControls';
import { shownPeriod, useFigureText } from '../figures';
import { figureOfCell, mapCode } from '../figures-of';
import { MAP } from '../map/areas';
import { useNationalQuery } from '../query';

/** Map units around a province, so its edge is not cut off. */
const MARGIN = 8;

/**
 * /inzicht/landelijk/provincie/:code: the municipalities of one province, zoomed in, with
 * the same controls, table and CSV as the national page, and above them the region: all
 * those municipalities together (level regio, protected with them, so it can be shown).
 */
export function ProvincePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const orgId = useOrgId();
  const query = useNationalQuery('gemeente');
  const province = MAP.provincies.find((p) => p.code === code.toUpperCase());
  const title = province
    ? t('national.province.title', { province: province.name })
    : t('national.province.unknown');
  usePageTitle(title);
  const { data, error } = useLoad(
    orgId && province ? () => nationalApi.national(orgId, query.api) : null,
    [orgId, province?.code, query.api],
  );
  const regionQuery = { ...query.api, level: 'regio' as const };
  const region = useLoad(
    orgId && province ? () => nationalApi.national(orgId, regionQuery) : null,
    [orgId, province?.code, regionQuery],
  );
  const figureText = useFigureText();
  const shapes = useMemo(
    () => MAP.gemeenten.filter((g) => g.province === province?.code),
    [province],
  );
  const figures = useMemo(() => {
    const inProvince = new Set(shapes.map((s) => s.code));
    return (data?.cells.map(figureOfCell) ?? []).filter((f) => inProvince.has(f.code));
  }, [data, shapes]);
  const [x = 0, y = 0, w = 0, h = 0] = province?.box ?? [];
  // The region in the period the map shows (the same periods: the same question).
  const period = data ? shownPeriod(data.periods, query.period) : null;
  const regionCell = region.data?.cells.find(
    (c) => mapCode(c.area.code) === province?.code && c.period === period,
  );
  return (
    <>
      <Paragraph>
        <RouterLink to="/inzicht/landelijk">{t('national.province.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {province ? (
        <>
          <Paragraph>
            {t('national.province.intro', { count: shapes.length, k: data?.k ?? 10 })}
          </Paragraph>
          <QueryControls query={query} showLevel={false} />
          {error || region.error ? (
            <Alert type="error">
              <Paragraph>{errorMessage(error ?? region.error)}</Paragraph>
            </Alert>
          ) : null}
          {data && period && region.data ? (
            <section aria-labelledby="national-region-heading">
              <Heading level={2} id="national-region-heading">
                {t('national.province.regionTitle', { province: province.name, period })}
              </Heading>
              <Paragraph data-region={province.code}>
                {figureText(regionCell && figureOfCell(regionCell))}
              </Paragraph>
              <Paragraph>{t('national.province.regionNote')}</Paragraph>
            </section>
          ) : null}
          {data ? (
            <FigurePanel
              figures={figures}
              periods={data.periods}
              period={query.period}
              onPeriod={(p) => query.set('period', p)}
              measure={query.measure}
              areaHeading={t('national.areaHeading.gemeente')}
              subject={t('national.province.subject', { province: province.name })}
              shapes={shapes}
              viewBox={[x - MARGIN, y - MARGIN, w + 2 * MARGIN, h + 2 * MARGIN]}
              csvName={`weerbaar-${province.name.toLowerCase().replace(/\W+/g, '-')}-${query.api.from}-${query.api.to}`}
            />
          ) : null}
        </>
      ) : (
        <Paragraph>{t('national.province.unknownHint')}</Paragraph>
      )}
    </>
  );
}
