import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  CheckboxField,
  Heading,
  LinkList,
  LinkListLink,
  Pagination,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  RouterLink,
  SelectField,
  SelectOption,
  StatusBadge,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  withPage,
} from '../../../ui';
import { downloadUrl, incidentsApi } from '../api';
import {
  filterDraftOf,
  filtersOf,
  type RegisterPaging,
  registerApiQuery,
  registerExportQuery,
  registerPageOf,
  registerPaging,
} from '../register-query';
import { CHANNELS, KINDS, STATUSES } from '../vocabulary';

/**
 * The register for handlers: filters and page in the address bar (so back,
 * forward and reload keep them), overdue reports stand out.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('incidents.registerTitle'));
  const orgId = useOrgId();
  const [params, setParams] = useSearchParams();
  const filterKey = filtersOf(params).toString();
  const [draft, setDraft] = useState(() => filterDraftOf(params));
  const page = registerPageOf(params);
  const query = registerApiQuery(params);
  const key = `${orgId}?${query.toString()}`;
  // Each answer says which query and page it belongs to: while the next page
  // loads, the previous one stays on screen, consistent with itself.
  const { data, error } = useLoad(
    () => incidentsApi.register(orgId, query).then((answer) => ({ key, page, answer })),
    [key],
  );
  const shown = data ? registerPaging(data.page, data.answer) : null;
  const v = (x: string) => t(`incidents.value.${x}`);
  const setField = (name: string, value: string) => setDraft((d) => ({ ...d, [name]: value }));

  // Back and forward can change the filters in the address: show them in the form.
  // biome-ignore lint/correctness/useExhaustiveDependencies: filterKey stands for params' filters
  useEffect(() => setDraft(filterDraftOf(params)), [filterKey]);

  // After another page is chosen, move focus to the results once they are there,
  // so keyboard and screen-reader users hear the new count and continue from it.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusedPage = useRef(page);
  useEffect(() => {
    if (!data || data.key !== key || focusedPage.current === data.page) return;
    focusedPage.current = data.page;
    resultsHeading.current?.focus();
  }, [data, key]);

  // Applying filters starts again at page 1: the page parameter is left out.
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(new URLSearchParams(Object.entries(draft).filter(([, value]) => value)));
  };
  const exportQuery = registerExportQuery(params).toString();
  const resultsTitle = ({ count, pastEnd, items }: RegisterPaging<unknown>, shownPage: number) => {
    if (pastEnd) return t('incidents.pastEnd', { page: shownPage });
    if (items.length === 0) return t('incidents.empty');
    if (count.kind === 'total') return t('incidents.results', { count: count.total });
    return t('incidents.found', { count: count.found });
  };
  const pageTo = (n: number) => ({ search: `?${withPage(params, n).toString()}` });

  return (
    <>
      <Heading level={1}>{t('incidents.registerTitle')}</Heading>
      <form
        className="weerbaar-form weerbaar-filters"
        aria-labelledby="register-filters"
        onSubmit={apply}
      >
        <Heading level={2} id="register-filters">
          {t('incidents.filters')}
        </Heading>
        <div className="weerbaar-filters-wide">
          <TextField
            id="filter-q"
            type="search"
            label={t('incidents.search')}
            value={draft.q}
            onChange={(e) => setField('q', e.target.value)}
          />
        </div>
        <SelectField
          id="filter-status"
          label={t('incidents.statusLabel')}
          value={draft.status}
          onChange={(e) => setField('status', e.target.value)}
        >
          <SelectOption value="">{t('incidents.allStatuses')}</SelectOption>
          {STATUSES.map((s) => (
            <SelectOption key={s} value={s}>
              {v(s)}
            </SelectOption>
          ))}
        </SelectField>
        <SelectField
          id="filter-kind"
          label={t('incidents.kind')}
          value={draft.kind}
          onChange={(e) => setField('kind', e.target.value)}
        >
          <SelectOption value="">{t('incidents.allKinds')}</SelectOption>
          {KINDS.map((k) => (
            <SelectOption key={k} value={k}>
              {v(k)}
            </SelectOption>
          ))}
        </SelectField>
        <SelectField
          id="filter-channel"
          label={t('incidents.channel')}
          value={draft.channel}
          onChange={(e) => setField('channel', e.target.value)}
        >
          <SelectOption value="">{t('incidents.allChannels')}</SelectOption>
          {CHANNELS.map((c) => (
            <SelectOption key={c} value={c}>
              {v(c)}
            </SelectOption>
          ))}
        </SelectField>
        <SelectField
          id="filter-handler"
          label={t('incidents.handler')}
          value={draft.handler}
          onChange={(e) => setField('handler', e.target.value)}
        >
          <SelectOption value="">{t('incidents.anyHandler')}</SelectOption>
          <SelectOption value="me">{t('incidents.me')}</SelectOption>
          <SelectOption value="none">{t('incidents.nobody')}</SelectOption>
        </SelectField>
        <TextField
          id="filter-from"
          type="date"
          label={t('incidents.from')}
          value={draft.from}
          onChange={(e) => setField('from', e.target.value)}
        />
        <TextField
          id="filter-to"
          type="date"
          label={t('incidents.to')}
          value={draft.to}
          onChange={(e) => setField('to', e.target.value)}
        />
        <div className="weerbaar-filters-wide">
          <CheckboxField
            id="filter-overdue"
            label={t('incidents.overdueOnly')}
            checked={draft.overdue === 'true'}
            onChange={(x) => setField('overdue', x ? 'true' : '')}
          />
          <PrimaryActionButton type="submit">{t('incidents.apply')}</PrimaryActionButton>
        </div>
      </form>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data && shown ? (
        <>
          <Heading level={2} id="register-results" ref={resultsHeading} tabIndex={-1}>
            {resultsTitle(shown, data.page)}
          </Heading>
          {data.answer.searchLimited ? (
            <Alert type="info">
              <Paragraph>{t('incidents.searchLimited')}</Paragraph>
            </Alert>
          ) : null}
          {shown.pastEnd ? (
            <Paragraph>
              <RouterLink to={pageTo(1)}>{t('incidents.toFirstPage')}</RouterLink>
            </Paragraph>
          ) : null}
          {shown.items.length > 0 ? (
            <ResponsiveTable
              caption={t('incidents.range', { first: shown.first, last: shown.last })}
              columns={[
                t('incidents.reference'),
                t('incidents.priority'),
                t('incidents.statusLabel'),
                t('incidents.kind'),
                t('incidents.receivedOn'),
                t('incidents.firstContactDue'),
                t('incidents.handler'),
              ]}
            >
              <TableBody>
                {shown.items.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>
                      <RouterLink to={`/meldingen/register/${r.id}`}>{r.reference}</RouterLink>
                      {r.overdue ? (
                        <>
                          {' '}
                          <StatusBadge status="danger">{t('incidents.overdue')}</StatusBadge>
                        </>
                      ) : null}
                    </TableCell>
                    <TableCell>{v(r.priority)}</TableCell>
                    <TableCell>{v(r.status)}</TableCell>
                    <TableCell>{r.kinds.map(v).join(', ')}</TableCell>
                    <TableCell>{format.date(r.createdAt)}</TableCell>
                    <TableCell>{format.date(r.firstContactDueOn)}</TableCell>
                    <TableCell>{r.handler?.displayName ?? t('incidents.notAssigned')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ResponsiveTable>
          ) : null}
          {shown.pastEnd ? null : (
            <Pagination page={data.page} pageCount={shown.pageCount} to={pageTo} />
          )}
        </>
      ) : null}
      <Heading level={2}>{t('incidents.export')}</Heading>
      <LinkList>
        <LinkListLink
          href={`${downloadUrl(orgId, '/incidents/export.csv')}?${exportQuery}`}
          download
        >
          {t('incidents.exportCsv')}
        </LinkListLink>
        <LinkListLink
          href={`${downloadUrl(orgId, '/incidents/export.xlsx')}?${exportQuery}`}
          download
        >
          {t('incidents.exportXlsx')}
        </LinkListLink>
      </LinkList>
    </>
  );
}
