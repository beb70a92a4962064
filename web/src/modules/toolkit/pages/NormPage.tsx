import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFormat } from '../../../app/format';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { Alert, Heading, Paragraph, RouterLink } from '../../../ui';
import { Markdown } from '../../questionnaires/components/Markdown';
import { toolkitApi } from '../api';

/** The organisation's published norm against aggression: public, calm, no login. */
export function NormPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationCode = '' } = useParams();
  const { data, error } = useLoad(
    () => toolkitApi.publicNorm(organisationCode),
    [organisationCode],
  );
  usePageTitle(
    data
      ? `${t('toolkit.norm.publicTitle')} – ${data.organisation.name}`
      : t('toolkit.norm.publicTitle'),
  );
  if (error) {
    return (
      <>
        <Heading level={1}>{t('toolkit.norm.publicTitle')}</Heading>
        <Alert type="info">
          <Paragraph>{t('toolkit.norm.notFound')}</Paragraph>
        </Alert>
      </>
    );
  }
  if (!data) return null;
  return (
    <article>
      <Paragraph lead>{data.organisation.name}</Paragraph>
      <Heading level={1}>{t('toolkit.norm.publicTitle')}</Heading>
      {/* The organisation writes its norm in Dutch, whatever language the visitor chose. */}
      <div lang="nl">
        <Markdown text={data.body} />
      </div>
      <Paragraph>{t('toolkit.norm.adoptedText', { date: format.date(data.adoptedOn) })}</Paragraph>
      <Paragraph>
        <RouterLink to="/meldingen/nieuw">{t('toolkit.norm.report')}</RouterLink>
      </Paragraph>
    </article>
  );
}
