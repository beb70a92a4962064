import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  TextField,
} from '../../../ui';
import { Choices } from '../../questionnaires/components/Choices';
import { scansApi } from '../api';

type Field = 'candidateEmail' | 'office' | 'designatedOfficerEmail';
const IDS: Record<Field, string> = {
  candidateEmail: 'commission-candidate',
  office: 'commission-office',
  designatedOfficerEmail: 'commission-designated',
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Commission an integrity risk analysis for a candidate alderman or deputy. */
export function CommissionPage() {
  const { t } = useTranslation();
  usePageTitle(t('scans.commissionTitle'));
  const orgId = useOrgId();
  const navigate = useNavigate();
  const [candidate, setCandidate] = useState('');
  const [office, setOffice] = useState<'wethouder' | 'gedeputeerde' | ''>('');
  const [designated, setDesignated] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [busy, setBusy] = useState(false);

  const show = (e: Partial<Record<Field, string>>, extra: ErrorSummaryItem[] = []) => {
    setErrors(e);
    setSummary([
      ...extra,
      ...(Object.keys(e) as Field[]).map((f) => ({ fieldId: IDS[f], message: e[f]! })),
    ]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const local: Partial<Record<Field, string>> = {};
    if (!EMAIL.test(candidate.trim())) local.candidateEmail = t('scans.emailInvalid');
    if (!office) local.office = t('scans.officeRequired');
    if (designated.trim() && !EMAIL.test(designated.trim()))
      local.designatedOfficerEmail = t('scans.emailInvalid');
    if (Object.keys(local).length > 0) return show(local);
    setBusy(true);
    try {
      const created = await scansApi.commission(orgId, {
        candidateEmail: candidate.trim(),
        office: office as 'wethouder',
        ...(designated.trim() ? { designatedOfficerEmail: designated.trim() } : {}),
      });
      navigate(`/zelfscans/risicoanalyses/${created.responseId}`);
    } catch (error) {
      if (isApiError(error, 'validation_failed')) {
        const server = error.fieldErrors();
        show({
          ...(server.candidateEmail ? { candidateEmail: server.candidateEmail } : {}),
          ...(server.designatedOfficerEmail
            ? { designatedOfficerEmail: server.designatedOfficerEmail }
            : {}),
        });
      } else show({}, [{ message: errorMessage(error) }]);
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1}>{t('scans.commissionTitle')}</Heading>
      <Paragraph>{t('scans.commissionIntro')}</Paragraph>
      <ErrorSummary errors={summary} />
      <form className="weerbaar-q-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id={IDS.candidateEmail}
          type="email"
          label={t('scans.candidateEmail')}
          description={t('scans.candidateEmailHint')}
          required
          autoComplete="off"
          value={candidate}
          error={errors.candidateEmail}
          onChange={(e) => setCandidate(e.target.value)}
        />
        <Choices
          id={IDS.office}
          legend={t('scans.office')}
          required
          error={errors.office}
          choices={[
            { value: 'wethouder', label: t('scans.offices.wethouder') },
            { value: 'gedeputeerde', label: t('scans.offices.gedeputeerde') },
          ]}
          selected={office ? [office] : []}
          onToggle={(v) => setOffice(v as 'wethouder')}
        />
        <TextField
          id={IDS.designatedOfficerEmail}
          type="email"
          label={`${t('scans.designatedEmail')} ${t('questionnaires.optional')}`}
          description={t('scans.designatedEmailHint')}
          autoComplete="off"
          value={designated}
          error={errors.designatedOfficerEmail}
          onChange={(e) => setDesignated(e.target.value)}
        />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t('scans.commission')}
          </PrimaryActionButton>
        </div>
      </form>
      <Paragraph>
        <RouterLink to="/zelfscans/risicoanalyses">{t('scans.backToRisk')}</RouterLink>
      </Paragraph>
    </>
  );
}
