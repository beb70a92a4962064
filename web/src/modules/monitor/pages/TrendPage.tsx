import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatNumber, useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Heading,
  Paragraph,
  ResponsiveTable,
  RouterLink,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { SvgChart } from '../../../ui/SvgChart';
import { type Cell, monitorApi, monitorPaths, type Population, type TrendStep } from '../api';
import { SyntheticNotice } from '../components/SyntheticNotice';

function CellText({ cell }: { cell: Cell | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!cell) return <>{t('monitor.notMeasured')}</>;
  if (cell.suppressed) return <>{t('monitor.suppressed')}</>;
  return (
    <>
      {format.percent(cell.p)}
      <br />
      <span style={{ whiteSpace: 'nowrap' }}>
        ({format.percent(cell.ciLow)}–{format.percent(cell.ciHigh)})
      </span>
    </>
  );
}

function StepText({ step }: { step: TrendStep }) {
  const { t, i18n } = useTranslation();
  if (step.status === 'not_comparable') return <>{t('monitor.notComparable')}</>;
  if (step.status !== 'compared') {
    return <>{step.status === 'suppressed' ? t('monitor.suppressed') : t('monitor.notMeasured')}</>;
  }
  const points = formatNumber(step.difference * 100, i18n.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const pts = `${points} pp`;
  return step.significant ? (
    <strong>
      {pts}
      <br />({t('monitor.significant')})
    </strong>
  ) : (
    <>
      {pts}
      <br />({t('monitor.notSignificant')})
    </>
  );
}

/** Trends of one population across its waves: table with changes and significance, and charts. */
export function TrendPage() {
  const { t } = useTranslation();
  const { population: slug } = useParams();
  const population: Population = slug === 'ambtenaren' ? 'civil_servants' : 'office_holders';
  const label =
    population === 'office_holders' ? t('monitor.officeHolders') : t('monitor.civilServants');
  const title = t('monitor.trendsFor', { population: label.toLowerCase() });
  usePageTitle(title);
  const orgId = useOrgId();
  const trends = useLoad(orgId ? () => monitorApi.trends(orgId, population) : null, [
    orgId,
    population,
  ]);
  if (!trends.data) {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Paragraph>{trends.error ? trends.error.message : t('monitor.loading')}</Paragraph>
      </>
    );
  }
  const d = trends.data;
  const synthetic = d.indicators.some((i) => i.points.some((p) => p.synthetic));
  const notes = [...new Set(d.indicators.flatMap((i) => i.notes))];
  return (
    <>
      <Heading level={1}>{title}</Heading>
      {synthetic ? <SyntheticNotice /> : null}
      <ResponsiveTable caption={t('monitor.trends')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('monitor.indicator')}</TableHeaderCell>
            {d.years.map((y) => (
              <TableHeaderCell scope="col" key={y}>
                {y}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {d.indicators.flatMap((ind) => [
            <TableRow key={ind.key}>
              <TableHeaderCell scope="row">{ind.name}</TableHeaderCell>
              {ind.points.map((p) => (
                <TableCell key={p.year}>
                  <CellText cell={p.cell} />
                </TableCell>
              ))}
            </TableRow>,
            <TableRow key={`${ind.key}-change`}>
              <TableHeaderCell scope="row">
                {ind.name}: {t('monitor.change').toLowerCase()}
              </TableHeaderCell>
              <TableCell>—</TableCell>
              {ind.steps.map((s) => (
                <TableCell key={s.toYear} data-step={`${ind.key}-${s.toYear}`}>
                  <StepText step={s} />
                </TableCell>
              ))}
            </TableRow>,
          ])}
        </TableBody>
      </ResponsiveTable>
      {notes.length > 0 ? (
        <UnorderedList>
          {notes.map((n) => (
            <UnorderedListItem key={n}>{n}</UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {d.charts.map((c) => (
        <section key={c.id} aria-labelledby={`${c.id}-heading`}>
          <Heading level={2} id={`${c.id}-heading`}>
            {c.title}
          </Heading>
          <SvgChart svg={c.svg} />
        </section>
      ))}
      <Paragraph>
        <RouterLink to={monitorPaths.home}>{t('monitor.backToMonitor')}</RouterLink>
      </Paragraph>
    </>
  );
}
