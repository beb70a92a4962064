import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { hasAnyRole } from '../../../app/roles';
import { useSession } from '../../../app/session';
import {
  Alert,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  RouterLink,
  SecondaryActionButton,
  StatusBadge,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '../../../ui';
import { Markdown } from '../../questionnaires/components/Markdown';
import { type Session, toolkitApi } from '../api';
import { MySignup } from '../components/MySignup';

/** One toolkit item: its text, source and date, and sign-up for its training sessions. */
export function ItemPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const orgId = useOrgId();
  const format = useFormat();
  const { roles } = useSession();
  const { data, error, reload } = useLoad(orgId ? () => toolkitApi.item(orgId, slug) : null, [
    orgId,
    slug,
  ]);
  usePageTitle(data?.title ?? t('toolkit.title'));
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const admin = hasAnyRole(roles, ['org_admin']);
  const attendance = hasAnyRole(roles, ['org_admin', 'handler']);
  const navigate = useNavigate();
  const when = (s: Session) => format.dateTime(s.startsAt);

  async function act(run: () => Promise<string | null>) {
    setFailure(null);
    try {
      setNotice(await run());
      reload();
    } catch (e) {
      setFailure(errorMessage(e));
    }
    setTimeout(() => noticeRef.current?.focus(), 0);
  }

  const signUp = (session: Session) =>
    act(async () => {
      const result = await toolkitApi.signUp(orgId, session.id);
      return result.status === 'confirmed'
        ? t('toolkit.confirmedNotice')
        : t('toolkit.waitingNotice', { position: result.position });
    });

  const cancelSignup = (session: Session) => {
    if (!window.confirm(t('toolkit.cancelSignupConfirm', { when: when(session) }))) return;
    void act(async () => {
      await toolkitApi.cancelSignup(orgId, session.id);
      return t('toolkit.cancelledSignupNotice');
    });
  };

  if (error) {
    return (
      <>
        <Heading level={1}>{t('toolkit.title')}</Heading>
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink to="/toolkit">{t('toolkit.back')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (!data) return null;

  return (
    <>
      <Paragraph>
        <RouterLink to="/toolkit">{t('toolkit.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{data.title}</Heading>
      <Paragraph lead>{data.summary}</Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>{t('toolkit.kind')}</DataListKey>
          <DataListValue>{t(`toolkit.kinds.${data.kind}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('toolkit.source')}</DataListKey>
          <DataListValue>
            {data.source} ({data.national ? t('toolkit.national') : t('toolkit.own')})
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('toolkit.published')}</DataListKey>
          <DataListValue>{format.date(data.publishedOn)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('toolkit.audience')}</DataListKey>
          <DataListValue>
            {data.audiences.map((a) => t(`toolkit.audiences.${a}`)).join(', ')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('toolkit.theme')}</DataListKey>
          <DataListValue>
            {data.themes.map((a) => t(`toolkit.themes.${a}`)).join(', ')}
          </DataListValue>
        </DataListItem>
      </DataList>
      <div ref={noticeRef} tabIndex={-1}>
        {notice ? (
          <Alert type="ok" role="status">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
        {failure ? (
          <Alert type="error" role="alert">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {admin && data.national ? (
        <>
          {data.hidden ? <Paragraph>{t('toolkit.hiddenNotice')}</Paragraph> : null}
          <SecondaryActionButton
            type="button"
            onClick={() =>
              act(async () => {
                await toolkitApi.setHidden(orgId, slug, !data.hidden);
                return null;
              })
            }
          >
            {data.hidden ? t('toolkit.show') : t('toolkit.hide')}
          </SecondaryActionButton>
        </>
      ) : null}
      {data.editable ? (
        <ButtonGroup>
          <SecondaryActionButton
            type="button"
            onClick={() => navigate(`/toolkit/${slug}/bewerken`)}
          >
            {t('toolkit.edit')}
          </SecondaryActionButton>
          <SecondaryActionButton
            type="button"
            onClick={() => {
              if (!window.confirm(t('toolkit.deleteConfirm'))) return;
              void act(async () => {
                await toolkitApi.remove(orgId, slug);
                navigate('/toolkit');
                return null;
              });
            }}
          >
            {t('toolkit.delete')}
          </SecondaryActionButton>
        </ButtonGroup>
      ) : null}
      <Markdown text={data.body} />
      {data.kind === 'training' || data.sessions.length > 0 ? (
        <section aria-labelledby="toolkit-sessions">
          <Heading level={2} id="toolkit-sessions">
            {t('toolkit.sessions')}
          </Heading>
          {admin && data.kind === 'training' ? (
            <Paragraph>
              <RouterLink to={`/toolkit/${slug}/bijeenkomsten/nieuw`}>
                {t('toolkit.planSession')}
              </RouterLink>
            </Paragraph>
          ) : null}
          <ListTable
            data={data.sessions}
            error={null}
            empty={t('toolkit.noSessions')}
            caption={() => t('toolkit.sessions')}
            columns={[t('toolkit.when'), t('toolkit.where'), t('toolkit.places'), '']}
            row={(s) => (
              <TableRow key={s.id}>
                <TableHeaderCell scope="row">
                  {when(s)} – {format.dateTime(s.endsAt).split(' ').pop()}
                </TableHeaderCell>
                <TableCell>
                  {s.place ?? t('toolkit.online')}
                  {s.national ? null : ` (${t('toolkit.ownSession')})`}
                  {attendance ? (
                    <Paragraph>
                      <RouterLink to={`/toolkit/bijeenkomsten/${s.id}`}>
                        {t('toolkit.manageSession', { when: when(s) })}
                      </RouterLink>
                    </Paragraph>
                  ) : null}
                </TableCell>
                <TableCell>
                  {s.cancelled ? (
                    <StatusBadge status="warning">{t('toolkit.cancelledSession')}</StatusBadge>
                  ) : s.placesLeft > 0 ? (
                    t('toolkit.placesLeft', { left: s.placesLeft, capacity: s.capacity })
                  ) : (
                    t('toolkit.full')
                  )}
                </TableCell>
                <TableCell>
                  <MySignup
                    orgId={orgId}
                    session={s}
                    when={when(s)}
                    onSignUp={() => signUp(s)}
                    onCancel={() => cancelSignup(s)}
                  />
                </TableCell>
              </TableRow>
            )}
          />
        </section>
      ) : null}
    </>
  );
}
