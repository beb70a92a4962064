import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../app/errors';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  ButtonGroup,
  FormField,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  RouterLink,
  SecondaryActionButton,
  SubtleButton,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
  TextareaField,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import { type QuestionnaireSummary, questionnairesApi } from '../api';

type Problem = { path: string; message: string };

/** Authors: import, check, preview, publish and export questionnaire definitions. */
export function AdminPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('questionnaires.adminTitle'));
  const orgId = useOrgId();
  const { data, error, reload } = useLoad(
    () => questionnairesApi.list(orgId, i18n.language),
    [orgId, i18n.language],
  );
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const parsed = (): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      setProblems([{ path: '$', message: t('questionnaires.notJson') }]);
      return undefined;
    }
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    setFailure(null);
    try {
      await action();
    } catch (e) {
      if (isApiError(e, 'validation_failed')) {
        setProblems(e.errors.map((x) => ({ path: x.field, message: x.message })));
      } else setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    const definition = parsed();
    if (definition === undefined) return;
    void run(async () => {
      const report = await questionnairesApi.validate(orgId, definition);
      setProblems(report.problems);
      if (report.valid) setNotice(t('questionnaires.valid'));
    });
  };

  const importDraft = () => {
    const definition = parsed();
    if (definition === undefined) return;
    void run(async () => {
      const version = await questionnairesApi.import(orgId, definition);
      setProblems(null);
      setNotice(t('questionnaires.imported', { key: version.key, version: version.version }));
      reload();
    });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setText(await file.text());
  };

  const mine = (data ?? []).filter((q) => q.may.author || q.owner === 'platform');
  const row = (q: QuestionnaireSummary) => (
    <TableRow key={q.id}>
      <TableHeaderCell scope="row">{q.title}</TableHeaderCell>
      <TableCell>{t(`questionnaires.owner.${q.owner}`)}</TableCell>
      <TableCell>
        {q.published ? t('questionnaires.versionN', { version: q.published.version }) : '–'}
      </TableCell>
      <TableCell>
        {q.draft ? t('questionnaires.versionN', { version: q.draft.version }) : '–'}
      </TableCell>
      <TableCell>
        <UnorderedList className="weerbaar-q-actions">
          {q.draft ? (
            <>
              <UnorderedListItem>
                <RouterLink to={`/beheer/vragenlijsten/voorbeeld/${q.draft.id}`}>
                  {t('questionnaires.preview')}
                  <span className="weerbaar-visually-hidden">: {q.title}</span>
                </RouterLink>
              </UnorderedListItem>
              <UnorderedListItem>
                {confirm === q.draft.id ? (
                  <ButtonGroup>
                    <PrimaryActionButton
                      type="button"
                      busy={busy}
                      onClick={() =>
                        void run(async () => {
                          await questionnairesApi.publish(orgId, q.draft!.id);
                          setConfirm(null);
                          setNotice(t('questionnaires.published', { title: q.title }));
                          reload();
                        })
                      }
                    >
                      {t('questionnaires.confirmPublish', { version: q.draft.version })}
                    </PrimaryActionButton>
                    <SubtleButton type="button" onClick={() => setConfirm(null)}>
                      {t('questionnaires.cancel')}
                    </SubtleButton>
                  </ButtonGroup>
                ) : (
                  <SecondaryActionButton type="button" onClick={() => setConfirm(q.draft!.id)}>
                    {t('questionnaires.publish')}
                    <span className="weerbaar-visually-hidden">: {q.title}</span>
                  </SecondaryActionButton>
                )}
              </UnorderedListItem>
            </>
          ) : null}
          {q.published ? (
            <UnorderedListItem>
              <RouterLink to={`/beheer/vragenlijsten/voorbeeld/${q.published.id}`}>
                {t('questionnaires.previewPublished')}
                <span className="weerbaar-visually-hidden">: {q.title}</span>
              </RouterLink>
            </UnorderedListItem>
          ) : null}
          {q.published || q.draft ? (
            <UnorderedListItem>
              <Link
                href={questionnairesApi.exportUrl(orgId, (q.draft ?? q.published)!.id)}
                download
              >
                {t('questionnaires.export')}
                <span className="weerbaar-visually-hidden">: {q.title}</span>
              </Link>
            </UnorderedListItem>
          ) : null}
        </UnorderedList>
      </TableCell>
    </TableRow>
  );

  return (
    <>
      <Heading level={1} id="questionnaire-admin">
        {t('questionnaires.adminTitle')}
      </Heading>
      <Paragraph>
        {t('questionnaires.adminIntro')}{' '}
        <Link href="/api/v1/questionnaires/schema.json">{t('questionnaires.schemaLink')}</Link>
      </Paragraph>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {notice ? (
        <Alert type="ok" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {failure ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      <ResponsiveTable
        labelledBy="questionnaire-admin"
        columns={[
          t('questionnaires.instrument'),
          t('questionnaires.ownerLabel'),
          t('questionnaires.publishedLabel'),
          t('questionnaires.draftLabel'),
          t('questionnaires.actions'),
        ]}
      >
        <TableBody>{mine.map(row)}</TableBody>
      </ResponsiveTable>
      <Heading level={2}>{t('questionnaires.importHeading')}</Heading>
      {problems && problems.length > 0 ? (
        <Alert type="error" role="alert">
          <Heading level={3}>{t('questionnaires.problems', { count: problems.length })}</Heading>
          <UnorderedList>
            {problems.map((p) => (
              <UnorderedListItem key={`${p.path}:${p.message}`}>
                <code>{p.path}</code>: {p.message}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : null}
      <form className="weerbaar-q-form" noValidate onSubmit={check}>
        <FormField id="definition-file" label={t('questionnaires.file')}>
          {(a11y) => (
            <input
              type="file"
              accept="application/json,.json"
              id={a11y.id}
              name={a11y.name}
              aria-describedby={a11y['aria-describedby']}
              onChange={(e) => void onFile(e)}
            />
          )}
        </FormField>
        <TextareaField
          id="definition-json"
          label={t('questionnaires.json')}
          description={t('questionnaires.jsonHint')}
          rows={12}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <ButtonGroup>
          <SecondaryActionButton type="submit" busy={busy}>
            {t('questionnaires.check')}
          </SecondaryActionButton>
          <PrimaryActionButton type="button" busy={busy} onClick={importDraft}>
            {t('questionnaires.importDraft')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
    </>
  );
}
