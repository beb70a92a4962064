import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import type { Role } from '../../../app/roles';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  RouterLink,
  SecondaryActionButton,
  SelectField,
  SelectOption,
  SubtleButton,
  TableBody,
  TableCell,
  TableRow,
  TextField,
} from '../../../ui';
import { adminApi, type CreatedToken } from '../api';
import { useFormErrors } from '../form-errors';
import { ORGANISATION_ROLES } from '../roles';

const ID = (k: string) => `token-${k === 'expiresAt' ? 'expiry' : k}`;

/** The new secret, shown once, with a copy button. */
function ShownOnce({ token }: { token: CreatedToken }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <Alert type="warning">
      <Paragraph>{t('admin.tokens.shownOnce')}</Paragraph>
      <TextField id="token-secret" label={t('admin.tokens.secret')} value={token.token} readOnly />
      <SecondaryActionButton
        type="button"
        onClick={() => void navigator.clipboard?.writeText(token.token).then(() => setCopied(true))}
      >
        {t('admin.tokens.copy')}
      </SecondaryActionButton>
      <div aria-live="polite">
        {copied ? <Paragraph>{t('admin.tokens.copied')}</Paragraph> : null}
      </div>
    </Alert>
  );
}

/** /beheer/api-tokens: create (shown once), list with last use, revoke. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.tokens.title'));
  const orgId = useOrgId();
  const format = useFormat();
  const tokens = useLoad(() => adminApi.tokens(orgId), [orgId]);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('handler');
  const [expiry, setExpiry] = useState('');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useFormErrors(ID);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (!name.trim()) return form.show({ name: t('admin.tokens.nameRequired') });
    try {
      const token = await adminApi.createToken(orgId, {
        name: name.trim(),
        role,
        // The whole chosen day counts (until midnight, Amsterdam time roughly: end of the UTC day).
        ...(expiry ? { expiresAt: new Date(`${expiry}T23:59:59Z`).toISOString() } : {}),
      });
      form.clear();
      setCreated(token);
      setName('');
      setExpiry('');
      tokens.reload();
    } catch (e) {
      form.fail(e);
    }
  };

  const revoke = async (id: string, tokenName: string) => {
    setProblem(null);
    try {
      await adminApi.revokeToken(orgId, id);
      setNotice(t('admin.tokens.revoked', { name: tokenName }));
    } catch (e) {
      setProblem(errorMessage(e));
    }
    tokens.reload();
  };

  return (
    <>
      <Paragraph>
        <RouterLink to="/beheer">{t('admin.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('admin.tokens.title')}</Heading>
      <Paragraph>{t('admin.tokens.intro')}</Paragraph>
      <div aria-live="polite">
        {notice ? (
          <Alert type="ok">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {problem || tokens.error ? (
        <Alert type="error">
          <Paragraph>{problem ?? errorMessage(tokens.error)}</Paragraph>
        </Alert>
      ) : null}
      {tokens.data && tokens.data.length === 0 ? (
        <Paragraph>{t('admin.tokens.empty')}</Paragraph>
      ) : null}
      {tokens.data && tokens.data.length > 0 ? (
        <ResponsiveTable
          caption={t('admin.tokens.caption', { count: tokens.data.length })}
          columns={[
            t('admin.tokens.name'),
            t('admin.tokens.role'),
            t('admin.tokens.created'),
            t('admin.tokens.expires'),
            t('admin.tokens.lastUsed'),
            t('admin.tokens.status'),
          ]}
        >
          <TableBody>
            {tokens.data.map((k) => (
              <TableRow key={k.id}>
                <TableCell>{k.name}</TableCell>
                <TableCell>{t(`roles.${k.role}`)}</TableCell>
                <TableCell>{format.date(k.createdAt)}</TableCell>
                <TableCell>
                  {k.expiresAt ? format.date(k.expiresAt) : t('admin.tokens.noExpiry')}
                </TableCell>
                <TableCell>
                  {k.lastUsedAt ? format.dateTime(k.lastUsedAt) : t('admin.tokens.never')}
                </TableCell>
                <TableCell>
                  {k.revoked ? (
                    t('admin.tokens.revokedStatus')
                  ) : (
                    <>
                      {t('admin.tokens.active')}{' '}
                      <SubtleButton type="button" onClick={() => void revoke(k.id, k.name)}>
                        {t('admin.tokens.revoke', { name: k.name })}
                      </SubtleButton>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ResponsiveTable>
      ) : null}

      <Heading level={2}>{t('admin.tokens.create')}</Heading>
      {created ? <ShownOnce token={created} /> : null}
      <ErrorSummary errors={form.summary} headingLevel={3} />
      <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id={ID('name')}
          label={t('admin.tokens.name')}
          description={t('admin.tokens.nameHint')}
          value={name}
          error={form.errors.name}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          id={ID('role')}
          label={t('admin.tokens.role')}
          value={role}
          error={form.errors.role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ORGANISATION_ROLES.map((r) => (
            <SelectOption key={r} value={r}>
              {t(`roles.${r}`)}
            </SelectOption>
          ))}
        </SelectField>
        <TextField
          id={ID('expiresAt')}
          type="date"
          label={`${t('admin.tokens.expiry')} ${t('admin.optional')}`}
          description={t('admin.tokens.expiryHint')}
          value={expiry}
          error={form.errors.expiresAt}
          onChange={(e) => setExpiry(e.target.value)}
        />
        <PrimaryActionButton type="submit">{t('admin.tokens.submit')}</PrimaryActionButton>
      </form>
    </>
  );
}
