import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../app/format';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '../../../ui';
import type { ReporterView } from '../api';
import { ClockList } from './ClockView';

/** What the reporter sees of their report: its status, the clocks and what they wrote. */
export function ReportSummary({ report }: { report: Omit<ReporterView, 'messages'> }) {
  const { t, i18n } = useTranslation();
  const rows: [string, string][] = [
    [t('integrity.fields.status'), t(`integrity.status.${report.status}`)],
    [t('integrity.fields.channel'), t(`integrity.channel.${report.channel}`)],
    [t('integrity.fields.category'), t(`integrity.category.${report.category}`)],
    [t('integrity.fields.subjectType'), t(`integrity.subjectType.${report.subjectType}`)],
    [t('integrity.fields.receivedOn'), formatDate(report.receivedOn, i18n.language)],
  ];
  return (
    <section aria-labelledby="report-heading">
      <Heading level={2} id="report-heading">
        {t('integrity.reporter.yourReport')}
      </Heading>
      <ClockList clocks={report.clocks} />
      <DataList className="weerbaar-integrity-facts">
        {rows.map(([k, v]) => (
          <DataListItem key={k}>
            <DataListKey>{k}</DataListKey>
            <DataListValue>{v}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      <Heading level={3}>{report.summary}</Heading>
      <Paragraph className="weerbaar-integrity-prewrap">{report.description}</Paragraph>
      {report.subject ? (
        <Paragraph>
          {t('integrity.form.subject')}: {report.subject}
        </Paragraph>
      ) : null}
      {report.occurred ? (
        <Paragraph>
          {t('integrity.form.occurred')}: {report.occurred}
        </Paragraph>
      ) : null}
    </section>
  );
}
