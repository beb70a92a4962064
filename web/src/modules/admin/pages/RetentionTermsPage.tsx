import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
} from '../../../ui';
import { adminApi, type RetentionTerm } from '../api';
import { useFormErrors } from '../form-errors';

/** /beheer/bewaartermijnen: how long each kind of closed record is kept, within its bounds. */
export function RetentionTermsPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.retention.title'));
  const orgId = useOrgId();
  const [terms, setTerms] = useState<RetentionTerm[] | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors((kind) => `retention-${kind}`);

  const show = useCallback((loaded: RetentionTerm[]) => {
    setTerms(loaded);
    setValues(Object.fromEntries(loaded.map((x) => [x.kind, String(x.months)])));
  }, []);
  useEffect(() => {
    adminApi.retentionTerms(orgId).then(show, form.fail);
  }, [orgId, form.fail, show]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!terms) return;
    setSaved(false);
    // Checked here first (a whole number within the bounds); the server checks the same.
    const problems: Record<string, string> = {};
    for (const term of terms) {
      const months = Number(values[term.kind]);
      if (
        !/^\d+$/.test(values[term.kind]?.trim() ?? '') ||
        months < term.minMonths ||
        months > term.maxMonths
      ) {
        problems[term.kind] = t('admin.retention.outOfBounds', {
          kind: t(`admin.retention.kinds.${term.kind}`),
          min: term.minMonths,
          max: term.maxMonths,
        });
      }
    }
    if (Object.keys(problems).length > 0) return form.show(problems);
    setBusy(true);
    try {
      const body = Object.fromEntries(terms.map((x) => [x.kind, Number(values[x.kind])]));
      show(await adminApi.saveRetentionTerms(orgId, body));
      form.clear();
      setSaved(true);
    } catch (e) {
      form.fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Paragraph>
        <RouterLink to="/beheer">{t('admin.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('admin.retention.title')}</Heading>
      <Paragraph>{t('admin.retention.intro')}</Paragraph>
      <Paragraph>{t('admin.retention.job')}</Paragraph>
      <div aria-live="polite">
        {saved ? (
          <Alert type="ok">
            <Paragraph>{t('admin.retention.saved')}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <ErrorSummary errors={form.summary} />
      {terms ? (
        <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
          {terms.map((term) => (
            <TextField
              key={term.kind}
              id={`retention-${term.kind}`}
              inputMode="numeric"
              label={t('admin.retention.label', { kind: t(`admin.retention.kinds.${term.kind}`) })}
              description={`${t(`admin.retention.explain.${term.kind}`)} ${t(
                'admin.retention.bounds',
                {
                  min: term.minMonths,
                  max: term.maxMonths,
                  standard: term.defaultMonths,
                },
              )}`}
              value={values[term.kind] ?? ''}
              error={form.errors[term.kind]}
              required
              onChange={(e) => setValues((v) => ({ ...v, [term.kind]: e.target.value }))}
            />
          ))}
          <div>
            <PrimaryActionButton type="submit" busy={busy}>
              {t('admin.retention.save')}
            </PrimaryActionButton>
          </div>
        </form>
      ) : null}
    </>
  );
}
