import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { adminApi } from '../api';
import { LogoForm } from '../components/LogoForm';
import { MIN_CONTRAST, ratioOf } from '../contrast';
import { useFormErrors } from '../form-errors';

/** Theme tokens the form edits: field key -> CSS custom property, with the base value. */
const TOKENS = {
  textColour: ['--utrecht-document-color', '#1a1a1a'],
  backgroundColour: ['--utrecht-document-background-color', '#ffffff'],
  linkColour: ['--utrecht-link-color', '#0b5ea8'],
  buttonText: ['--utrecht-button-primary-action-color', '#ffffff'],
  buttonBackground: ['--utrecht-button-primary-action-background-color', '#1a1a1a'],
  brandColour: ['--weerbaar-brand-color', '#999999'],
  font: ['--utrecht-document-font-family', ''],
} as const;
type TokenKey = keyof typeof TOKENS;
const KEYS = Object.keys(TOKENS) as TokenKey[];
const PAIRS = [
  ['pairText', 'textColour', 'backgroundColour'],
  ['pairLink', 'linkColour', 'backgroundColour'],
  ['pairButton', 'buttonText', 'buttonBackground'],
] as const;
const tokenKeyOf = (property: string) => KEYS.find((k) => TOKENS[k][0] === property);

/** Name and contact details. */
function ProfileForm() {
  const { t } = useTranslation();
  const orgId = useOrgId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [saved, setSaved] = useState(false);
  const form = useFormErrors((k) => `profile-${k}`);
  useEffect(() => {
    adminApi.profile(orgId).then((p) => {
      setName(p.name);
      setEmail(p.contact.email ?? '');
      setPhone(p.contact.phone ?? '');
    }, form.fail);
  }, [orgId, form.fail]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await adminApi.saveProfile(orgId, {
        name: name.trim(),
        contact: { email: email.trim() || null, phone: phone.trim() || null },
      });
      form.clear();
      setSaved(true);
    } catch (e) {
      const errors = (e as { errors?: { field: string; message: string }[] }).errors;
      // body.contact.email -> the e-mail field, body.contact.phone -> the telephone field.
      if (errors?.some((x) => x.field.startsWith('body.contact.'))) {
        form.show(
          Object.fromEntries(
            errors.map((x) => [x.field.replace(/^body\.(contact\.)?/, ''), x.message]),
          ),
        );
      } else form.fail(e);
    }
  };
  return (
    <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
      <div aria-live="polite">
        {saved ? (
          <Alert type="ok">
            <Paragraph>{t('admin.organisation.saved')}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <ErrorSummary errors={form.summary} />
      <TextField
        id="profile-name"
        label={t('admin.organisation.name')}
        value={name}
        error={form.errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        id="profile-email"
        type="email"
        label={`${t('admin.organisation.contactEmail')} ${t('admin.optional')}`}
        value={email}
        error={form.errors.email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        id="profile-phone"
        type="tel"
        label={`${t('admin.organisation.contactPhone')} ${t('admin.optional')}`}
        value={phone}
        error={form.errors.phone}
        onChange={(e) => setPhone(e.target.value)}
      />
      <PrimaryActionButton type="submit">{t('admin.organisation.save')}</PrimaryActionButton>
    </form>
  );
}

/** Colours and font, with the contrast ratios shown while typing. */
function ThemeForm() {
  const { t } = useTranslation();
  const orgId = useOrgId();
  const format = useFormat();
  const [values, setValues] = useState<Record<TokenKey, string> | null>(null);
  const [other, setOther] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const form = useFormErrors((k) => `theme-${tokenKeyOf(k) ?? k}`);
  useEffect(() => {
    adminApi.profile(orgId).then((p) => {
      const mine = Object.fromEntries(KEYS.map((k) => [k, p.theme[TOKENS[k][0]] ?? ''])) as Record<
        TokenKey,
        string
      >;
      setValues(mine);
      const known = new Set(KEYS.map((k) => TOKENS[k][0] as string));
      setOther(Object.fromEntries(Object.entries(p.theme).filter(([k]) => !known.has(k))));
    }, form.fail);
  }, [orgId, form.fail]);
  if (!values) return <ErrorSummary errors={form.summary} />;
  const effective = (k: TokenKey) => values[k] || TOKENS[k][1];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const theme: Record<string, string> = { ...other };
    for (const k of KEYS) if (values[k].trim()) theme[TOKENS[k][0]] = values[k].trim();
    try {
      await adminApi.saveTheme(orgId, theme);
      form.clear();
      setSaved(true);
    } catch (e) {
      form.fail(e);
    }
  };
  return (
    <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
      <div aria-live="polite">
        {saved ? (
          <Alert type="ok">
            <Paragraph>{t('admin.organisation.themeSaved')}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <ErrorSummary errors={form.summary} />
      {KEYS.map((k) => (
        <TextField
          key={k}
          id={`theme-${k}`}
          label={`${t(`admin.organisation.${k}`)} ${t('admin.optional')}`}
          description={
            k === 'font'
              ? t('admin.organisation.fontHint')
              : `${t('admin.organisation.colourHint')} (${TOKENS[k][1]})`
          }
          value={values[k]}
          error={form.errors[TOKENS[k][0]]}
          onChange={(e) => setValues({ ...values, [k]: e.target.value })}
        />
      ))}
      <UnorderedList aria-live="polite">
        {PAIRS.map(([pair, text, background]) => {
          const ratio = ratioOf(effective(text), effective(background));
          return (
            <UnorderedListItem key={pair}>
              {t('admin.organisation.ratio', {
                pair: t(`admin.organisation.${pair}`),
                ratio: ratio === null ? '–' : format.number(ratio, { maximumFractionDigits: 2 }),
              })}
              {' — '}
              {ratio !== null && ratio >= MIN_CONTRAST
                ? t('admin.organisation.ratioOk')
                : t('admin.organisation.ratioBad')}
            </UnorderedListItem>
          );
        })}
      </UnorderedList>
      <PrimaryActionButton type="submit">{t('admin.organisation.saveTheme')}</PrimaryActionButton>
    </form>
  );
}

/** /beheer/organisatie: name, contact details and house style. */
export function OrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.organisation.title'));
  return (
    <>
      <Paragraph>
        <RouterLink to="/beheer">{t('admin.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('admin.organisation.title')}</Heading>
      <ProfileForm />
      <Heading level={2}>{t('admin.organisation.logoTitle')}</Heading>
      <Paragraph>{t('admin.organisation.logoIntro')}</Paragraph>
      <LogoForm />
      <Heading level={2}>{t('admin.organisation.themeTitle')}</Heading>
      <Paragraph>{t('admin.organisation.themeIntro')}</Paragraph>
      <ThemeForm />
    </>
  );
}
