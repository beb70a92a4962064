import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import { useSession } from '../../../app/session';
import {
  Heading,
  Paragraph,
  PrimaryActionButton,
  RouterLink,
  SelectField,
  SelectOption,
  StatusBadge,
  TableCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { type CaseQuery, integrityApi, type Status } from '../api';
import { ClockLine } from '../components/ClockView';

const STATUSES: Status[] = [
  'with_counsellor',
  'received',
  'assessment',
  'investigation',
  'concluded',
  'closed',
];

/** The handlers' case list: every open report with its two legal clocks; overdue ones stand out. */
export function CasesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('integrity.cases.title'));
  const orgId = useOrgId();
  const { roles } = useSession();
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState(params.get('weergave') ?? '');
  const query = params.get('weergave') ?? '';
  const apiQuery: CaseQuery =
    query === 'overdue'
      ? { overdue: 'true' }
      : query === 'all'
        ? { all: 'true' }
        : STATUSES.includes(query as Status)
          ? { status: query as Status }
          : {};
  const { data, error } = useLoad(() => integrityApi.cases(orgId, apiQuery), [orgId, apiQuery]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(view ? new URLSearchParams({ weergave: view }) : new URLSearchParams());
  };

  return (
    <>
      <Heading level={1}>{t('integrity.cases.title')}</Heading>
      <Paragraph>{t('integrity.cases.intro')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          <RouterLink to="/integriteit/termijnen">{t('integrity.breaches.title')}</RouterLink>
        </UnorderedListItem>
        {roles.includes('confidential_counsellor') ? (
          <UnorderedListItem>
            <RouterLink to="/integriteit/opname">{t('integrity.intake.title')}</RouterLink>
          </UnorderedListItem>
        ) : null}
        <UnorderedListItem>
          <RouterLink to="/integriteit/sleutelbeheer">{t('integrity.custody.title')}</RouterLink>
        </UnorderedListItem>
      </UnorderedList>
      <form
        className="weerbaar-integrity-filter"
        onSubmit={apply}
        aria-label={t('integrity.cases.filter')}
      >
        <SelectField
          id="cases-view"
          label={t('integrity.cases.show')}
          value={view}
          onChange={(e) => setView(e.target.value)}
        >
          <SelectOption value="">{t('integrity.cases.open')}</SelectOption>
          <SelectOption value="overdue">{t('integrity.cases.overdue')}</SelectOption>
          {STATUSES.map((s) => (
            <SelectOption key={s} value={s}>
              {t(`integrity.status.${s}`)}
            </SelectOption>
          ))}
          <SelectOption value="all">{t('integrity.cases.all')}</SelectOption>
        </SelectField>
        <PrimaryActionButton type="submit">{t('integrity.cases.apply')}</PrimaryActionButton>
      </form>
      <ListTable
        data={data}
        error={error}
        empty={t('integrity.cases.empty')}
        caption={(count) => t('integrity.cases.caption', { count })}
        columns={[
          t('integrity.fields.reference'),
          t('integrity.fields.summary'),
          t('integrity.fields.status'),
          t('integrity.fields.receivedOn'),
          t('integrity.fields.clocks'),
          t('integrity.fields.handler'),
        ]}
        row={(c) => (
          <TableRow key={c.id}>
            <TableCell>
              <RouterLink to={`/integriteit/meldingen/${c.id}`}>{c.reference}</RouterLink>
              {c.overdue ? (
                <>
                  {' '}
                  <StatusBadge status="danger">{t('integrity.cases.overdueBadge')}</StatusBadge>
                </>
              ) : null}
            </TableCell>
            <TableCell>
              {c.summary}
              <br />
              <small>
                {t(`integrity.category.${c.category}`)} · {t(`integrity.channel.${c.channel}`)}
              </small>
            </TableCell>
            <TableCell>{t(`integrity.status.${c.status}`)}</TableCell>
            <TableCell>{formatDate(c.receivedOn, i18n.language)}</TableCell>
            <TableCell>
              <ClockLine name="acknowledgement" clock={c.clocks.acknowledgement} />
              <br />
              <ClockLine name="feedback" clock={c.clocks.feedback} />
            </TableCell>
            <TableCell>{c.handler?.displayName ?? t('integrity.cases.unassigned')}</TableCell>
          </TableRow>
        )}
      />
    </>
  );
}
