import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Heading,
  Paragraph,
  RouterLink,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { type ImportStatus, monitorApi, monitorPaths } from '../api';
import { UploadForm } from '../components/UploadForm';

/** How often the page asks for the import's progress. */
const POLL_MS = 700;

/** Import microdata (CSV or SPSS .sav) with a progress bar the job fills. */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('monitor.importTitle'));
  const { waveId = '' } = useParams();
  const orgId = useOrgId();
  const [job, setJob] = useState<ImportStatus | null>(null);

  useEffect(() => {
    if (!orgId || !job || job.status === 'done' || job.status === 'failed') return;
    const timer = setTimeout(async () => {
      setJob(await monitorApi.importStatus(orgId, job.id));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [orgId, job]);

  if (!orgId) return <Heading level={1}>{t('monitor.importTitle')}</Heading>;
  return (
    <>
      <Heading level={1}>{t('monitor.importTitle')}</Heading>
      <Paragraph>{t('monitor.importIntro')}</Paragraph>
      <UploadForm
        label={t('monitor.file')}
        help="CSV, .sav"
        accept=".csv,.sav,text/csv,application/x-spss-sav"
        submitLabel={t('monitor.startImport')}
        extraFields={({ prefix }) => (
          <>
            <TextField
              id={`${prefix}-stratumColumn`}
              name="stratumColumn"
              label={t('monitor.stratumColumn')}
              defaultValue="stratum"
            />
            <TextField
              id={`${prefix}-weightColumn`}
              name="weightColumn"
              label={t('monitor.weightColumn')}
              description={t('monitor.weightColumnHelp')}
            />
            <TextField
              id={`${prefix}-genderColumn`}
              name="genderColumn"
              label={t('monitor.genderColumn')}
            />
          </>
        )}
        onUpload={async (file, form) => {
          const value = (name: string) =>
            ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
          const started = await monitorApi.startImport(orgId, waveId, file, {
            stratumColumn: value('stratumColumn'),
            weightColumn: value('weightColumn'),
            genderColumn: value('genderColumn'),
          });
          setJob(started);
          return null;
        }}
      />
      {job ? (
        <section aria-labelledby="import-progress">
          <Heading level={2} id="import-progress">
            {t('monitor.progress')}
          </Heading>
          <progress
            max={100}
            value={job.percent}
            aria-labelledby="import-progress"
            aria-describedby="import-progress-text"
          />
          <Paragraph id="import-progress-text" role="status" aria-live="polite">
            {job.status === 'done'
              ? t('monitor.importDone', { count: job.importedRows })
              : t('monitor.progressText', {
                  processed: job.processedRows,
                  count: job.totalRows ?? 0,
                })}
          </Paragraph>
          {job.notes.length > 0 ? (
            <UnorderedList>
              {job.notes.map((n) => (
                <UnorderedListItem key={n}>{n}</UnorderedListItem>
              ))}
            </UnorderedList>
          ) : null}
          {job.status === 'failed' ? (
            <Alert type="error">
              <Paragraph>{t('monitor.importFailed')}</Paragraph>
              <UnorderedList>
                {job.issues.map((i) => (
                  <UnorderedListItem key={i.message}>{i.message}</UnorderedListItem>
                ))}
              </UnorderedList>
            </Alert>
          ) : null}
          {job.status === 'done' ? (
            <Paragraph>
              <RouterLink to={monitorPaths.results(waveId)}>{t('monitor.toResults')}</RouterLink>
            </Paragraph>
          ) : null}
        </section>
      ) : null}
      <Paragraph>
        <RouterLink to={monitorPaths.wave(waveId)}>{t('monitor.backToMonitor')}</RouterLink>
      </Paragraph>
    </>
  );
}
