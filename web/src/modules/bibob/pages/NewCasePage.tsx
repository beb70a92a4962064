import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  ErrorSummary,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  SelectField,
  SelectOption,
  TextField,
} from '../../../ui';
import { bibobApi, type NewCase } from '../api';
import { useAction } from '../components/useAction';

const AREAS = ['permit', 'subsidy', 'real_estate', 'tender'] as const;
const IDS = {
  kind: 'case-kind',
  policyItemKey: 'case-policy-item',
  reference: 'case-reference',
  applicantName: 'case-applicant',
  subject: 'case-subject',
  receivedOn: 'case-received',
};

/** Register an application for Bibob screening. */
export function NewCasePage() {
  const { t } = useTranslation();
  usePageTitle(t('bibob.newCase.title'));
  const orgId = useOrgId();
  const navigate = useNavigate();
  const policy = useLoad(orgId ? () => bibobApi.policy(orgId) : null, [orgId]);
  const [form, setForm] = useState({
    kind: '',
    policyItemKey: '',
    reference: '',
    applicantName: '',
    subject: '',
    receivedOn: '',
  });
  const action = useAction(IDS);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const items = (policy.data?.current ?? policy.data?.template)?.items ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!form.kind) local.kind = t('bibob.newCase.chooseKind');
    if (!form.reference.trim()) local.reference = t('bibob.newCase.required');
    if (!form.applicantName.trim()) local.applicantName = t('bibob.newCase.required');
    if (!form.receivedOn) local.receivedOn = t('bibob.case.dateRequired');
    void action.run(local, async () => {
      const created = await bibobApi.createCase(orgId, {
        kind: form.kind as NewCase['kind'],
        reference: form.reference.trim(),
        applicantName: form.applicantName.trim(),
        subject: form.subject.trim() || null,
        policyItemKey: form.policyItemKey || null,
        receivedOn: form.receivedOn,
      });
      navigate(`/bibob/dossiers/${created.id}`);
      return null;
    });
  };

  return (
    <>
      <Heading level={1}>{t('bibob.newCase.title')}</Heading>
      <Paragraph>{t('bibob.newCase.intro')}</Paragraph>
      <ErrorSummary errors={action.summary} />
      <form noValidate onSubmit={submit}>
        <SelectField
          id={IDS.kind}
          label={t('bibob.newCase.kind')}
          required
          value={form.kind}
          error={action.errors.kind}
          onChange={set('kind')}
        >
          <SelectOption value="">{t('bibob.case.chooseOne')}</SelectOption>
          {AREAS.map((a) => (
            <SelectOption key={a} value={a}>
              {t(`bibob.areas.${a}`)}
            </SelectOption>
          ))}
        </SelectField>
        <SelectField
          id={IDS.policyItemKey}
          label={`${t('bibob.newCase.policyItem')} ${t('bibob.optional')}`}
          value={form.policyItemKey}
          onChange={set('policyItemKey')}
        >
          <SelectOption value="">{t('bibob.newCase.noPolicyItem')}</SelectOption>
          {items
            .filter((i) => !form.kind || i.area === form.kind)
            .map((i) => (
              <SelectOption key={i.key} value={i.key}>
                {i.label}
              </SelectOption>
            ))}
        </SelectField>
        <TextField
          id={IDS.reference}
          label={t('bibob.newCase.reference')}
          required
          value={form.reference}
          error={action.errors.reference}
          onChange={set('reference')}
        />
        <TextField
          id={IDS.applicantName}
          label={t('bibob.newCase.applicantName')}
          description={t('bibob.newCase.applicantHint')}
          required
          autoComplete="off"
          value={form.applicantName}
          error={action.errors.applicantName}
          onChange={set('applicantName')}
        />
        <TextField
          id={IDS.subject}
          label={`${t('bibob.newCase.subject')} ${t('bibob.optional')}`}
          value={form.subject}
          error={action.errors.subject}
          onChange={set('subject')}
        />
        <TextField
          id={IDS.receivedOn}
          type="date"
          label={t('bibob.newCase.receivedOn')}
          required
          value={form.receivedOn}
          error={action.errors.receivedOn}
          onChange={set('receivedOn')}
        />
        <PrimaryActionButton type="submit" busy={action.busy}>
          {t('bibob.newCase.create')}
        </PrimaryActionButton>
      </form>
      <Paragraph>
        <RouterLink to="/bibob/dossiers">{t('bibob.backToCases')}</RouterLink>
      </Paragraph>
    </>
  );
}
