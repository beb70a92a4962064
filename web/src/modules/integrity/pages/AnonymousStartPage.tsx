import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  SelectField,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { integrityApi } from '../api';
import { ExternalRouteNotice } from '../components/ExternalRouteNotice';

/** Entry of the anonymous channel, reachable from the login page: choose the organisation. */
export function AnonymousStartPage() {
  const { t } = useTranslation();
  usePageTitle(t('integrity.anonymous.startTitle'));
  const navigate = useNavigate();
  const { data } = useLoad(() => integrityApi.organisations(), []);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);

  const go = (event: FormEvent) => {
    event.preventDefault();
    if (!code) return setError(t('integrity.errors.organisation'));
    navigate(`/integriteit/melden/${encodeURIComponent(code)}`);
  };

  return (
    <>
      <Heading level={1}>{t('integrity.anonymous.startTitle')}</Heading>
      <Paragraph>{t('integrity.anonymous.startIntro')}</Paragraph>
      <Heading level={2}>{t('integrity.anonymous.howTitle')}</Heading>
      <UnorderedList>
        <UnorderedListItem>{t('integrity.anonymous.how1')}</UnorderedListItem>
        <UnorderedListItem>{t('integrity.anonymous.how2')}</UnorderedListItem>
        <UnorderedListItem>{t('integrity.anonymous.how3')}</UnorderedListItem>
        <UnorderedListItem>{t('integrity.anonymous.how4')}</UnorderedListItem>
      </UnorderedList>
      <Alert type="info">
        <Paragraph>{t('integrity.anonymous.advice')}</Paragraph>
      </Alert>
      <form className="weerbaar-form" noValidate onSubmit={go}>
        <SelectField
          id="anonymous-organisation"
          label={t('integrity.anonymous.organisation')}
          value={code}
          error={error}
          onChange={(e) => {
            setCode(e.target.value);
            setError(null);
          }}
        >
          <SelectOption value="">{t('integrity.form.choose')}</SelectOption>
          {(data ?? []).map((o) => (
            <SelectOption key={o.code} value={o.code}>
              {o.name}
            </SelectOption>
          ))}
        </SelectField>
        <div>
          <PrimaryActionButton type="submit" id="anonymous-start">
            {t('integrity.anonymous.toForm')}
          </PrimaryActionButton>
        </div>
      </form>
      <Paragraph>
        <RouterLink to="/integriteit/ontvangstcode">
          {t('integrity.anonymous.haveReceipt')}
        </RouterLink>
      </Paragraph>
      <ExternalRouteNotice />
    </>
  );
}
