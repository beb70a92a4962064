import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Checkbox,
  ErrorSummary,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  TextareaField,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { integrityApi } from '../api';
import { useFormErrors } from '../components/hooks';

/**
 * Key custody: the custodians, the split of the integrity key into their shares,
 * collecting one's own share once, handing it in for a recovery, and the
 * custodian's queue of unmasking requests.
 */
export function CustodyPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('integrity.custody.title'));
  const orgId = useOrgId();
  const status = useLoad(() => integrityApi.custody(orgId), [orgId]);
  const s = status.data;
  return (
    <>
      <Heading level={1}>{t('integrity.custody.title')}</Heading>
      <Paragraph>{t('integrity.custody.intro')}</Paragraph>
      {status.error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(status.error)}</Paragraph>
        </Alert>
      ) : null}
      {s ? (
        <>
          <section aria-labelledby="custodians-heading">
            <Heading level={2} id="custodians-heading">
              {t('integrity.custody.custodians')}
            </Heading>
            {s.custodians.length === 0 ? (
              <Paragraph>{t('integrity.custody.noCustodians')}</Paragraph>
            ) : null}
            <UnorderedList>
              {s.custodians.map((c) => (
                <UnorderedListItem key={c.personId}>{c.displayName}</UnorderedListItem>
              ))}
            </UnorderedList>
            {s.shareSet ? (
              <Paragraph>
                {t('integrity.custody.split', {
                  date: formatDate(s.shareSet.createdAt, i18n.language),
                  versions: s.shareSet.keyVersions.join(', '),
                  threshold: s.shareSet.threshold,
                })}{' '}
                {s.shareSet.shares
                  .map(
                    (x) =>
                      `${x.custodian}: ${x.collected ? t('integrity.custody.collected') : t('integrity.custody.notCollected')}`,
                  )
                  .join('; ')}
              </Paragraph>
            ) : (
              <Paragraph>{t('integrity.custody.notSplit')}</Paragraph>
            )}
            {s.recovery ? (
              <Paragraph>
                {t(`integrity.custody.recovery.${s.recovery.status}`, {
                  date: formatDate(s.recovery.startedAt, i18n.language),
                })}
              </Paragraph>
            ) : null}
          </section>
          {s.canManage ? (
            <ManageCustodians
              orgId={orgId}
              candidates={s.candidates}
              current={s.custodians.map((c) => c.personId)}
              onDone={status.reload}
            />
          ) : null}
          {s.isCustodian ? <MyShare orgId={orgId} onDone={status.reload} /> : null}
          {s.isCustodian ? <Recovery orgId={orgId} onDone={status.reload} /> : null}
          {s.isCustodian ? <UnmaskQueue orgId={orgId} /> : null}
        </>
      ) : null}
    </>
  );
}

