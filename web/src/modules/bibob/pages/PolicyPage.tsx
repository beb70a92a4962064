import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ErrorSummary,
  Fieldset,
  FieldsetLegend,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  SelectField,
  SelectOption,
  TableCell,
  TableRow,
  TextField,
} from '../../../ui';
import { bibobApi, type PolicyItem } from '../api';
import { useAction } from '../components/useAction';

const WHEN = ['always', 'indication', 'threshold', 'never'] as const;

/** The organisation's Bibob policy: edit from the template, save versions, record adoption, export. */
export function PolicyPage() {
  const { t } = useTranslation();
  usePageTitle(t('bibob.policy.title'));
  const orgId = useOrgId();
  const format = useFormat();
  const policy = useLoad(orgId ? () => bibobApi.policy(orgId) : null, [orgId]);
  const [title, setTitle] = useState('');
  const [items, setItems] = useState<PolicyItem[]>([]);
  const [adoptedBy, setAdoptedBy] = useState('');
  const [adoptedOn, setAdoptedOn] = useState('');
  const save = useAction({ title: 'policy-title', items: 'policy-items' });
  const adopt = useAction({ adoptedBy: 'policy-adopted-by', adoptedOn: 'policy-adopted-on' });

  const data = policy.data;
  useEffect(() => {
    if (!data) return;
    const source = data.current ?? data.template;
    setTitle(source.title);
    setItems(source.items);
  }, [data]);

  const current = data?.current ?? null;
  const setItem = (key: string, patch: Partial<PolicyItem>) =>
    setItems(items.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(title.trim() ? {} : { title: t('bibob.policy.required') }, async () => {
      const saved = await bibobApi.savePolicy(orgId, {
        title: title.trim(),
        items: items.map((i) => ({
          ...i,
          threshold: i.when === 'threshold' && i.threshold?.trim() ? i.threshold.trim() : null,
        })),
      });
      policy.reload();
      return t('bibob.policy.savedVersion', { version: saved.version });
    });
  };

  const submitAdoption = (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    const local: Record<string, string> = {};
    if (!adoptedBy.trim()) local.adoptedBy = t('bibob.policy.required');
    if (!adoptedOn) local.adoptedOn = t('bibob.policy.dateRequired');
    void adopt.run(local, async () => {
      const v = await bibobApi.adopt(orgId, current.version, {
        adoptedBy: adoptedBy.trim(),
        adoptedOn,
      });
      policy.reload();
      return t('bibob.policy.adopted', {
        version: v.version,
        by: v.adoptedBy,
        date: format.date(v.adoptedOn),
        due: format.date(v.renewalDue),
      });
    });
  };

  return (
    <>
      <Heading level={1}>{t('bibob.policy.title')}</Heading>
      <Paragraph>{t('bibob.policy.intro')}</Paragraph>
      {policy.error ? (
        <Alert type="error">
          <Paragraph>{policy.error.message}</Paragraph>
        </Alert>
      ) : null}
      {data?.renewal.due ? (
        <Alert type={data.renewal.status === 'ok' ? 'info' : 'warning'}>
          <Paragraph>
            {t(`bibob.renewal.${data.renewal.status}`, { date: format.date(data.renewal.due) })}
          </Paragraph>
        </Alert>
      ) : null}
      {data && !data.current ? <Paragraph>{t('bibob.policy.fromTemplate')}</Paragraph> : null}

      {data ? (
        <form noValidate onSubmit={submit}>
          <ErrorSummary errors={save.summary} />
          {save.done ? (
            <Alert type="ok">
              <Paragraph>{save.done}</Paragraph>
            </Alert>
          ) : null}
          <TextField
            id="policy-title"
            label={t('bibob.policy.docTitle')}
            required
            value={title}
            error={save.errors.title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <Heading level={2} id="policy-items" tabIndex={-1}>
            {t('bibob.policy.itemsCaption')}
          </Heading>
          {items.map((item) => (
            <Fieldset key={item.key}>
              <FieldsetLegend>
                {item.label} ({t(`bibob.areas.${item.area}`)})
              </FieldsetLegend>
              <SelectField
                id={`policy-when-${item.key}`}
                label={t('bibob.policy.when')}
                value={item.when}
                onChange={(e) => setItem(item.key, { when: e.target.value as PolicyItem['when'] })}
              >
                {WHEN.map((w) => (
                  <SelectOption key={w} value={w}>
                    {t(`bibob.when.${w}`)}
                  </SelectOption>
                ))}
              </SelectField>
              {item.when === 'threshold' ? (
                <TextField
                  id={`policy-threshold-${item.key}`}
                  label={t('bibob.policy.threshold')}
                  value={item.threshold ?? ''}
                  onChange={(e) => setItem(item.key, { threshold: e.target.value })}
                />
              ) : null}
            </Fieldset>
          ))}
          <PrimaryActionButton type="submit" busy={save.busy}>
            {t('bibob.policy.saveVersion')}
          </PrimaryActionButton>
        </form>
      ) : null}

      {current && !current.adoptedOn ? (
        <>
          <Heading level={2}>{t('bibob.policy.adoptHeading')}</Heading>
          <Paragraph>{t('bibob.policy.adoptIntro', { version: current.version })}</Paragraph>
          <ErrorSummary errors={adopt.summary} />
          <form noValidate onSubmit={submitAdoption}>
            <TextField
              id="policy-adopted-by"
              label={t('bibob.policy.adoptedBy')}
              description={t('bibob.policy.adoptedByHint')}
              required
              value={adoptedBy}
              error={adopt.errors.adoptedBy}
              onChange={(e) => setAdoptedBy(e.target.value)}
            />
            <TextField
              id="policy-adopted-on"
              type="date"
              label={t('bibob.policy.adoptedOn')}
              required
              value={adoptedOn}
              error={adopt.errors.adoptedOn}
              onChange={(e) => setAdoptedOn(e.target.value)}
            />
            <PrimaryActionButton type="submit" busy={adopt.busy}>
              {t('bibob.policy.adopt')}
            </PrimaryActionButton>
          </form>
        </>
      ) : null}
      {adopt.done ? (
        <Alert type="ok">
          <Paragraph>{adopt.done}</Paragraph>
        </Alert>
      ) : null}

      <Heading level={2}>{t('bibob.policy.versions')}</Heading>
      <ListTable
        data={data?.versions ?? null}
        error={null}
        empty={t('bibob.policy.draft')}
        caption={(count) => t('bibob.policy.versionsCaption', { count })}
        columns={[
          t('bibob.policy.version'),
          t('bibob.policy.created'),
          t('bibob.policy.status'),
          t('bibob.policy.document'),
        ]}
        row={(v) => (
          <TableRow key={v.version}>
            <TableCell>{v.version}</TableCell>
            <TableCell>{format.date(v.createdAt)}</TableCell>
            <TableCell>
              {v.adoptedOn
                ? t('bibob.policy.adoptedOnShort', { date: format.date(v.adoptedOn) })
                : t('bibob.policy.draft')}
            </TableCell>
            <TableCell>
              <Link href={bibobApi.policyPdfUrl(orgId, v.version)} download>
                {t('bibob.policy.pdf', { version: v.version })}
              </Link>
            </TableCell>
          </TableRow>
        )}
      />
      <Paragraph>
        <RouterLink to="/bibob">{t('bibob.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
