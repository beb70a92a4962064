import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ButtonGroup,
  CheckboxField,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  RouterLink,
  SecondaryActionButton,
  SelectField,
  SelectOption,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { adminApi, type OidcSettings, type OidcTestResult } from '../api';
import { useFormErrors } from '../form-errors';

/** Roles the server lets an IdP give on a first sign-in (mirrors PROVISIONABLE_ROLES). */
const FIRST_ROLES = [
  'reporter',
  'handler',
  'integrity_officer',
  'confidential_counsellor',
  'clerk',
  'researcher',
] as const;

const ID = (k: string) => `sso-${k}`;

/** What the IdP answered to the test. */
function TestReport({ result }: { result: OidcTestResult }) {
  const { t } = useTranslation();
  const offered = (o: boolean | null) =>
    o === null ? t('admin.sso.unknown') : o ? t('admin.sso.yes') : t('admin.sso.no');
  return (
    <Alert type="ok">
      <Paragraph>{t('admin.sso.testOk')}</Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>{t('admin.sso.issuer')}</DataListKey>
          <DataListValue>{result.issuer}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('admin.sso.endpoint')}</DataListKey>
          <DataListValue>{result.authorizationEndpoint}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('admin.sso.tokenEndpoint')}</DataListKey>
          <DataListValue>{result.tokenEndpoint}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('admin.sso.scopesSupported')}</DataListKey>
          <DataListValue>{result.scopesSupported.join(' ')}</DataListValue>
        </DataListItem>
      </DataList>
      <ResponsiveTable
        caption={t('admin.sso.claimsCaption')}
        columns={[t('admin.sso.claim'), t('admin.sso.usedFor'), t('admin.sso.offered')]}
      >
        <TableBody>
          {result.claims.map((c) => (
            <TableRow key={c.claim}>
              <TableCell>{c.claim}</TableCell>
              <TableCell>{c.usedFor}</TableCell>
              <TableCell>{offered(c.offered)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ResponsiveTable>
    </Alert>
  );
}

/** /beheer/sso: the organisation's OIDC settings, with a test of the issuer. */
export function SsoPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.sso.title'));
  const orgId = useOrgId();
  const [settings, setSettings] = useState<OidcSettings | null>(null);
  const [issuer, setIssuer] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [scopes, setScopes] = useState('openid email profile');
  const [enabled, setEnabled] = useState(true);
  const [defaultRole, setDefaultRole] = useState<string>('reporter');
  const [tested, setTested] = useState<OidcTestResult | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors(ID);

  useEffect(() => {
    adminApi.oidc(orgId).then(
      (s) => {
        setSettings(s);
        if (s.config) {
          setIssuer(s.config.issuer);
          setClientId(s.config.clientId);
          setScopes(s.config.scopes);
          setEnabled(s.config.enabled);
          setDefaultRole(s.config.defaultRole);
        }
      },
      (e) => form.fail(e),
    );
  }, [orgId, form.fail]);

  const required = () => {
    const missing: Record<string, string> = {};
    if (!issuer.trim()) missing.issuer = t('admin.sso.issuerRequired');
    if (!clientId.trim()) missing.clientId = t('admin.sso.clientIdRequired');
    if (Object.keys(missing).length > 0) form.show(missing);
    return Object.keys(missing).length === 0;
  };

  const test = async () => {
    setTested(null);
    setSaved(false);
    if (!required()) return;
    try {
      setTested(
        await adminApi.testOidc(orgId, { issuer: issuer.trim(), clientId: clientId.trim() }),
      );
      form.clear();
    } catch (e) {
      form.fail(e);
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!required()) return;
    try {
      setSettings(
        await adminApi.saveOidc(orgId, {
          issuer: issuer.trim(),
          clientId: clientId.trim(),
          ...(clientSecret ? { clientSecret } : {}),
          scopes: scopes.trim(),
          enabled,
          defaultRole: defaultRole as (typeof FIRST_ROLES)[number],
        }),
      );
      setClientSecret('');
      form.clear();
      setSaved(true);
    } catch (e) {
      form.fail(e);
    }
  };

  return (
    <>
      <Paragraph>
        <RouterLink to="/beheer">{t('admin.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('admin.sso.title')}</Heading>
      <Paragraph>
        {t('admin.sso.intro')} <code>{settings?.redirectUri ?? ''}</code>
      </Paragraph>
      <div aria-live="polite">
        {saved ? (
          <Alert type="ok">
            <Paragraph>{t('admin.sso.saved')}</Paragraph>
          </Alert>
        ) : null}
        {tested ? <TestReport result={tested} /> : null}
      </div>
      <ErrorSummary errors={form.summary} />
      <form className="weerbaar-form" noValidate onSubmit={(e) => void save(e)}>
        <TextField
          id={ID('issuer')}
          type="url"
          label={t('admin.sso.issuer')}
          description={t('admin.sso.issuerHint')}
          value={issuer}
          error={form.errors.issuer}
          onChange={(e) => setIssuer(e.target.value)}
        />
        <TextField
          id={ID('clientId')}
          label={t('admin.sso.clientId')}
          value={clientId}
          error={form.errors.clientId}
          onChange={(e) => setClientId(e.target.value)}
        />
        <TextField
          id={ID('clientSecret')}
          type="password"
          autoComplete="new-password"
          label={`${t('admin.sso.clientSecret')} ${t('admin.optional')}`}
          description={`${t('admin.sso.clientSecretHint')}${settings?.config?.hasClientSecret ? ` ${t('admin.sso.secretStored')}` : ''}`}
          value={clientSecret}
          error={form.errors.clientSecret}
          onChange={(e) => setClientSecret(e.target.value)}
        />
        <TextField
          id={ID('scopes')}
          label={t('admin.sso.scopes')}
          value={scopes}
          error={form.errors.scopes}
          onChange={(e) => setScopes(e.target.value)}
        />
        <SelectField
          id={ID('defaultRole')}
          label={t('admin.sso.defaultRole')}
          value={defaultRole}
          error={form.errors.defaultRole}
          onChange={(e) => setDefaultRole(e.target.value)}
        >
          {FIRST_ROLES.map((r) => (
            <SelectOption key={r} value={r}>
              {t(`roles.${r}`)}
            </SelectOption>
          ))}
        </SelectField>
        <CheckboxField
          id={ID('enabled')}
          label={t('admin.sso.enabled')}
          checked={enabled}
          onChange={setEnabled}
        />
        <Heading level={2}>{t('admin.sso.domains')}</Heading>
        <Paragraph>{t('admin.sso.domainsHint')}</Paragraph>
        {settings && settings.verifiedDomains.length === 0 ? (
          <Paragraph>{t('admin.sso.noDomains')}</Paragraph>
        ) : (
          <UnorderedList>
            {(settings?.verifiedDomains ?? []).map((d) => (
              <UnorderedListItem key={d}>{d}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        <ButtonGroup>
          <SecondaryActionButton type="button" onClick={() => void test()}>
            {t('admin.sso.test')}
          </SecondaryActionButton>
          <PrimaryActionButton type="submit">{t('admin.sso.save')}</PrimaryActionButton>
        </ButtonGroup>
      </form>
    </>
  );
}
