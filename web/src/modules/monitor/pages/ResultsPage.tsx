import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Heading, Paragraph, RouterLink, UnorderedList, UnorderedListItem } from '../../../ui';
import { SvgChart } from '../../../ui/SvgChart';
import { monitorApi, monitorPaths } from '../api';
import { CellTable } from '../components/CellTable';
import { SyntheticNotice } from '../components/SyntheticNotice';

/** Weighted results of one wave: per indicator the total and each breakdown, as chart and table. */
export function ResultsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { waveId = '' } = useParams();
  const orgId = useOrgId();
  const [params] = useSearchParams();
  const results = useLoad(orgId ? () => monitorApi.results(orgId, waveId) : null, [orgId, waveId]);
  const title = results.data
    ? `${t('monitor.results')}: ${results.data.wave.title}`
    : t('monitor.results');
  usePageTitle(title);
  if (!results.data) {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Paragraph>{results.error ? results.error.message : t('monitor.loading')}</Paragraph>
      </>
    );
  }
  const r = results.data;
  const ind =
    r.estimates.indicators.find((i) => i.key === params.get('indicator')) ??
    r.estimates.indicators[0];
  const overview = r.charts.find((c) => c.indicator === null);
  return (
    <>
      <Heading level={1}>
        {title}, {r.wave.populationLabel.toLowerCase()}
      </Heading>
      {r.wave.synthetic ? <SyntheticNotice /> : null}
      <Paragraph>{t('monitor.resultsIntro', { min: r.estimates.minCellSize })}</Paragraph>
      <CellTable
        caption={`${t('monitor.overall')} ${r.wave.year}`}
        firstColumn={t('monitor.indicator')}
        rows={r.estimates.indicators.map((i) => ({ label: i.name, cell: i.overall }))}
      />
      {overview ? <SvgChart svg={overview.svg} /> : null}
      <nav aria-labelledby="indicator-nav">
        <Heading level={2} id="indicator-nav">
          {t('monitor.chooseIndicator')}
        </Heading>
        <UnorderedList>
          {r.estimates.indicators.map((i) => (
            <UnorderedListItem key={i.key}>
              <RouterLink
                to={`?indicator=${i.key}`}
                aria-current={i.key === ind?.key ? 'true' : undefined}
              >
                {i.name}
              </RouterLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </nav>
      {ind ? (
        <section key={ind.key} aria-labelledby={`ind-${ind.key}`}>
          <Heading level={2} id={`ind-${ind.key}`}>
            {ind.name}:{' '}
            {ind.overall.suppressed ? t('monitor.suppressed') : format.percent(ind.overall.p)}
          </Heading>
          <Paragraph>
            {ind.description} {t('monitor.base')}: {ind.baseLabel.toLowerCase()}.
          </Paragraph>
          {ind.comparabilityNote ? (
            <Paragraph>
              <em>{ind.comparabilityNote}</em>
            </Paragraph>
          ) : null}
          {ind.breakdowns.map((b) => {
            const chart = r.charts.find(
              (c) => c.indicator === ind.key && c.dimension === b.dimension,
            );
            return (
              <div key={b.dimension}>
                <Heading level={3}>
                  {ind.name} — {b.label.toLowerCase()}
                </Heading>
                {chart ? <SvgChart svg={chart.svg} /> : null}
                <CellTable
                  caption={`${t('monitor.tableAlternative')}: ${ind.name.toLowerCase()} naar ${b.label.toLowerCase()}`}
                  firstColumn={b.label}
                  rows={b.categories.map((c) => ({ label: c.label, cell: c.cell }))}
                />
              </div>
            );
          })}
        </section>
      ) : null}
      <Paragraph>
        <RouterLink to={monitorPaths.wave(r.wave.id)}>{t('monitor.backToMonitor')}</RouterLink>
      </Paragraph>
    </>
  );
}