function ManageCustodians({
  orgId,
  candidates,
  current,
  onDone,
}: {
  orgId: string;
  candidates: { personId: string; displayName: string }[];
  current: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>(current);
  const [message, setMessage] = useState<string | null>(null);
  const { summary, show, fail } = useFormErrors('custodians');
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length < 2) return show({ personIds: t('integrity.errors.twoCustodians') });
    try {
      await integrityApi.setCustodians(orgId, chosen);
      show({});
      setMessage(t('integrity.custody.saved'));
      onDone();
    } catch (e) {
      fail(e);
    }
  };
  const split = async () => {
    try {
      const result = await integrityApi.splitKey(orgId);
      setMessage(t('integrity.custody.splitDone', { count: result.shares }));
      onDone();
    } catch (e) {
      fail(e);
    }
  };
  return (
    <section aria-labelledby="manage-heading">
      <Heading level={2} id="manage-heading">
        {t('integrity.custody.manage')}
      </Heading>
      <ErrorSummary errors={summary} headingLevel={3} />
      {message ? (
        <Alert type="ok" role="status">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
      <form className="weerbaar-form" noValidate onSubmit={(e) => void save(e)}>
        <Fieldset id="custodians-personIds">
          <FieldsetLegend>{t('integrity.custody.choose')}</FieldsetLegend>
          {candidates.map((m) => (
            <div key={m.personId} className="weerbaar-choice">
              <Checkbox
                id={`custodian-${m.personId}`}
                checked={chosen.includes(m.personId)}
                onChange={(e) =>
                  setChosen(
                    e.target.checked
                      ? [...chosen, m.personId]
                      : chosen.filter((x) => x !== m.personId),
                  )
                }
              />
              <FormLabel htmlFor={`custodian-${m.personId}`} type="checkbox">
                {m.displayName}
              </FormLabel>
            </div>
          ))}
        </Fieldset>
        <div>
          <PrimaryActionButton type="submit">{t('integrity.custody.save')}</PrimaryActionButton>
        </div>
      </form>
      <Paragraph>{t('integrity.custody.splitHint')}</Paragraph>
      <SecondaryActionButton type="button" onClick={() => void split()}>
        {t('integrity.custody.splitButton')}
      </SecondaryActionButton>
    </section>
  );
}

function MyShare({ orgId, onDone }: { orgId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [share, setShare] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="share-heading">
      <Heading level={2} id="share-heading">
        {t('integrity.custody.myShare')}
      </Heading>
      <Paragraph>{t('integrity.custody.myShareHint')}</Paragraph>
      {error ? (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      {share ? (
        <Alert type="warning">
          <Paragraph>{t('integrity.custody.shareOnce')}</Paragraph>
          <pre className="weerbaar-integrity-share" data-testid="share">
            {share}
          </pre>
        </Alert>
      ) : (
        <SecondaryActionButton
          type="button"
          onClick={() =>
            integrityApi.collectShare(orgId).then(
              (r) => {
                setShare(r.share);
                onDone();
              },
              (e) => setError(errorMessage(e)),
            )
          }
        >
          {t('integrity.custody.collect')}
        </SecondaryActionButton>
      )}
    </section>
  );
}

function Recovery({ orgId, onDone }: { orgId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [share, setShare] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const { errors, summary, show, fail } = useFormErrors('recovery');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!share.trim()) return show({ share: t('integrity.errors.required') });
    try {
      const r = await integrityApi.submitShare(orgId, share);
      setResult(t(`integrity.custody.recoveryResult.${r.status}`));
      setShare('');
      show({});
      onDone();
    } catch (e) {
      fail(e);
    }
  };
  return (
    <section aria-labelledby="recovery-heading">
      <Heading level={2} id="recovery-heading">
        {t('integrity.custody.recoveryTitle')}
      </Heading>
      <Paragraph>{t('integrity.custody.recoveryHint')}</Paragraph>
      <ErrorSummary errors={summary} headingLevel={3} />
      {result ? (
        <Alert type="ok" role="status">
          <Paragraph>{result}</Paragraph>
        </Alert>
      ) : null}
      <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextareaField
          id="recovery-share"
          rows={4}
          label={t('integrity.custody.shareLabel')}
          autoComplete="off"
          spellCheck={false}
          value={share}
          error={errors.share}
          onChange={(e) => setShare(e.target.value)}
        />
        <div>
          <PrimaryActionButton type="submit">
            {t('integrity.custody.submitShare')}
          </PrimaryActionButton>
        </div>
      </form>
    </section>
  );
}

function UnmaskQueue({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const queue = useLoad(() => integrityApi.unmaskQueue(orgId), [orgId]);
  const [error, setError] = useState<string | null>(null);
  const decide = (id: string, approve: boolean) =>
    integrityApi
      .decideUnmask(orgId, id, approve)
      .then(queue.reload, (e) => setError(errorMessage(e)));
  return (
    <section aria-labelledby="unmask-heading">
      <Heading level={2} id="unmask-heading">
        {t('integrity.custody.unmaskTitle')}
      </Heading>
      {error ? (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      {queue.data && queue.data.length === 0 ? (
        <Paragraph>{t('integrity.custody.unmaskEmpty')}</Paragraph>
      ) : null}
      <UnorderedList>
        {(queue.data ?? []).map((r) => (
          <UnorderedListItem key={r.id}>
            <Paragraph>
              {t('integrity.custody.unmaskLine', {
                reference: r.reference,
                who: r.requestedBy,
                date: formatDate(r.requestedAt, i18n.language),
              })}
            </Paragraph>
            <Paragraph className="weerbaar-integrity-prewrap">{r.reason}</Paragraph>
            <SecondaryActionButton type="button" onClick={() => void decide(r.id, true)}>
              {t('integrity.custody.approve', { reference: r.reference })}
            </SecondaryActionButton>{' '}
            <SecondaryActionButton type="button" onClick={() => void decide(r.id, false)}>
              {t('integrity.custody.reject', { reference: r.reference })}
            </SecondaryActionButton>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
