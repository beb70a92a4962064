import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgId } from '../../../app/load';
import { useSession } from '../../../app/session';
import {
  Alert,
  ButtonGroup,
  ErrorSummary,
  FileField,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
} from '../../../ui';
import { adminApi } from '../api';
import { useFormErrors } from '../form-errors';

/** The largest logo the server takes (LOGO_MAX_BYTES), checked here first to spare the upload. */
const LOGO_MAX_BYTES = 512 * 1024;

/** Upload, replace or remove the organisation's logo; the header shows it at once. */
export function LogoForm() {
  const { t } = useTranslation();
  const orgId = useOrgId();
  const { reloadOrganisation } = useSession();
  const [logoUrl, setLogoUrl] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(() => 'logo-file');
  useEffect(() => {
    adminApi.organisation(orgId).then((o) => setLogoUrl(o.logoUrl), form.fail);
  }, [orgId, form.fail]);

  const run = async (action: () => Promise<string | null>, message: string) => {
    setBusy(true);
    setNotice('');
    try {
      setLogoUrl(await action());
      form.clear();
      setFile(null);
      setNotice(message);
      reloadOrganisation();
    } catch (e) {
      form.fail(e);
    } finally {
      setBusy(false);
    }
  };

  const upload = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return form.show({ file: t('admin.organisation.logoMissing') });
    if (file.size > LOGO_MAX_BYTES)
      return form.show({ file: t('admin.organisation.logoTooLarge') });
    return run(
      async () => (await adminApi.uploadLogo(orgId, file)).logoUrl,
      t('admin.organisation.logoSaved'),
    );
  };

  return (
    <form className="weerbaar-form" noValidate onSubmit={(e) => void upload(e)}>
      <div aria-live="polite">
        {notice ? (
          <Alert type="ok">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <ErrorSummary errors={form.summary} />
      {logoUrl ? (
        <Paragraph>
          <img
            className="weerbaar-logo-preview"
            src={logoUrl}
            alt={t('admin.organisation.logoCurrent')}
          />
        </Paragraph>
      ) : (
        <Paragraph>{t('admin.organisation.logoNone')}</Paragraph>
      )}
      <FileField
        id="logo-file"
        label={t('admin.organisation.logoFile')}
        description={t('admin.organisation.logoHint')}
        accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml"
        error={form.errors.file}
        onFiles={(files) => setFile(files[0] ?? null)}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy}>
          {t('admin.organisation.logoUpload')}
        </PrimaryActionButton>
        {logoUrl ? (
          <SecondaryActionButton
            type="button"
            onClick={() =>
              void run(async () => {
                await adminApi.removeLogo(orgId);
                return null;
              }, t('admin.organisation.logoRemoved'))
            }
          >
            {t('admin.organisation.logoRemove')}
          </SecondaryActionButton>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
