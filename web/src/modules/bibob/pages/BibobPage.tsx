import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  TableCell,
  TableRow,
  TextField,
} from '../../../ui';
import { bibobApi, type Settings } from '../api';
import { useAction } from '../components/useAction';

const FIELDS = [
  'adviceWeeks',
  'adviceExtensionWeeks',
  'decisionWeeks',
  'questionnaireDays',
  'zienswijzeDays',
  'policyRenewalYears',
  'retentionMonths',
] as const satisfies readonly (keyof Settings)[];
const IDS = Object.fromEntries(FIELDS.map((f) => [f, `bibob-${f}`]));

/** The Bibob start page: policy renewal, overdue deadlines, the way in, and the terms. */
export function BibobPage() {
  const { t } = useTranslation();
  usePageTitle(t('bibob.title'));
  const orgId = useOrgId();
  const format = useFormat();
  const policy = useLoad(orgId ? () => bibobApi.policy(orgId) : null, [orgId]);
  const cases = useLoad(orgId ? () => bibobApi.cases(orgId) : null, [orgId]);
  const settings = useLoad(orgId ? () => bibobApi.settings(orgId) : null, [orgId]);
  const [values, setValues] = useState<Record<string, string>>({});
  const action = useAction(IDS);
  useEffect(() => {
    if (settings.data)
      setValues(Object.fromEntries(FIELDS.map((f) => [f, String(settings.data![f])])));
  }, [settings.data]);

  const renewal = policy.data?.renewal;
  const overdue = (cases.data ?? []).filter((c) => c.overdue > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    for (const f of FIELDS)
      if (!/^\d+$/.test(values[f] ?? '')) local[f] = t('bibob.settings.invalid');
    void action.run(local, async () => {
      const body = Object.fromEntries(FIELDS.map((f) => [f, Number(values[f])]));
      settings.set(await bibobApi.saveSettings(orgId, body));
      return t('bibob.saved');
    });
  };

  return (
    <>
      <Heading level={1}>{t('bibob.title')}</Heading>
      <Paragraph>{t('bibob.intro')}</Paragraph>
      {renewal ? (
        <Alert type={renewal.status === 'ok' ? 'info' : 'warning'}>
          <Paragraph>
            {t(`bibob.renewal.${renewal.status}`, { date: format.date(renewal.due) })}
          </Paragraph>
        </Alert>
      ) : null}
      <Heading level={2}>
        <RouterLink to="/bibob/beleid">{t('bibob.nav.policy')}</RouterLink>
      </Heading>
      <Paragraph>{t('bibob.nav.policyText')}</Paragraph>
      <Heading level={2}>
        <RouterLink to="/bibob/dossiers">{t('bibob.nav.cases')}</RouterLink>
      </Heading>
      <Paragraph>{t('bibob.nav.casesText')}</Paragraph>

      <Heading level={2}>{t('bibob.overdueHeading')}</Heading>
      <ListTable
        data={cases.data ? overdue : null}
        error={cases.error}
        empty={t('bibob.overdueNone')}
        caption={(count) => t('bibob.cases.caption', { count })}
        columns={[t('bibob.cases.reference'), t('bibob.cases.applicant'), t('bibob.cases.next')]}
        row={(c) => (
          <TableRow key={c.id}>
            <TableCell>
              <RouterLink to={`/bibob/dossiers/${c.id}`}>{c.reference}</RouterLink>
            </TableCell>
            <TableCell>{c.applicantName}</TableCell>
            <TableCell>
              {c.nextDeadline
                ? `${t(`bibob.case.kinds.${c.nextDeadline.kind}`)}: ${format.date(c.nextDeadline.due)}`
                : ''}
            </TableCell>
          </TableRow>
        )}
      />

      <Heading level={2}>{t('bibob.settings.heading')}</Heading>
      <Paragraph>{t('bibob.settings.intro')}</Paragraph>
      <ErrorSummary errors={action.summary} />
      {action.done ? (
        <Alert type="ok">
          <Paragraph>{action.done}</Paragraph>
        </Alert>
      ) : null}
      {settings.data ? (
        <form noValidate onSubmit={submit}>
          {FIELDS.map((f) => (
            <TextField
              key={f}
              id={IDS[f]!}
              label={t(`bibob.settings.${f}`)}
              inputMode="numeric"
              required
              value={values[f] ?? ''}
              error={action.errors[f]}
              onChange={(e) => setValues({ ...values, [f]: e.target.value })}
            />
          ))}
          <PrimaryActionButton type="submit" busy={action.busy}>
            {t('bibob.save')}
          </PrimaryActionButton>
        </form>
      ) : null}
    </>
  );
}
