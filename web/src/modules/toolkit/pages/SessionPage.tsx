import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { hasAnyRole } from '../../../app/roles';
import { useSession } from '../../../app/session';
import { useAction } from '../../../app/useAction';
import {
  Alert,
  CheckboxField,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RadioGroup,
  RouterLink,
  TableCell,
  TableHeaderCell,
  TableRow,
  TextField,
} from '../../../ui';
import { type SessionInput, toolkitApi } from '../api';
import { CancelSession } from '../components/CancelSession';

const IDS = {
  startsAt: 'session-start',
  endsAt: 'session-end',
  place: 'session-place',
  onlineUrl: 'session-url',
  capacity: 'session-capacity',
};

/** An instant as the value of a datetime-local input, in the device's time. */
function localInput(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

const EMPTY = { startsAt: '', endsAt: '', place: '', onlineUrl: '', capacity: '20' };

/** Who a new session is for: the organisation, or (platform admin, national training) everyone. */
const AUDIENCES = ['own', 'national'] as const;
type SessionAudience = (typeof AUDIENCES)[number];

/**
 * Plan a session of a training (/toolkit/:slug/bijeenkomsten/nieuw), or open one
 * (/toolkit/bijeenkomsten/:sessionId): change it (org admin, own sessions) and record who
 * of the organisation attended (handler, org admin).
 */
export function SessionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { slug, sessionId } = useParams();
  const orgId = useOrgId();
  const navigate = useNavigate();
  const { roles, me } = useSession();
  const admin = hasAnyRole(roles, ['org_admin']);
  usePageTitle(sessionId ? t('toolkit.session.editTitle') : t('toolkit.session.newTitle'));
  const loaded = useLoad(orgId && sessionId ? () => toolkitApi.signups(orgId, sessionId) : null, [
    orgId,
    sessionId,
  ]);
  // Planning a new session: a platform admin may open one of a national training to everyone.
  const item = useLoad(
    orgId && slug && !sessionId && me?.isPlatformAdmin ? () => toolkitApi.item(orgId, slug) : null,
    [orgId, slug, sessionId, me?.isPlatformAdmin],
  );
  const mayPlanNational = item.data?.national === true;
  const [audience, setAudience] = useState<SessionAudience>('own');
  const [form, setForm] = useState(EMPTY);
  const [attendance, setAttendance] = useState<{ ok: string | null; error: string | null }>({
    ok: null,
    error: null,
  });
  const noticeRef = useRef<HTMLDivElement>(null);
  // What was recorded here, shown at once (the list reloads behind it).
  const [marked, setMarked] = useState<Record<string, boolean>>({});
  const action = useAction(IDS);
  const data = loaded.data;
  useEffect(() => {
    if (!data) return;
    const s = data.session;
    setForm({
      startsAt: localInput(s.startsAt),
      endsAt: localInput(s.endsAt),
      place: s.place ?? '',
      onlineUrl: s.onlineUrl ?? '',
      capacity: String(s.capacity),
    });
  }, [data]);
  const field = (k: keyof typeof EMPTY) => ({
    value: form[k],
    error: action.errors[k],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value }),
  });
  const itemSlug = slug ?? data?.itemSlug ?? '';
  const cancelled = data?.session.cancelled === true;
  const editable = admin && (!sessionId || data?.editable === true) && !cancelled;
  const begun = data ? Date.parse(data.session.startsAt) <= Date.now() : false;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const starts = Date.parse(form.startsAt);
    const ends = Date.parse(form.endsAt);
    if (Number.isNaN(starts)) local.startsAt = t('toolkit.form.required');
    if (Number.isNaN(ends)) local.endsAt = t('toolkit.form.required');
    else if (ends <= starts) local.endsAt = t('toolkit.session.endAfterStart');
    if (!form.place.trim() && !form.onlineUrl.trim())
      local.place = t('toolkit.session.placeOrLink');
    if (!(Number(form.capacity) >= 1)) local.capacity = t('toolkit.form.required');
    void action.run(local, async () => {
      const body: SessionInput = {
        startsAt: new Date(starts).toISOString(),
        endsAt: new Date(ends).toISOString(),
        place: form.place.trim() || null,
        onlineUrl: form.onlineUrl.trim() || null,
        capacity: Number(form.capacity),
        ...(mayPlanNational && audience === 'national' ? { national: true } : {}),
      };
      if (sessionId) {
        await toolkitApi.updateSession(orgId, sessionId, body);
        loaded.reload();
        return t('toolkit.session.saved');
      }
      const created = await toolkitApi.createSession(orgId, itemSlug, body);
      navigate(`/toolkit/bijeenkomsten/${created.id}`);
      return null;
    });
  };

  const mark = async (signupId: string, attended: boolean) => {
    try {
      await toolkitApi.setAttended(orgId, sessionId ?? '', signupId, attended);
      setMarked((m) => ({ ...m, [signupId]: attended }));
      setAttendance({ ok: t('toolkit.session.attendanceSaved'), error: null });
      loaded.reload();
    } catch (e) {
      setAttendance({ ok: null, error: errorMessage(e) });
    }
    setTimeout(() => noticeRef.current?.focus(), 0);
  };

  if (loaded.error) {
    return (
      <>
        <Heading level={1}>{t('toolkit.session.editTitle')}</Heading>
        <Alert type="error">
          <Paragraph>{errorMessage(loaded.error)}</Paragraph>
        </Alert>
      </>
    );
  }
  if (sessionId && !data) return null;

  return (
    <>
      <Paragraph>
        <RouterLink to={`/toolkit/${itemSlug}`}>{t('toolkit.session.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>
        {sessionId && data
          ? `${data.itemTitle}: ${format.dateTime(data.session.startsAt)}`
          : t('toolkit.session.newTitle')}
      </Heading>
      {cancelled ? (
        <Alert type="warning">
          <Paragraph>{t('toolkit.session.cancelledNotice')}</Paragraph>
        </Alert>
      ) : null}
      {sessionId && !editable && admin && !cancelled ? (
        <Paragraph>{t('toolkit.session.notEditable')}</Paragraph>
      ) : null}
      {editable ? (
        <>
          {sessionId ? <Heading level={2}>{t('toolkit.session.editTitle')}</Heading> : null}
          {data?.session.national === true ? (
            <Paragraph>{t('toolkit.session.nationalIntro')}</Paragraph>
          ) : null}
          {data?.session.national === false || (!sessionId && audience === 'own') ? (
            <Paragraph>{t('toolkit.session.intro')}</Paragraph>
          ) : null}
          <ErrorSummary errors={action.summary} />
          {action.done ? (
            <Alert type="ok" role="status">
              <Paragraph>{action.done}</Paragraph>
            </Alert>
          ) : null}
          <form noValidate onSubmit={submit}>
            {mayPlanNational ? (
              <RadioGroup
                id="session-audience"
                legend={t('toolkit.session.audience')}
                description={t('toolkit.session.audienceHint')}
                options={AUDIENCES}
                labelOf={(x) => t(`toolkit.session.audiences.${x}`)}
                value={audience}
                onChange={(x) => setAudience(x as SessionAudience)}
              />
            ) : null}
            <TextField
              id={IDS.startsAt}
              type="datetime-local"
              label={t('toolkit.session.startsAt')}
              required
              {...field('startsAt')}
            />
            <TextField
              id={IDS.endsAt}
              type="datetime-local"
              label={t('toolkit.session.endsAt')}
              required
              {...field('endsAt')}
            />
            <TextField
              id={IDS.place}
              label={t('toolkit.session.place')}
              description={t('toolkit.session.placeHint')}
              {...field('place')}
            />
            <TextField
              id={IDS.onlineUrl}
              type="url"
              label={t('toolkit.session.onlineUrl')}
              description={t('toolkit.session.onlineUrlHint')}
              {...field('onlineUrl')}
            />
            <TextField
              id={IDS.capacity}
              type="number"
              min={1}
              inputMode="numeric"
              label={t('toolkit.session.capacity')}
              required
              {...field('capacity')}
            />
            <PrimaryActionButton type="submit" busy={action.busy}>
              {t('toolkit.session.save')}
            </PrimaryActionButton>
          </form>
          {sessionId && !begun ? (
            <CancelSession
              orgId={orgId}
              sessionId={sessionId}
              itemSlug={itemSlug}
              onCancelled={loaded.reload}
            />
          ) : null}
        </>
      ) : null}
      {sessionId && data ? (
        <section aria-labelledby="session-signups">
          <Heading level={2} id="session-signups">
            {t('toolkit.session.signups')}
          </Heading>
          <div ref={noticeRef} tabIndex={-1}>
            {attendance.ok ? (
              <Alert type="ok" role="status">
                <Paragraph>{attendance.ok}</Paragraph>
              </Alert>
            ) : null}
            {attendance.error ? (
              <Alert type="error" role="alert">
                <Paragraph>{attendance.error}</Paragraph>
              </Alert>
            ) : null}
          </div>
          <ListTable
            data={data.signups}
            error={null}
            empty={t('toolkit.session.noSignups')}
            caption={() => t('toolkit.session.signups')}
            columns={[
              t('toolkit.session.name'),
              t('toolkit.session.status'),
              t('toolkit.session.attended'),
            ]}
            row={(s) => (
              <TableRow key={s.id}>
                <TableHeaderCell scope="row">{s.name}</TableHeaderCell>
                <TableCell>
                  {s.status === 'confirmed' ? t('toolkit.confirmed') : t('toolkit.waiting')}
                </TableCell>
                <TableCell>
                  {cancelled ? (
                    '–'
                  ) : (
                    <CheckboxField
                      id={`attended-${s.id}`}
                      label={t('toolkit.session.markAttended', { name: s.name })}
                      checked={marked[s.id] ?? s.attended}
                      onChange={(checked) => void mark(s.id, checked)}
                    />
                  )}
                </TableCell>
              </TableRow>
            )}
          />
        </section>
      ) : null}
    </>
  );
}
