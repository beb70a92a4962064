import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { useSession } from '../../../app/session';
import {
  Alert,
  Heading,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  RouterLink,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
  TextField,
} from '../../../ui';
import { type QuestionnaireSummary, questionnairesApi } from '../../questionnaires/api';

function StartForm({
  q,
  onStart,
}: {
  q: QuestionnaireSummary;
  onStart: (members?: string[]) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [members, setMembers] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const list = members
        .split(/[,;\s]+/)
        .map((m) => m.trim())
        .filter(Boolean);
      await onStart(list.length > 0 ? list : undefined);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  const fieldId = `start-${q.key}-members`;
  return (
    <form className="weerbaar-q-form" noValidate onSubmit={(e) => void submit(e)}>
      {q.respondent === 'team' ? (
        <TextField
          id={fieldId}
          label={t('scans.teamMembers')}
          description={t('scans.teamMembersHint')}
          error={error}
          autoComplete="off"
          value={members}
          onChange={(e) => setMembers(e.target.value)}
        />
      ) : error ? (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      <div>
        <PrimaryActionButton type="submit" busy={busy}>
          {t('scans.start', { title: q.title })}
        </PrimaryActionButton>
      </div>
    </form>
  );
}

/** "Zelfscans": the instruments you can use, and the scans you are working on or finished. */
export function ScansPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('scans.title'));
  const orgId = useOrgId();
  const navigate = useNavigate();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const { data, error } = useLoad(
    async () => ({
      instruments: await questionnairesApi.list(orgId, i18n.language),
      mine: await questionnairesApi.myResponses(orgId, i18n.language),
    }),
    [orgId, i18n.language],
  );
  const startable = data?.instruments.filter((q) => q.may.start) ?? [];
  const commission = data?.instruments.some((q) => q.may.commission) ?? false;
  const overviews = data?.instruments.filter((q) => q.may.aggregates && q.published) ?? [];
  const { roles } = useSession();
  const author = roles.includes('org_admin') || roles.includes('researcher');
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <>
      <Heading level={1}>{t('scans.title')}</Heading>
      {notice === 'saved' ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('scans.saved')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('scans.intro')}</Paragraph>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data && data.mine.length > 0 ? (
        <section aria-labelledby="scans-mine">
          <Heading level={2} id="scans-mine">
            {t('scans.mine')}
          </Heading>
          <ResponsiveTable
            labelledBy="scans-mine"
            columns={[t('scans.instrument'), t('scans.status'), t('scans.updated')]}
          >
            <TableBody>
              {data.mine.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">
                    {r.status === 'submitted' ? (
                      r.access.readResult ? (
                        <RouterLink to={`/vragenlijsten/${r.id}/resultaat`}>
                          {t('scans.viewResult', { title: r.title })}
                        </RouterLink>
                      ) : (
                        r.title
                      )
                    ) : r.access.editAnswers ? (
                      <RouterLink to={`/vragenlijsten/${r.id}`}>
                        {t('scans.continue', { title: r.title })}
                      </RouterLink>
                    ) : (
                      r.title
                    )}
                  </TableHeaderCell>
                  <TableCell>{t(`scans.responseStatus.${r.status}`)}</TableCell>
                  <TableCell>{date(r.submittedAt ?? r.updatedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ResponsiveTable>
        </section>
      ) : null}
      {startable.map((q) => (
        <section key={q.id} aria-labelledby={`scan-${q.key}`} className="weerbaar-q-card">
          <Heading level={2} id={`scan-${q.key}`}>
            {q.title}
          </Heading>
          {q.summary ? <Paragraph>{q.summary}</Paragraph> : null}
          <Paragraph>
            {t(`scans.who.${q.respondent}`)}
            {q.estimatedMinutes ? ` ${t('scans.minutes', { count: q.estimatedMinutes })}` : ''}
          </Paragraph>
          <StartForm
            q={q}
            onStart={async (members) => {
              const created = await questionnairesApi.start(orgId, q.published!.id, members);
              navigate(`/vragenlijsten/${created.id}`);
            }}
          />
        </section>
      ))}
      {commission || (data?.mine.some((r) => r.respondent === 'commissioned') ?? false) ? (
        <section aria-labelledby="scans-risk" className="weerbaar-q-card">
          <Heading level={2} id="scans-risk">
            {t('scans.riskHeading')}
          </Heading>
          <Paragraph>{t('scans.riskIntro')}</Paragraph>
          <Paragraph>
            <RouterLink to="/zelfscans/risicoanalyses">{t('scans.riskLink')}</RouterLink>
          </Paragraph>
        </section>
      ) : null}
      {overviews.length > 0 ? (
        <section aria-labelledby="scans-overviews">
          <Heading level={2} id="scans-overviews">
            {t('scans.overviews')}
          </Heading>
          <ul>
            {overviews.map((q) => (
              <li key={q.id}>
                <RouterLink to={`/zelfscans/${q.id}/overzicht`}>
                  {t('scans.overviewLink', { title: q.title })}
                </RouterLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {author ? (
        <Paragraph>
          <RouterLink to="/beheer/vragenlijsten">{t('scans.manage')}</RouterLink>
        </Paragraph>
      ) : null}
    </>
  );
}
