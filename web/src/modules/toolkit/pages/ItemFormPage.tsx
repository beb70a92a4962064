import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { useAction } from '../../../app/useAction';
import {
  ChoiceGroup,
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  SelectField,
  SelectOption,
  TextareaField,
  TextField,
} from '../../../ui';
import { AUDIENCES, type ItemInput, KINDS, THEMES, toolkitApi } from '../api';

const IDS = {
  kind: 'item-kind',
  title: 'item-title',
  summary: 'item-summary',
  body: 'item-body',
  source: 'item-source',
  publishedOn: 'item-date',
  audiences: 'item-audiences',
  themes: 'item-themes',
};

const EMPTY: ItemInput = {
  kind: 'guide',
  title: '',
  summary: '',
  body: '',
  source: '',
  publishedOn: new Date().toISOString().slice(0, 10),
  audiences: [],
  themes: [],
};

/** Add an item of the organisation (/toolkit/nieuw) or edit one (/toolkit/:slug/bewerken). */
export function ItemFormPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const orgId = useOrgId();
  const navigate = useNavigate();
  usePageTitle(slug ? t('toolkit.form.editTitle') : t('toolkit.form.newTitle'));
  const existing = useLoad(orgId && slug ? () => toolkitApi.item(orgId, slug) : null, [
    orgId,
    slug,
  ]);
  const [form, setForm] = useState<ItemInput>(EMPTY);
  const action = useAction(IDS);
  useEffect(() => {
    const d = existing.data;
    if (!d) return;
    setForm({
      kind: d.kind,
      title: d.title,
      summary: d.summary,
      body: d.body,
      source: d.source,
      publishedOn: d.publishedOn,
      audiences: d.audiences,
      themes: d.themes,
    });
  }, [existing.data]);
  const text = (k: 'title' | 'summary' | 'body' | 'source' | 'publishedOn') => ({
    value: form[k],
    error: action.errors[k],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    for (const k of ['title', 'summary', 'body', 'source', 'publishedOn'] as const) {
      if (!form[k].trim()) local[k] = t('toolkit.form.required');
    }
    if (form.audiences.length === 0) local.audiences = t('toolkit.form.chooseOne');
    if (form.themes.length === 0) local.themes = t('toolkit.form.chooseOne');
    void action.run(local, async () => {
      const saved = slug
        ? await toolkitApi.update(orgId, slug, form)
        : await toolkitApi.create(orgId, form);
      navigate(`/toolkit/${saved.slug}`);
      return null;
    });
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={slug ? `/toolkit/${slug}` : '/toolkit'}>
          {slug ? t('toolkit.form.cancel') : t('toolkit.back')}
        </RouterLink>
      </Paragraph>
      <Heading level={1}>{slug ? t('toolkit.form.editTitle') : t('toolkit.form.newTitle')}</Heading>
      {slug ? null : <Paragraph>{t('toolkit.form.intro')}</Paragraph>}
      <ErrorSummary errors={action.summary} />
      <form noValidate onSubmit={submit}>
        <SelectField
          id={IDS.kind}
          label={t('toolkit.kind')}
          required
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as ItemInput['kind'] })}
        >
          {KINDS.map((k) => (
            <SelectOption key={k} value={k}>
              {t(`toolkit.kinds.${k}`)}
            </SelectOption>
          ))}
        </SelectField>
        <TextField id={IDS.title} label={t('toolkit.form.title')} required {...text('title')} />
        <TextareaField
          id={IDS.summary}
          label={t('toolkit.form.summary')}
          description={t('toolkit.form.summaryHint')}
          required
          rows={2}
          {...text('summary')}
        />
        <TextareaField
          id={IDS.body}
          label={t('toolkit.form.body')}
          description={t('toolkit.form.bodyHint')}
          required
          rows={12}
          {...text('body')}
        />
        <TextField id={IDS.source} label={t('toolkit.form.source')} required {...text('source')} />
        <TextField
          id={IDS.publishedOn}
          type="date"
          label={t('toolkit.form.publishedOn')}
          required
          {...text('publishedOn')}
        />
        <ChoiceGroup
          id={IDS.audiences}
          legend={t('toolkit.form.audiences')}
          multiple
          options={AUDIENCES}
          labelOf={(a) => t(`toolkit.audiences.${a}`)}
          value={form.audiences}
          error={action.errors.audiences}
          onChange={(v) => setForm({ ...form, audiences: v as ItemInput['audiences'] })}
        />
        <ChoiceGroup
          id={IDS.themes}
          legend={t('toolkit.form.themes')}
          multiple
          options={THEMES}
          labelOf={(a) => t(`toolkit.themes.${a}`)}
          value={form.themes}
          error={action.errors.themes}
          onChange={(v) => setForm({ ...form, themes: v as ItemInput['themes'] })}
        />
        <PrimaryActionButton type="submit" busy={action.busy}>
          {t('toolkit.form.save')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
