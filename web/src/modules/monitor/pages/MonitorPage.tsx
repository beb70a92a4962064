import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { useSession } from '../../../app/session';
import {
  Button,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  ResponsiveTable,
  RouterLink,
  SelectField,
  SelectOption,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { monitorApi, monitorPaths, type Population } from '../api';
import { ProblemSummary, problemItems } from '../components/ProblemSummary';
import { SyntheticBadge } from '../components/SyntheticNotice';

const FIELD_IDS = {
  'body.year': 'wave-year',
  'body.population': 'wave-population',
  'body.fieldStart': 'wave-start',
  'body.fieldEnd': 'wave-end',
};

function NewWaveForm({ orgId, onCreated }: { orgId: string; onCreated: () => void }) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [done, setDone] = useState(false);
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message ?? null;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setDone(false);
    try {
      await monitorApi.createWave(orgId, {
        year: Number(data.get('wave-year')),
        // The server checks the choice and the dates, and names the field it refuses.
        population: data.get('wave-population') as Population,
        fieldStart: data.get('wave-start') as string,
        fieldEnd: data.get('wave-end') as string,
      });
      setErrors([]);
      setDone(true);
      onCreated();
    } catch (error) {
      setErrors(problemItems(error, FIELD_IDS));
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-wave">
      <Heading level={2} id="new-wave">
        {t('monitor.newWave')}
      </Heading>
      <ProblemSummary items={errors} />
      <TextField
        id="wave-year"
        label={t('monitor.year')}
        inputMode="numeric"
        required
        error={fieldError('wave-year')}
      />
      <SelectField
        id="wave-population"
        label={t('monitor.population')}
        required
        error={fieldError('wave-population')}
      >
        <SelectOption value="office_holders">{t('monitor.officeHolders')}</SelectOption>
        <SelectOption value="civil_servants">{t('monitor.civilServants')}</SelectOption>
      </SelectField>
      <TextField
        id="wave-start"
        type="date"
        label={t('monitor.fieldStart')}
        required
        error={fieldError('wave-start')}
      />
      <TextField
        id="wave-end"
        type="date"
        label={t('monitor.fieldEnd')}
        required
        error={fieldError('wave-end')}
      />
      <Button type="submit" appearance="primary-action-button">
        {t('monitor.create')}
      </Button>
      {done ? <Paragraph role="status">{t('monitor.created')}</Paragraph> : null}
    </form>
  );
}

/** The Monitor's start page: waves, trends, published reports, and a new wave. */
export function MonitorPage() {
  const { t } = useTranslation();
  usePageTitle(t('monitor.title'));
  const orgId = useOrgId();
  const { roles } = useSession();
  const researcher = roles.includes('researcher');
  const waves = useLoad(orgId ? () => monitorApi.waves(orgId) : null, [orgId]);
  const reports = useLoad(orgId ? () => monitorApi.reports(orgId) : null, [orgId]);
  return (
    <>
      <Heading level={1}>{t('monitor.title')}</Heading>
      <Paragraph>{t('monitor.intro')}</Paragraph>

      <Heading level={2}>{t('monitor.waves')}</Heading>
      {!waves.data ? (
        <Paragraph>{waves.error ? waves.error.message : t('monitor.loading')}</Paragraph>
      ) : waves.data.length === 0 ? (
        <Paragraph>{t('monitor.noWaves')}</Paragraph>
      ) : (
        <ResponsiveTable
          caption={t('monitor.waves')}
          columns={[t('monitor.year'), t('monitor.population'), t('monitor.status')]}
        >
          <TableBody>
            {waves.data.map((w) => (
              <TableRow key={w.id}>
                <TableHeaderCell scope="row">
                  <RouterLink to={monitorPaths.wave(w.id)}>
                    {w.title}
                    {w.synthetic ? <SyntheticBadge /> : null}
                  </RouterLink>
                </TableHeaderCell>
                <TableCell>{w.populationLabel}</TableCell>
                <TableCell>{w.statusLabel}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ResponsiveTable>
      )}

      <Heading level={2}>{t('monitor.trends')}</Heading>
      <UnorderedList>
        <UnorderedListItem>
          <RouterLink to={monitorPaths.trends('office_holders')}>
            {t('monitor.officeHolders')}
          </RouterLink>
        </UnorderedListItem>
        <UnorderedListItem>
          <RouterLink to={monitorPaths.trends('civil_servants')}>
            {t('monitor.civilServants')}
          </RouterLink>
        </UnorderedListItem>
      </UnorderedList>

      <Heading level={2}>{t('monitor.reports')}</Heading>
      {reports.data && reports.data.length > 0 ? (
        <UnorderedList>
          {reports.data.map((r) => (
            <UnorderedListItem key={r.id}>
              <RouterLink to={monitorPaths.report(r.id)}>
                {r.title}:{' '}
                {r.population === 'office_holders'
                  ? t('monitor.officeHolders')
                  : t('monitor.civilServants')}
                {r.synthetic ? <SyntheticBadge /> : null}
              </RouterLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{reports.data ? t('monitor.noReports') : t('monitor.loading')}</Paragraph>
      )}

      {researcher && orgId ? <NewWaveForm orgId={orgId} onCreated={waves.reload} /> : null}
    </>
  );
}
