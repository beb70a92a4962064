import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { useAction } from '../../../app/useAction';
import {
  Alert,
  CheckboxField,
  ErrorSummary,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  TextareaField,
  TextField,
} from '../../../ui';
import { toolkitApi } from '../api';

const IDS = { body: 'norm-body', adoptedOn: 'norm-adopted', published: 'norm-published' };
const today = () => new Date().toISOString().slice(0, 10);

/** The org admin writes the organisation's norm and publishes it. */
export function NormEditPage() {
  const { t } = useTranslation();
  usePageTitle(t('toolkit.norm.title'));
  const orgId = useOrgId();
  const { data } = useLoad(orgId ? () => toolkitApi.norm(orgId) : null, [orgId]);
  const [form, setForm] = useState({ body: '', adoptedOn: '', published: false });
  const [publicPath, setPublicPath] = useState<string | null>(null);
  const action = useAction(IDS);
  useEffect(() => {
    if (!data) return;
    setForm({ body: data.body, adoptedOn: data.adoptedOn ?? today(), published: data.published });
    setPublicPath(data.published ? data.publicPath : null);
  }, [data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!form.body.trim()) local.body = t('toolkit.norm.required');
    if (!form.adoptedOn) local.adoptedOn = t('toolkit.norm.required');
    void action.run(local, async () => {
      const saved = await toolkitApi.saveNorm(orgId, { ...form, body: form.body.trim() });
      setPublicPath(saved.published ? saved.publicPath : null);
      return saved.published ? t('toolkit.norm.savedPublished') : t('toolkit.norm.savedDraft');
    });
  };

  return (
    <>
      <Paragraph>
        <RouterLink to="/toolkit">{t('toolkit.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('toolkit.norm.title')}</Heading>
      <Paragraph>{t('toolkit.norm.intro')}</Paragraph>
      <ErrorSummary errors={action.summary} />
      {action.done ? (
        <Alert type="ok" role="status">
          <Paragraph>{action.done}</Paragraph>
        </Alert>
      ) : null}
      {publicPath ? (
        <Paragraph>
          <Link href={publicPath}>{t('toolkit.norm.publicPage')}</Link>
        </Paragraph>
      ) : null}
      {data ? (
        <form noValidate onSubmit={submit}>
          <TextareaField
            id={IDS.body}
            label={t('toolkit.norm.body')}
            description={t('toolkit.norm.bodyHint')}
            required
            rows={14}
            value={form.body}
            error={action.errors.body}
            onChange={(e) => setForm({ ...form, body: e.target.value })}
          />
          <TextField
            id={IDS.adoptedOn}
            type="date"
            label={t('toolkit.norm.adoptedOn')}
            required
            value={form.adoptedOn}
            error={action.errors.adoptedOn}
            onChange={(e) => setForm({ ...form, adoptedOn: e.target.value })}
          />
          <CheckboxField
            id={IDS.published}
            label={t('toolkit.norm.published')}
            checked={form.published}
            onChange={(published) => setForm({ ...form, published })}
          />
          <PrimaryActionButton type="submit" busy={action.busy}>
            {t('toolkit.norm.save')}
          </PrimaryActionButton>
        </form>
      ) : null}
    </>
  );
}
