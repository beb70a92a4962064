import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { hasAnyRole } from '../../../app/roles';
import { useSession } from '../../../app/session';
import {
  Alert,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  SelectField,
  SelectOption,
  StatusBadge,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { AUDIENCES, type Filter, KINDS, THEMES, toolkitApi } from '../api';

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((a) => a === value);

/** The toolkit catalogue: search by words, filter by audience, theme and type. */
export function CataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('toolkit.title'));
  const orgId = useOrgId();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filter: Filter = {
    q: params.get('q') || undefined,
    kind: pick(params.get('soort'), KINDS),
    audience: pick(params.get('doelgroep'), AUDIENCES),
    theme: pick(params.get('thema'), THEMES),
  };
  const key = params.toString();
  const { data, error } = useLoad(orgId ? () => toolkitApi.list(orgId, filter) : null, [
    orgId,
    key,
  ]);
  const [q, setQ] = useState(filter.q ?? '');
  const admin = hasAnyRole(useSession().roles, ['org_admin']);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['q', 'soort', 'doelgroep', 'thema']) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  }

  return (
    <>
      <Heading level={1}>{t('toolkit.title')}</Heading>
      <Paragraph>{t('toolkit.intro')}</Paragraph>
      {admin ? (
        <nav aria-label={t('toolkit.manage')}>
          <UnorderedList>
            <UnorderedListItem>
              <RouterLink to="/toolkit/nieuw">{t('toolkit.newItem')}</RouterLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <RouterLink to="/toolkit/norm">{t('toolkit.norm.title')}</RouterLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <RouterLink to="/toolkit/trainingsoverzicht">{t('toolkit.overviewLink')}</RouterLink>
            </UnorderedListItem>
          </UnorderedList>
        </nav>
      ) : null}
      <form onSubmit={submit} key={key}>
        <Fieldset>
          <FieldsetLegend>{t('toolkit.searchLegend')}</FieldsetLegend>
          <TextField
            id="toolkit-q"
            name="q"
            label={t('toolkit.search')}
            description={t('toolkit.searchHint')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <SelectField
            id="toolkit-audience"
            name="doelgroep"
            label={t('toolkit.audience')}
            defaultValue={filter.audience ?? ''}
          >
            <SelectOption value="">{t('toolkit.any')}</SelectOption>
            {AUDIENCES.map((a) => (
              <SelectOption key={a} value={a}>
                {t(`toolkit.audiences.${a}`)}
              </SelectOption>
            ))}
          </SelectField>
          <SelectField
            id="toolkit-theme"
            name="thema"
            label={t('toolkit.theme')}
            defaultValue={filter.theme ?? ''}
          >
            <SelectOption value="">{t('toolkit.any')}</SelectOption>
            {THEMES.map((a) => (
              <SelectOption key={a} value={a}>
                {t(`toolkit.themes.${a}`)}
              </SelectOption>
            ))}
          </SelectField>
          <SelectField
            id="toolkit-kind"
            name="soort"
            label={t('toolkit.kind')}
            defaultValue={filter.kind ?? ''}
          >
            <SelectOption value="">{t('toolkit.any')}</SelectOption>
            {KINDS.map((a) => (
              <SelectOption key={a} value={a}>
                {t(`toolkit.kinds.${a}`)}
              </SelectOption>
            ))}
          </SelectField>
          <ButtonGroup>
            <PrimaryActionButton type="submit">{t('toolkit.submit')}</PrimaryActionButton>
          </ButtonGroup>
          {key ? (
            <Paragraph>
              <RouterLink to="/toolkit" onClick={() => setQ('')}>
                {t('toolkit.reset')}
              </RouterLink>
            </Paragraph>
          ) : null}
        </Fieldset>
      </form>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data ? (
        <section aria-labelledby="toolkit-results">
          <Heading level={2} id="toolkit-results">
            <span role="status">{t('toolkit.results', { count: data.length })}</span>
          </Heading>
          {data.length === 0 ? <Paragraph>{t('toolkit.none')}</Paragraph> : null}
          <ul className="toolkit-list">
            {data.map((item) => (
              <li key={item.id}>
                <Heading level={3}>
                  <RouterLink to={`/toolkit/${item.slug}`}>{item.title}</RouterLink>
                </Heading>
                <Paragraph>
                  <StatusBadge>{t(`toolkit.kinds.${item.kind}`)}</StatusBadge>{' '}
                  {item.hidden ? <StatusBadge>{t('toolkit.hidden')}</StatusBadge> : null}{' '}
                  {item.themes.map((th) => t(`toolkit.themes.${th}`)).join(', ')} ·{' '}
                  {format.date(item.publishedOn)}
                </Paragraph>
                <Paragraph>{item.summary}</Paragraph>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
