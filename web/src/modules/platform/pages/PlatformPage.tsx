import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { errorMessage, fieldKey } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RadioGroup,
  SecondaryActionButton,
  SelectField,
  SelectOption,
  TableCell,
  TableRow,
  TextField,
} from '../../../ui';
import { type AdminOrganisation, type OfficialOrganisation, platformApi } from '../api';
import { PlatformGate } from '../components/PlatformGate';

/** The platform admin's organisations: add one (list or ministry) with its first admin; deactivate. */
export function PlatformPage() {
  const { t } = useTranslation();
  usePageTitle(t('platform.organisations.title'));
  return (
    <>
      <Heading level={1}>{t('platform.organisations.title')}</Heading>
      <PlatformGate>
        <Organisations />
      </PlatformGate>
    </>
  );
}

function Organisations() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useLoad(() => platformApi.organisations(), []);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const toggle = async (org: AdminOrganisation) => {
    try {
      const next = org.active
        ? await platformApi.deactivate(org.id)
        : await platformApi.reactivate(org.id);
      setProblem(null);
      setNotice(
        t(
          next.active ? 'platform.organisations.reactivated' : 'platform.organisations.deactivated',
          {
            name: next.name,
          },
        ),
      );
      list.reload();
    } catch (failure) {
      setProblem(failure);
    }
  };
  return (
    <>
      <div role="status">
        {notice ? (
          <Alert type="ok">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <Heading level={2}>{t('platform.organisations.addTitle')}</Heading>
      <SetUpForm
        onCreated={(text) => {
          setNotice(text);
          list.reload();
        }}
      />
      <Heading level={2}>{t('platform.organisations.listTitle')}</Heading>
      <ListTable
        data={list.data?.organisations ?? null}
        error={list.error ?? problem}
        empty={t('platform.organisations.empty')}
        caption={(count) => t('platform.organisations.caption', { count })}
        columns={[
          t('platform.organisations.name'),
          t('platform.organisations.type'),
          t('platform.organisations.code'),
          t('platform.organisations.members'),
          t('platform.organisations.status'),
          t('platform.organisations.actions'),
        ]}
        row={(org) => (
          <TableRow key={org.id}>
            <TableCell>{org.name}</TableCell>
            <TableCell>{t(`platform.types.${org.type}`)}</TableCell>
            <TableCell>{org.code}</TableCell>
            <TableCell>{format.number(org.members)}</TableCell>
            <TableCell>
              {org.active
                ? t('platform.organisations.active')
                : t('platform.organisations.inactive', { date: format.date(org.deactivatedAt) })}
            </TableCell>
            <TableCell>
              <SecondaryActionButton
                type="button"
                aria-label={t(
                  org.active
                    ? 'platform.organisations.deactivateLabel'
                    : 'platform.organisations.reactivateLabel',
                  { name: org.name },
                )}
                onClick={() => void toggle(org)}
              >
                {t(
                  org.active
                    ? 'platform.organisations.deactivate'
                    : 'platform.organisations.reactivate',
                )}
              </SecondaryActionButton>
            </TableCell>
          </TableRow>
        )}
      />
    </>
  );
}

type Field = 'search' | 'pick' | 'code' | 'name' | 'domains' | 'email' | 'adminName';
const IDS: Record<Field, string> = {
  search: 'org-search',
  pick: 'org-pick',
  code: 'org-code',
  name: 'org-name',
  domains: 'org-domains',
  email: 'org-admin-email',
  adminName: 'org-admin-name',
};
/** Server field names (after `body.`) to the form's fields. */
const SERVER_FIELDS: Record<string, Field> = {
  code: 'code',
  name: 'name',
  domains: 'domains',
  firstAdmin: 'email',
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function SetUpForm({ onCreated }: { onCreated: (text: string) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'listed' | 'rijk'>('listed');
  const [values, setValues] = useState<Record<Field, string>>({
    search: '',
    pick: '',
    code: '',
    name: '',
    domains: '',
    email: '',
    adminName: '',
  });
  const [results, setResults] = useState<OfficialOrganisation[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    if (kind !== 'listed') return;
    const request = ++latest.current;
    const timer = setTimeout(() => {
      platformApi.search(values.search).then(
        (answer) => {
          if (request === latest.current) setResults(answer.results);
        },
        () => undefined,
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [kind, values.search]);

  const set = (name: Field, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const field = (name: Field) => ({
    id: IDS[name],
    name,
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
  });
  const picked = results.find((r) => r.code === values.pick);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing: Partial<Record<Field, string>> = {};
    if (kind === 'listed' && (!picked || picked.present))
      missing.pick = t('platform.organisations.pickRequired');
    if (kind === 'rijk' && !values.code.trim())
      missing.code = t('platform.organisations.codeRequired');
    if (kind === 'rijk' && !values.name.trim())
      missing.name = t('platform.organisations.nameRequired');
    if (!EMAIL.test(values.email.trim()))
      missing.email = t('platform.organisations.adminEmailInvalid');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const created = await platformApi.setUp({
        type: kind === 'listed' && picked ? picked.type : 'rijk',
        code: kind === 'listed' && picked ? picked.code : values.code.trim(),
        ...(kind === 'rijk' ? { name: values.name.trim() } : {}),
        domains: values.domains
          .split(/[,\s]+/)
          .map((d) => d.trim())
          .filter(Boolean),
        firstAdmin: {
          email: values.email.trim(),
          ...(values.adminName.trim() ? { displayName: values.adminName.trim() } : {}),
        },
      });
      setValues({
        search: '',
        pick: '',
        code: '',
        name: '',
        domains: '',
        email: '',
        adminName: '',
      });
      onCreated(
        t('platform.organisations.created', {
          name: created.organisation.name,
          email: created.invitation.email,
        }),
      );
    } catch (failure) {
      const fields = isApiError(failure) ? failure.fieldErrors() : {};
      const next: Partial<Record<Field, string>> = {};
      for (const [key, message] of Object.entries(fields)) {
        const mine = SERVER_FIELDS[fieldKey(key)] ?? 'email';
        next[kind === 'listed' && mine === 'code' ? 'pick' : mine] = message;
      }
      if (Object.keys(next).length === 0)
        next[kind === 'listed' ? 'pick' : 'code'] = errorMessage(failure);
      setErrors(next);
    } finally {
      setBusy(false);
    }
  };

  const summary = (Object.keys(errors) as Field[])
    .filter((f) => errors[f])
    .map((f) => ({ fieldId: IDS[f], message: errors[f] as string }));

  return (
    <>
      <Paragraph>{t('platform.organisations.addIntro')}</Paragraph>
      <ErrorSummary errors={summary} />
      <form className="weerbaar-form" noValidate onSubmit={(event) => void submit(event)}>
        <RadioGroup
          id="org-kind"
          legend={t('platform.organisations.type')}
          value={kind}
          onChange={(value) => setKind(value as 'listed' | 'rijk')}
          options={['listed', 'rijk']}
          labelOf={(value) =>
            t(
              value === 'rijk'
                ? 'platform.organisations.typeRijk'
                : 'platform.organisations.typeListed',
            )
          }
        />
        {kind === 'listed' ? (
          <>
            <TextField
              {...field('search')}
              type="search"
              label={t('platform.organisations.search')}
              description={t('platform.organisations.searchDescription')}
            />
            <SelectField {...field('pick')} label={t('platform.organisations.pick')} required>
              <SelectOption value="">
                {results.length === 0 ? t('platform.organisations.pickEmpty') : '—'}
              </SelectOption>
              {results.map((r) => (
                <SelectOption key={r.code} value={r.code} disabled={r.present}>
                  {t(
                    r.present ? 'platform.organisations.present' : 'platform.organisations.option',
                    {
                      name: `${t(`platform.types.${r.type}`)} ${r.name}`,
                      code: r.code,
                    },
                  )}
                </SelectOption>
              ))}
            </SelectField>
          </>
        ) : (
          <>
            <TextField
              {...field('code')}
              label={t('platform.organisations.code')}
              description={t('platform.organisations.codeDescription')}
              required
            />
            <TextField {...field('name')} label={t('platform.organisations.name')} required />
          </>
        )}
        <TextField
          {...field('domains')}
          label={t('platform.organisations.domains')}
          description={t('platform.organisations.domainsDescription')}
        />
        <TextField
          {...field('email')}
          type="email"
          autoComplete="off"
          label={t('platform.organisations.adminEmail')}
          required
        />
        <TextField {...field('adminName')} label={t('platform.organisations.adminName')} />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t('platform.organisations.submit')}
          </PrimaryActionButton>
        </div>
      </form>
    </>
  );
}
