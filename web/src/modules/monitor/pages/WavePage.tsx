import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { useSession } from '../../../app/session';
import {
  Button,
  ButtonGroup,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  ResponsiveTable,
  RouterLink,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { monitorApi, monitorPaths } from '../api';
import { ProblemSummary, problemItems } from '../components/ProblemSummary';
import { SyntheticNotice } from '../components/SyntheticNotice';
import { UploadForm } from '../components/UploadForm';

/** One wave: its state, response per stratum while it runs, and what a researcher can do next. */
export function WavePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { waveId = '' } = useParams();
  const orgId = useOrgId();
  const researcher = useSession().roles.includes('researcher');
  const wave = useLoad(orgId ? () => monitorApi.wave(orgId, waveId) : null, [orgId, waveId]);
  const rates = useLoad(
    orgId && researcher ? () => monitorApi.responseRates(orgId, waveId) : null,
    [orgId, waveId, researcher],
  );
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  usePageTitle(wave.data?.title ?? t('monitor.title'));

  if (!wave.data || !orgId) {
    return (
      <>
        <Heading level={1}>{t('monitor.title')}</Heading>
        <Paragraph>{wave.error ? wave.error.message : t('monitor.loading')}</Paragraph>
      </>
    );
  }
  const w = wave.data;
  // Waves without invitations (imported, synthetic) show the sample from the frame instead.
  const viaWeerbaar = (rates.data?.invited ?? 0) > 0;
  const act = async (action: () => Promise<unknown>, done: string) => {
    setStatus(null);
    try {
      await action();
      setErrors([]);
      setStatus(done);
      wave.reload();
      rates.reload();
    } catch (error) {
      setErrors(problemItems(error));
    }
  };

  return (
    <>
      <Heading level={1}>
        {w.title}: {w.populationLabel.toLowerCase()}
      </Heading>
      {w.synthetic ? <SyntheticNotice /> : null}
      <ProblemSummary items={errors} />
      {status ? <Paragraph role="status">{status}</Paragraph> : null}
      <Paragraph>
        <strong>{t('monitor.status')}:</strong> {w.statusLabel}
        <br />
        <strong>{t('monitor.fieldwork')}:</strong> {format.date(w.fieldStart)} –{' '}
        {format.date(w.fieldEnd)}
        {w.counts ? (
          <>
            <br />
            <strong>{t('monitor.strata')}:</strong> {w.counts.strata}
            <br />
            <strong>{t('monitor.stored')}:</strong> {format.number(w.counts.responses)}
          </>
        ) : null}
      </Paragraph>

      <UnorderedList>
        <UnorderedListItem>
          <RouterLink to={monitorPaths.results(w.id)}>{t('monitor.toResults')}</RouterLink>
        </UnorderedListItem>
        <UnorderedListItem>
          <RouterLink to={monitorPaths.trends(w.population)}>{t('monitor.trends')}</RouterLink>
        </UnorderedListItem>
        {w.publicationId ? (
          <UnorderedListItem>
            <RouterLink to={monitorPaths.report(w.publicationId)}>{t('monitor.report')}</RouterLink>
          </UnorderedListItem>
        ) : null}
        {researcher && (w.status === 'draft' || w.status === 'closed') ? (
          <UnorderedListItem>
            <RouterLink to={monitorPaths.importPage(w.id)}>{t('monitor.toImport')}</RouterLink>
          </UnorderedListItem>
        ) : null}
      </UnorderedList>

      {researcher ? (
        <ButtonGroup>
          {w.nextStatuses.includes('fielding') ? (
            <Button
              appearance="secondary-action-button"
              onClick={() =>
                act(() => monitorApi.setStatus(orgId, w.id, 'fielding'), t('monitor.statusChanged'))
              }
            >
              {t('monitor.startFieldwork')}
            </Button>
          ) : null}
          {w.nextStatuses.includes('closed') ? (
            <Button
              appearance="secondary-action-button"
              onClick={() =>
                act(() => monitorApi.setStatus(orgId, w.id, 'closed'), t('monitor.statusChanged'))
              }
            >
              {t('monitor.closeWave')}
            </Button>
          ) : null}
          {w.nextStatuses.includes('published') ? (
            <Button
              appearance="primary-action-button"
              onClick={() => act(() => monitorApi.publish(orgId, w.id), t('monitor.published'))}
            >
              {w.status === 'published' ? t('monitor.republish') : t('monitor.publish')}
            </Button>
          ) : null}
        </ButtonGroup>
      ) : null}

      {rates.data ? (
        <section aria-labelledby="response-rates">
          <Heading level={2} id="response-rates">
            {t('monitor.responseRates')}
          </Heading>
          <Paragraph>{t('monitor.responseRatesIntro')}</Paragraph>
          {viaWeerbaar ? (
            <Paragraph>
              {t('monitor.invited')}: {rates.data.invited} · {t('monitor.answered')}:{' '}
              {rates.data.answered} ({format.percent(rates.data.rate)}) · {t('monitor.waiting')}:{' '}
              {rates.data.waitingInBatch}
            </Paragraph>
          ) : null}
          <ResponsiveTable
            caption={t('monitor.responseRates')}
            columns={[
              t('monitor.stratum'),
              t('monitor.population'),
              viaWeerbaar ? t('monitor.invited') : t('monitor.approached'),
              t('monitor.answered'),
              t('monitor.rate'),
            ]}
          >
            <TableBody>
              {rates.data.strata.map((s) => (
                <TableRow key={s.code}>
                  <TableHeaderCell scope="row">
                    {s.layerLabel}, {s.roleLabel.toLowerCase()}
                    {s.sizeClass === 'alle' ? '' : `, ${s.sizeClass}`}
                  </TableHeaderCell>
                  <TableCell>{format.number(s.population)}</TableCell>
                  <TableCell>{viaWeerbaar ? s.invited : (s.sampleSize ?? '—')}</TableCell>
                  <TableCell>{viaWeerbaar ? s.answered : s.storedResponses}</TableCell>
                  <TableCell>
                    {viaWeerbaar
                      ? format.percent(s.rate)
                      : s.sampleSize
                        ? format.percent(s.storedResponses / s.sampleSize)
                        : '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ResponsiveTable>
        </section>
      ) : null}

      {researcher && w.status !== 'published' ? (
        <section aria-labelledby="uploads">
          <Heading level={2} id="uploads">
            {t('monitor.frame')}
          </Heading>
          <UploadForm
            label={t('monitor.file')}
            help={t('monitor.frameHelp')}
            accept=".csv,text/csv"
            submitLabel={t('monitor.upload')}
            onUpload={async (file) => {
              await monitorApi.uploadFrame(orgId, w.id, file);
              wave.reload();
              rates.reload();
              return t('monitor.uploaded');
            }}
          />
          {w.status === 'draft' || w.status === 'fielding' ? (
            <>
              <Heading level={2}>{t('monitor.invitees')}</Heading>
              <UploadForm
                label={t('monitor.file')}
                help={t('monitor.inviteesHelp')}
                accept=".csv,text/csv"
                submitLabel={t('monitor.upload')}
                onUpload={async (file) => {
                  await monitorApi.uploadInvitations(orgId, w.id, file);
                  rates.reload();
                  return t('monitor.uploaded');
                }}
              />
            </>
          ) : null}
        </section>
      ) : null}
      <Paragraph>
        <RouterLink to={monitorPaths.home}>{t('monitor.backToMonitor')}</RouterLink>
      </Paragraph>
    </>
  );
}
