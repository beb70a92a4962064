import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ButtonGroup,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  SecondaryActionButton,
  SelectField,
  SelectOption,
  TableBody,
  TableCell,
  TableRow,
  TextField,
} from '../../../ui';
import { type AuditEvent, type AuditQuery, adminApi, auditExportHref } from '../api';

const PAGE_SIZE = 50;
const FIELDS = ['objectType', 'objectId', 'action', 'from', 'to'] as const;

/** The `audit verify` status of the organisation's chain. */
function ChainStatusView() {
  const { t } = useTranslation();
  const orgId = useOrgId();
  const status = useLoad(() => adminApi.verifyAuditLog(orgId), [orgId]);
  return (
    <section aria-labelledby="chain-heading">
      <Heading level={2} id="chain-heading">
        {t('admin.audit.verifyTitle')}
      </Heading>
      <div aria-live="polite">
        {status.error ? (
          <Alert type="error">
            <Paragraph>{errorMessage(status.error)}</Paragraph>
          </Alert>
        ) : null}
        {status.data ? (
          <Alert type={status.data.intact ? 'ok' : 'error'}>
            <Paragraph>
              {status.data.intact
                ? t('admin.audit.verifyIntact', {
                    events: status.data.events,
                    checkpoints: status.data.checkpoints,
                  })
                : t('admin.audit.verifyBroken', {
                    seq: status.data.broken?.seq,
                    reason: status.data.broken?.reason,
                  })}
            </Paragraph>
            {status.data.pending > 0 ? (
              <Paragraph>
                {t('admin.audit.verifyPending', { count: status.data.pending })}
              </Paragraph>
            ) : null}
          </Alert>
        ) : null}
      </div>
      <SecondaryActionButton type="button" onClick={status.reload}>
        {t('admin.audit.verifyAgain')}
      </SecondaryActionButton>
    </section>
  );
}

/** /beheer/auditlog: filter, page and export the audit log; see the chain check. */
export function AuditLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.audit.title'));
  const orgId = useOrgId();
  const format = useFormat();
  const [draft, setDraft] = useState<AuditQuery>({});
  const [query, setQuery] = useState<AuditQuery>({});
  const [offset, setOffset] = useState(0);
  const [people, setPeople] = useState<Map<string, string>>(new Map());
  const page = useLoad(
    () =>
      adminApi.auditLog(orgId, { ...query, limit: PAGE_SIZE, offset }).then((p) => {
        setPeople((known) => {
          const next = new Map(known);
          for (const e of p.events) if (e.actorId && e.actorName) next.set(e.actorId, e.actorName);
          return next;
        });
        return p;
      }),
    [orgId, query, offset],
  );

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const clean = Object.fromEntries(
      Object.entries(draft).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
    ) as AuditQuery;
    setQuery(clean);
    setOffset(0);
  };

  const actor = (e: AuditEvent) => {
    if (e.actorType === 'person') return e.actorName ?? e.actorId ?? '';
    if (e.actorType === 'api_token') return `${t('admin.audit.apiToken')} ${e.actorId ?? ''}`;
    if (e.actorType === 'anonymous') return t('admin.audit.anonymous');
    return t('admin.audit.system');
  };
  const total = page.data?.total ?? 0;

  return (
    <>
      <Heading level={1}>{t('admin.audit.title')}</Heading>
      <Paragraph>{t('admin.audit.intro')}</Paragraph>
      <ChainStatusView />

      <Heading level={2}>{t('admin.audit.filters')}</Heading>
      <form className="weerbaar-form" noValidate onSubmit={apply}>
        <SelectField
          id="audit-personId"
          label={t('admin.audit.person')}
          value={draft.personId ?? ''}
          onChange={(e) => setDraft({ ...draft, personId: e.target.value })}
        >
          <SelectOption value="">{t('admin.audit.anyone')}</SelectOption>
          {[...people].map(([id, name]) => (
            <SelectOption key={id} value={id}>
              {name}
            </SelectOption>
          ))}
        </SelectField>
        {FIELDS.map((f) => (
          <TextField
            key={f}
            id={`audit-${f}`}
            type={f === 'from' || f === 'to' ? 'date' : 'text'}
            label={`${t(`admin.audit.${f}`)} ${t('admin.optional')}`}
            value={draft[f] ?? ''}
            onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
          />
        ))}
        <PrimaryActionButton type="submit">{t('admin.audit.apply')}</PrimaryActionButton>
      </form>
      <Paragraph>
        <Link href={auditExportHref(orgId, query)} download>
          {t('admin.audit.export')}
        </Link>
      </Paragraph>

      {page.error ? (
        <Alert type="error" role="alert">
          <Paragraph>{errorMessage(page.error)}</Paragraph>
        </Alert>
      ) : null}
      {page.data && page.data.events.length === 0 ? (
        <Paragraph>{t('admin.audit.empty')}</Paragraph>
      ) : null}
      {page.data && page.data.events.length > 0 ? (
        <ResponsiveTable
          caption={t('admin.audit.caption', { count: total })}
          columns={[
            t('admin.audit.at'),
            t('admin.audit.actor'),
            t('admin.audit.action'),
            t('admin.audit.object'),
            t('admin.audit.result'),
          ]}
        >
          <TableBody>
            {page.data.events.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{format.dateTime(e.at)}</TableCell>
                <TableCell>{actor(e)}</TableCell>
                <TableCell>{e.action}</TableCell>
                <TableCell>
                  {e.objectType}
                  {e.objectId ? ` ${e.objectId}` : ''}
                </TableCell>
                <TableCell>{e.result}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ResponsiveTable>
      ) : null}
      {total > PAGE_SIZE ? (
        <ButtonGroup>
          <SecondaryActionButton
            type="button"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {t('common.pagination.previous')}
          </SecondaryActionButton>
          <SecondaryActionButton
            type="button"
            disabled={offset + PAGE_SIZE >= total}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {t('common.pagination.next')}
          </SecondaryActionButton>
        </ButtonGroup>
      ) : null}
    </>
  );
}
