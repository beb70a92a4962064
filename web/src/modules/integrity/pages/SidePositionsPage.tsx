import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatDate, formatMoney } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { useSession } from '../../../app/session';
import {
  Alert,
  ErrorSummary,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  SecondaryActionButton,
  SelectField,
  SelectOption,
  StatusBadge,
  TableBody,
  TableCell,
  TableRow,
  TextField,
} from '../../../ui';
import { integrityApi } from '../api';
import { todayIso, useFormErrors } from '../components/hooks';
import { OFFICES } from '../vocabulary';

/** The clerk's register: office holders, who has not declared, and declarations to validate. */
export function SidePositionsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('integrity.register.title'));
  const orgId = useOrgId();
  const { activeMembership } = useSession();
  const holders = useLoad(() => integrityApi.officeHolders(orgId), [orgId]);
  const pending = useLoad(() => integrityApi.declarations(orgId, 'submitted'), [orgId]);
  const [error, setError] = useState<string | null>(null);
  const notDeclared = (holders.data ?? []).filter((h) => !h.declaredThisYear && !h.until);

  const review = (id: string, decision: 'validate' | 'reject') =>
    integrityApi.review(orgId, id, decision).then(
      () => {
        pending.reload();
        holders.reload();
      },
      (e) => setError(errorMessage(e)),
    );

  return (
    <>
      <Heading level={1}>{t('integrity.register.title')}</Heading>
      <Paragraph>{t('integrity.register.intro')}</Paragraph>
      <Paragraph>
        <Link href={`/openbaar/${encodeURIComponent(activeMembership?.code ?? '')}/nevenfuncties`}>
          {t('integrity.register.publicPage')}
        </Link>
      </Paragraph>
      {error ? (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      <section aria-labelledby="not-declared-heading">
        <Heading level={2} id="not-declared-heading">
          {t('integrity.register.notDeclared')}
        </Heading>
        {notDeclared.length === 0 ? (
          <Paragraph>{t('integrity.register.allDeclared')}</Paragraph>
        ) : (
          <Paragraph>{notDeclared.map((h) => h.displayName).join(', ')}</Paragraph>
        )}
      </section>
      <section aria-labelledby="holders-heading">
        <Heading level={2} id="holders-heading">
          {t('integrity.register.holders')}
        </Heading>
        <ResponsiveTable
          caption={t('integrity.register.holdersCaption', { count: holders.data?.length ?? 0 })}
          columns={[
            t('integrity.register.name'),
            t('integrity.register.office'),
            t('integrity.register.declared'),
            t('integrity.register.waiting'),
          ]}
        >
          <TableBody>
            {(holders.data ?? []).map((h) => (
              <TableRow key={h.personId}>
                <TableCell>{h.displayName}</TableCell>
                <TableCell>
                  {t(`integrity.office.${h.office}`)}
                  {h.party ? ` (${h.party})` : ''}
                </TableCell>
                <TableCell>
                  {h.declaredThisYear ? (
                    formatDate(h.lastConfirmedOn, i18n.language)
                  ) : (
                    <StatusBadge status="warning">{t('integrity.register.notYet')}</StatusBadge>
                  )}
                  {h.incomeMissing ? (
                    <>
                      {' '}
                      <StatusBadge status="warning">
                        {t('integrity.register.incomeMissing')}
                      </StatusBadge>
                    </>
                  ) : null}
                </TableCell>
                <TableCell>{h.awaitingValidation}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ResponsiveTable>
      </section>
      <section aria-labelledby="pending-heading">
        <Heading level={2} id="pending-heading">
          {t('integrity.register.pending')}
        </Heading>
        {pending.data && pending.data.length === 0 ? (
          <Paragraph>{t('integrity.register.nothingPending')}</Paragraph>
        ) : null}
        {(pending.data ?? []).map((d) => (
          <div key={d.id} className="weerbaar-integrity-card">
            <Paragraph>
              <strong>{d.holderName}</strong> – {t(`integrity.kind.${d.kind}`)}:{' '}
              {d.organisationName}
              {d.role ? `, ${d.role}` : ''}
              {d.description ? ` – ${d.description}` : ''}
              {d.valueCents !== null ? ` – ${formatMoney(d.valueCents, i18n.language)}` : ''} (
              {formatDate(d.startOn, i18n.language)}
              {d.endOn ? ` – ${formatDate(d.endOn, i18n.language)}` : ''})
            </Paragraph>
            <SecondaryActionButton type="button" onClick={() => void review(d.id, 'validate')}>
              {t('integrity.register.validate', { name: d.organisationName })}
            </SecondaryActionButton>{' '}
            <SecondaryActionButton type="button" onClick={() => void review(d.id, 'reject')}>
              {t('integrity.register.reject', { name: d.organisationName })}
            </SecondaryActionButton>
          </div>
        ))}
      </section>
      <RegisterHolder orgId={orgId} onDone={holders.reload} />
    </>
  );
}

function RegisterHolder({ orgId, onDone }: { orgId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const candidates = useLoad(() => integrityApi.holderCandidates(orgId), [orgId]);
  const [form, setForm] = useState({ personId: '', office: '', party: '', since: todayIso() });
  const [done, setDone] = useState(false);
  const { errors, summary, show, fail } = useFormErrors('holder');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!form.personId) e.personId = t('integrity.errors.person');
    if (!form.office) e.office = t('integrity.errors.office');
    if (Object.keys(e).length > 0) return show(e);
    try {
      await integrityApi.registerHolder(orgId, form.personId, {
        office: form.office,
        since: form.since,
        ...(form.party ? { party: form.party } : {}),
      });
      show({});
      setDone(true);
      onDone();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <section aria-labelledby="register-heading">
      <Heading level={2} id="register-heading">
        {t('integrity.register.registerTitle')}
      </Heading>
      <ErrorSummary errors={summary} headingLevel={3} />
      {done ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('integrity.register.registered')}</Paragraph>
        </Alert>
      ) : null}
      <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          id="holder-personId"
          label={t('integrity.register.person')}
          value={form.personId}
          error={errors.personId}
          onChange={(e) => setForm({ ...form, personId: e.target.value })}
        >
          <SelectOption value="">{t('integrity.form.choose')}</SelectOption>
          {(candidates.data ?? []).map((c) => (
            <SelectOption key={c.personId} value={c.personId}>
              {c.displayName}
            </SelectOption>
          ))}
        </SelectField>
        <SelectField
          id="holder-office"
          label={t('integrity.register.office')}
          value={form.office}
          error={errors.office}
          onChange={(e) => setForm({ ...form, office: e.target.value })}
        >
          <SelectOption value="">{t('integrity.form.choose')}</SelectOption>
          {OFFICES.map((o) => (
            <SelectOption key={o} value={o}>
              {t(`integrity.office.${o}`)}
            </SelectOption>
          ))}
        </SelectField>
        <TextField
          id="holder-party"
          label={`${t('integrity.register.party')} ${t('integrity.form.optional')}`}
          value={form.party}
          error={errors.party}
          onChange={(e) => setForm({ ...form, party: e.target.value })}
        />
        <TextField
          id="holder-since"
          type="date"
          label={t('integrity.register.since')}
          value={form.since}
          error={errors.since}
          onChange={(e) => setForm({ ...form, since: e.target.value })}
        />
        <div>
          <PrimaryActionButton type="submit">
            {t('integrity.register.registerSubmit')}
          </PrimaryActionButton>
        </div>
      </form>
    </section>
  );
}
