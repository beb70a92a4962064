import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDate } from '../../../app/format';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  ErrorSummary,
  FileField,
  Heading,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  RouterLink,
  TableBody,
  TableCell,
  TableRow,
  TextareaField,
  TextField,
} from '../../../ui';
import { integrityApi } from '../api';
import { useFormErrors } from '../components/hooks';

/** The clerk imports an agenda (CSV or JSON) or pastes it, and sees meetings checked before. */
export function AgendaCheckPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('integrity.agenda.title'));
  const orgId = useOrgId();
  const navigate = useNavigate();
  const meetings = useLoad(() => integrityApi.meetings(orgId), [orgId]);
  const [title, setTitle] = useState('');
  const [meetsOn, setMeetsOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, summary, show, fail } = useFormErrors('agenda');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const e: Record<string, string> = {};
    if (title.trim().length < 3) e.title = t('integrity.errors.meetingTitle');
    if (!meetsOn) e.meetsOn = t('integrity.errors.required');
    if (!file && !pasted.trim()) e.file = t('integrity.errors.agendaFile');
    if (Object.keys(e).length > 0) return show(e);
    setBusy(true);
    try {
      const content = file ? await file.text() : pasted;
      const format =
        file?.name.toLowerCase().endsWith('.json') ||
        (!file && pasted.trim().startsWith('[')) ||
        (!file && pasted.trim().startsWith('{'))
          ? 'json'
          : 'csv';
      const meeting = await integrityApi.importAgenda(orgId, {
        title: title.trim(),
        meetsOn,
        file: { format, content },
      });
      navigate(`/integriteit/agenda-check/${meeting.id}`);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1}>{t('integrity.agenda.title')}</Heading>
      <Paragraph>{t('integrity.agenda.intro')}</Paragraph>
      <section aria-labelledby="import-heading">
        <Heading level={2} id="import-heading">
          {t('integrity.agenda.importTitle')}
        </Heading>
        <ErrorSummary errors={summary} headingLevel={3} />
        <form className="weerbaar-form" noValidate onSubmit={(e) => void submit(e)}>
          <TextField
            id="agenda-title"
            label={t('integrity.agenda.meeting')}
            value={title}
            error={errors.title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <TextField
            id="agenda-meetsOn"
            type="date"
            label={t('integrity.agenda.meetsOn')}
            value={meetsOn}
            error={errors.meetsOn}
            onChange={(e) => setMeetsOn(e.target.value)}
          />
          <FileField
            id="agenda-file"
            label={t('integrity.agenda.file')}
            description={t('integrity.agenda.fileHint')}
            error={errors.file}
            accept=".csv,.json,text/csv,application/json"
            onFiles={(files) => setFile(files[0] ?? null)}
          />
          <TextareaField
            id="agenda-pasted"
            rows={5}
            label={t('integrity.agenda.paste')}
            description={t('integrity.agenda.pasteHint')}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
          />
          <div>
            <PrimaryActionButton type="submit" id="agenda-submit" disabled={busy}>
              {t('integrity.agenda.submit')}
            </PrimaryActionButton>
          </div>
        </form>
      </section>
      <section aria-labelledby="meetings-heading">
        <Heading level={2} id="meetings-heading">
          {t('integrity.agenda.meetings')}
        </Heading>
        {meetings.data && meetings.data.length === 0 ? (
          <Paragraph>{t('integrity.agenda.noMeetings')}</Paragraph>
        ) : null}
        {meetings.data && meetings.data.length > 0 ? (
          <ResponsiveTable
            caption={t('integrity.agenda.meetingsCaption', { count: meetings.data.length })}
            columns={[
              t('integrity.agenda.meeting'),
              t('integrity.agenda.meetsOn'),
              t('integrity.agenda.items'),
              t('integrity.agenda.flagged'),
            ]}
          >
            <TableBody>
              {meetings.data.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>
                    <RouterLink to={`/integriteit/agenda-check/${m.id}`}>{m.title}</RouterLink>
                  </TableCell>
                  <TableCell>{formatDate(m.meetsOn, i18n.language)}</TableCell>
                  <TableCell>{m.items}</TableCell>
                  <TableCell>{m.openMatches}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ResponsiveTable>
        ) : null}
      </section>
    </>
  );
}
