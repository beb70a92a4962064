import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import type { Role } from '../../../app/roles';
import {
  Alert,
  ButtonGroup,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  RouterLink,
  SecondaryActionButton,
  StatusBadge,
  SubtleButton,
  TableBody,
  TableCell,
  TableRow,
  TextField,
} from '../../../ui';
import { adminApi, type Member, type OpenInvitation } from '../api';
import { RoleChoice } from '../components/RoleChoice';
import { useFormErrors } from '../form-errors';
import { ORGANISATION_ROLES } from '../roles';

const ID = (k: string) => (k === 'roles' ? `invite-roles-${ORGANISATION_ROLES[0]}` : `invite-${k}`);

/** Invite a colleague by e-mail with one or more roles. */
function InviteForm({ onInvited }: { onInvited: (email: string) => void }) {
  const { t } = useTranslation();
  const orgId = useOrgId();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(ID);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('admin.members.emailRequired');
    if (roles.length === 0) missing.roles = t('admin.members.rolesRequired');
    if (Object.keys(missing).length > 0) return form.show(missing);
    setBusy(true);
    try {
      const sent = await adminApi.invite(orgId, {
        email: email.trim(),
        roles,
        ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
      });
      form.clear();
      setEmail('');
      setDisplayName('');
      setRoles([]);
      onInvited(sent.email);
    } catch (e) {
      form.fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="invite-heading">
      <Heading level={2} id="invite-heading">
        {t('admin.members.invite')}
      </Heading>
      <Paragraph>{t('admin.members.inviteIntro')}</Paragraph>
      <ErrorSummary errors={form.summary} headingLevel={3} />
      <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id={ID('email')}
          type="email"
          autoComplete="off"
          label={t('admin.members.inviteEmail')}
          value={email}
          error={form.errors.email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          id={ID('displayName')}
          label={`${t('admin.members.inviteName')} ${t('admin.optional')}`}
          value={displayName}
          error={form.errors.displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
        <RoleChoice
          id="invite-roles"
          legend={t('admin.members.inviteRoles')}
          description={t('admin.members.inviteRolesHint')}
          error={form.errors.roles}
          value={roles}
          onChange={setRoles}
        />
        <PrimaryActionButton type="submit" disabled={busy}>
          {t('admin.members.inviteSubmit')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}

/** Change one member's roles, inline below the table. */
function RolesForm({
  member,
  onDone,
  onCancel,
}: {
  member: Member;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const orgId = useOrgId();
  const [roles, setRoles] = useState<Role[]>(member.roles as Role[]);
  const id = `roles-${member.personId}`;
  const form = useFormErrors(() => `${id}-${ORGANISATION_ROLES[0]}`);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (roles.length === 0) return form.show({ roles: t('admin.members.rolesRequired') });
    try {
      await adminApi.setRoles(orgId, member.personId, roles);
      onDone(t('admin.members.rolesSaved', { name: member.displayName }));
    } catch (e) {
      form.fail(e);
    }
  };
  return (
    <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={form.summary} headingLevel={3} />
      <RoleChoice
        id={id}
        legend={t('admin.members.changeRoles', { name: member.displayName })}
        error={form.errors.roles ?? form.errors.personId}
        value={roles}
        onChange={setRoles}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit">{t('admin.members.saveRoles')}</PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('admin.members.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

const matches = (query: string, ...texts: string[]) =>
  !query || texts.some((x) => x.toLowerCase().includes(query.toLowerCase()));

/** /beheer/leden: members with roles, status and last sign-in; invitations; invite. */
export function MembersPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.members.title'));
  const orgId = useOrgId();
  const format = useFormat();
  const members = useLoad(() => adminApi.members(orgId), [orgId]);
  const invitations = useLoad(() => adminApi.invitations(orgId), [orgId]);
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const act = async (work: () => Promise<unknown>, message: string) => {
    setProblem(null);
    setNotice(null);
    try {
      await work();
      setNotice(message);
    } catch (e) {
      setProblem(errorMessage(e));
    }
    setEditing(null);
    setConfirming(null);
    members.reload();
    invitations.reload();
  };

  const shownMembers = (members.data ?? []).filter((m) => matches(query, m.displayName, m.email));
  const shownInvitations = (invitations.data ?? []).filter((i) => matches(query, i.email));
  const roleNames = (roles: readonly string[]) => roles.map((r) => t(`roles.${r}`)).join(', ');
  const editingMember = members.data?.find((m) => m.personId === editing);

  const memberActions = (m: Member) => {
    const name = m.displayName;
    if (confirming === m.personId) {
      return (
        <>
          <Paragraph>{t('admin.members.confirmRemove', { name })}</Paragraph>
          <ButtonGroup>
            <SecondaryActionButton
              type="button"
              onClick={() =>
                void act(
                  () => adminApi.remove(orgId, m.personId),
                  t('admin.members.removed', { name }),
                )
              }
            >
              {t('admin.members.removeYes', { name })}
            </SecondaryActionButton>
            <SubtleButton type="button" onClick={() => setConfirming(null)}>
              {t('admin.members.cancel')}
            </SubtleButton>
          </ButtonGroup>
        </>
      );
    }
    return (
      <ButtonGroup>
        <SubtleButton type="button" onClick={() => setEditing(m.personId)}>
          {t('admin.members.changeRoles', { name })}
        </SubtleButton>
        {m.status === 'active' ? (
          <SubtleButton
            type="button"
            onClick={() =>
              void act(
                () => adminApi.deactivate(orgId, m.personId),
                t('admin.members.deactivated', { name }),
              )
            }
          >
            {t('admin.members.deactivate', { name })}
          </SubtleButton>
        ) : (
          <SubtleButton
            type="button"
            onClick={() =>
              void act(
                () => adminApi.reactivate(orgId, m.personId),
                t('admin.members.reactivated', { name }),
              )
            }
          >
            {t('admin.members.reactivate', { name })}
          </SubtleButton>
        )}
        <SubtleButton type="button" onClick={() => setConfirming(m.personId)}>
          {t('admin.members.remove', { name })}
        </SubtleButton>
      </ButtonGroup>
    );
  };

  const invitationActions = (i: OpenInvitation) => (
    <ButtonGroup>
      <SubtleButton
        type="button"
        onClick={() =>
          void act(
            () => adminApi.resend(orgId, i.id),
            t('admin.members.resent', { email: i.email }),
          )
        }
      >
        {t('admin.members.resend', { email: i.email })}
      </SubtleButton>
      <SubtleButton
        type="button"
        onClick={() =>
          void act(
            () => adminApi.revokeInvitation(orgId, i.id),
            t('admin.members.revoked', { email: i.email }),
          )
        }
      >
        {t('admin.members.revoke', { email: i.email })}
      </SubtleButton>
    </ButtonGroup>
  );

  return (
    <>
      <Paragraph>
        <RouterLink to="/beheer">{t('admin.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('admin.members.title')}</Heading>
      <div aria-live="polite">
        {notice ? (
          <Alert type="ok">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {problem ? (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      {members.error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(members.error)}</Paragraph>
        </Alert>
      ) : null}
      {/* Inviting is the first thing a new admin comes here for: it goes above the lists. */}
      <InviteForm
        onInvited={(email) =>
          void act(async () => undefined, t('admin.members.invited', { email }))
        }
      />
      <TextField
        id="members-search"
        type="search"
        label={t('admin.members.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {members.data && shownMembers.length === 0 ? (
        <Paragraph>{t('admin.members.empty')}</Paragraph>
      ) : null}
      {shownMembers.length > 0 ? (
        <ResponsiveTable
          caption={t('admin.members.caption', { count: shownMembers.length })}
          columns={[
            t('admin.members.name'),
            t('admin.members.email'),
            t('admin.members.roles'),
            t('admin.members.status'),
            t('admin.members.lastSignIn'),
            t('admin.members.actions'),
          ]}
        >
          <TableBody>
            {shownMembers.map((m) => (
              <TableRow key={m.personId}>
                <TableCell>{m.displayName}</TableCell>
                <TableCell>{m.email}</TableCell>
                <TableCell>{roleNames(m.roles)}</TableCell>
                <TableCell>
                  <StatusBadge status={m.status === 'active' ? 'active' : 'inactive'}>
                    {m.status === 'active'
                      ? t('admin.members.statusActive')
                      : t('admin.members.statusDeactivated')}
                  </StatusBadge>
                </TableCell>
                <TableCell>
                  {m.lastSignInAt ? format.dateTime(m.lastSignInAt) : t('admin.members.never')}
                </TableCell>
                <TableCell>{memberActions(m)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ResponsiveTable>
      ) : null}
      {editingMember ? (
        <RolesForm
          key={editingMember.personId}
          member={editingMember}
          onCancel={() => setEditing(null)}
          onDone={(message) => void act(async () => undefined, message)}
        />
      ) : null}

      <Heading level={2}>{t('admin.members.invitations')}</Heading>
      {invitations.data && shownInvitations.length === 0 ? (
        <Paragraph>{t('admin.members.noInvitations')}</Paragraph>
      ) : null}
      {shownInvitations.length > 0 ? (
        <ResponsiveTable
          caption={t('admin.members.invitationsCaption', { count: shownInvitations.length })}
          columns={[
            t('admin.members.email'),
            t('admin.members.roles'),
            t('admin.members.status'),
            t('admin.members.validUntil'),
            t('admin.members.actions'),
          ]}
        >
          <TableBody>
            {shownInvitations.map((i) => (
              <TableRow key={i.id}>
                <TableCell>{i.email}</TableCell>
                <TableCell>{roleNames(i.roles)}</TableCell>
                <TableCell>{t('admin.members.statusInvited')}</TableCell>
                <TableCell>{format.dateTime(i.expiresAt)}</TableCell>
                <TableCell>{invitationActions(i)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ResponsiveTable>
      ) : null}
    </>
  );
}
