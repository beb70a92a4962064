import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import { notFound } from '../../../platform/errors/app-error';
import { readStoredFile } from '../../../platform/files/chunk-store';
import { isCompressedMedia, type ZipEntry, zipStream } from '../../../platform/files/zip';
import { organisationName, peopleByIds } from '../../../platform/identity';
import { TIME_ZONE } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { renderPoliceReportPdf } from '../exports/police-report-pdf';
import {
  findAttachmentContent,
  listAttachmentContents,
  listAttachments,
} from '../files/attachments.repository';
import { labelNl } from '../incident-vocabulary';
import { referenceOf } from '../incidents.presenter';
import type { IncidentRow } from '../incidents.tables';
import { listMeasures, listTasks } from '../measures.repository';
import { stepPlan } from '../step-plan';
import { listEvents } from '../timeline.repository';
import { loadForAuthor, loadForHandler, unseal } from './context';
import { getIncidentSettings } from './get-settings';

/** Who asks: a handler (any report of the organisation) or the author (own report only). */
export type Viewer = 'handler' | 'author';

/**
 * Which address the document gives for the victim: the organisation's (domicile
 * choice, so the perpetrator cannot learn the home address from the police file) or the
 * victim's own, which Weerbaar never stores and the victim fills in themself.
 */
export type AddressChoice = 'organisation' | 'home';

/** How the document names who was targeted: in the third person, as the police reads it. */
const TARGET_IN_DOCUMENT: Record<IncidentRow['target'], string> = {
  self: 'de melder zelf',
  relative: 'een naaste van de melder (familielid of partner)',
  colleague: 'een collega van de melder (de melder meldt namens hem of haar)',
};

const TO_FILL_IN = '……………………………… (zelf invullen)';

const load = (trx: Db, ctx: UseCaseContext, id: string, viewer: Viewer) =>
  viewer === 'handler' ? loadForHandler(trx, ctx, id) : loadForAuthor(trx, ctx, id);

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: TIME_ZONE,
});
const dateOnly = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });
const fmtDate = (d: string) => dateOnly.format(new Date(`${d}T00:00:00Z`));

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One evidence file, decrypted, with its stored hash. */
export async function readAttachment(
  ctx: UseCaseContext,
  incidentId: string,
  attachmentId: string,
  viewer: Viewer,
) {
  return ctx.db.transaction().execute(async (trx) => {
    await load(trx, ctx, incidentId, viewer);
    const row = await findAttachmentContent(
      trx,
      ctx.scope.organisationId,
      incidentId,
      attachmentId,
    );
    if (!row) throw notFound('Dit bestand');
    const org = ctx.scope.organisationId;
    const data = await readStoredFile(
      trx,
      ctx.keyring,
      'incident_attachment_chunk',
      org,
      row.id,
      row.content_enc,
    );
    await audit(trx, ctx, 'incident.attachment.read', {
      type: 'incident_attachment',
      id: attachmentId,
    });
    return {
      data,
      fileName: (await unseal(trx, ctx.keyring, org, row.file_name_enc)) ?? 'bestand',
      mediaType: row.media_type,
      sha256: row.sha256,
    };
  });
}

const EVENT_TEXT: Record<string, string> = {
  received: 'Melding ontvangen',
  triaged: 'Risico ingeschat',
  assigned: 'Behandelaar toegewezen',
  first_contact: 'Eerste contact met de melder',
  message_to_reporter: 'Bericht van de behandelaar aan de melder',
  message_from_reporter: 'Bericht van de melder',
  information_added: 'De melder heeft informatie of bewijs toegevoegd',
  measure_added: 'Maatregel afgesproken',
  measure_updated: 'Maatregel bijgewerkt',
  aftercare_planned: 'Nazorg gepland',
  aftercare_task_added: 'Nazorgafspraak toegevoegd',
  aftercare_done: 'Nazorgcontact gehad',
};

async function buildDocument(
  trx: Db,
  ctx: UseCaseContext,
  row: IncidentRow,
  addressChoice?: AddressChoice,
) {
  const org = ctx.scope.organisationId;
  const decrypt = (e: string | null) => unseal(trx, ctx.keyring, org, e);
  const [attachments, events, measures, tasks, settings, orgName] = await Promise.all([
    listAttachments(trx, org, row.id),
    listEvents(trx, org, row.id),
    listMeasures(trx, org, row.id),
    listTasks(trx, org, row.id),
    getIncidentSettings(trx, org),
    organisationName(trx, org),
  ]);
  const victim = await decrypt(row.victim_name_enc);
  const facts = [
    { label: 'Kenmerk', value: referenceOf(row) },
    {
      label: 'Datum',
      value: `${fmtDate(row.occurred_on)}${row.occurred_time ? `, ${row.occurred_time} uur` : ''}`,
    },
    {
      label: 'Plaats',
      value: [labelNl(row.location), await decrypt(row.location_detail_enc)]
        .filter(Boolean)
        .join(' – '),
    },
    { label: 'Hoe', value: labelNl(row.channel) },
    { label: 'Wat', value: row.kinds.map(labelNl).join(', ') },
    {
      label: 'Gericht tegen',
      value: [TARGET_IN_DOCUMENT[row.target], victim].filter(Boolean).join(': '),
    },
    { label: 'Functie', value: labelNl(row.reporter_group) },
    {
      label: 'Dader',
      value: [
        row.perpetrator_known ? 'bekend' : 'onbekend',
        row.perpetrator_type ? labelNl(row.perpetrator_type) : null,
        row.perpetrator_repeat ? 'heeft dit eerder gedaan' : null,
        await decrypt(row.perpetrator_description_enc),
      ]
        .filter(Boolean)
        .join('; '),
    },
    {
      label: 'Gevolgen',
      value: row.impacts.length ? row.impacts.map(labelNl).join(', ') : 'geen opgegeven',
    },
    {
      label: 'Getuigen',
      value: row.witnesses ? ((await decrypt(row.witnesses_enc)) ?? 'ja') : 'nee',
    },
    { label: 'Politie ter plaatse gebeld', value: row.police_called ? 'ja' : 'nee' },
  ];
  const subject = await decrypt(row.email_subject_enc);
  if (subject || row.email_sent_at) {
    facts.push({
      label: 'E-mailbericht',
      value: [
        subject ? `onderwerp "${subject}"` : null,
        row.email_sent_at ? `verzonden ${dateTime.format(new Date(row.email_sent_at))}` : null,
      ]
        .filter(Boolean)
        .join(', '),
    });
  }
  const police = measures.find((m) => m.type === 'police_report' && m.status !== 'cancelled');
  const address: AddressChoice =
    addressChoice ?? (police && !police.use_organisation_address ? 'home' : 'organisation');
  const policeReport = police
    ? [
        { label: 'Stand', value: labelNl(police.status) },
        { label: 'Aangifte door', value: labelNl(police.filed_by) },
        {
          label: 'Adres in de aangifte',
          value:
            address === 'organisation'
              ? 'het adres van de organisatie (domiciliekeuze), niet het woonadres'
              : 'het eigen adres van het slachtoffer',
        },
        ...(police.planned_on ? [{ label: 'Gepland op', value: fmtDate(police.planned_on) }] : []),
        ...(police.done_on ? [{ label: 'Gedaan op', value: fmtDate(police.done_on) }] : []),
      ]
    : [];
  const contact = await victimContact(trx, ctx, row, {
    victim,
    organisationAddress: settings.organisationAddress,
    address,
  });
  const timeline = [];
  for (const e of events) {
    let text = EVENT_TEXT[e.type] ?? e.type;
    if (e.type === 'status_changed')
      text = `Status gewijzigd van ${labelNl(e.from_status)} naar ${labelNl(e.to_status)}`;
    if (e.type === 'measure_added' || e.type === 'measure_updated')
      text = `${text}: ${labelNl(await decrypt(e.note_enc))}`;
    timeline.push({ at: dateTime.format(new Date(e.at)), text });
  }
  const evidence = [];
  for (const a of attachments) {
    evidence.push({
      fileName: (await decrypt(a.file_name_enc)) ?? 'bestand',
      description: `${a.media_type}, ${sizeText(a.size_bytes)}`,
      receivedAt: dateTime.format(new Date(a.created_at)),
      sha256: a.sha256,
    });
  }
  return {
    organisationName: orgName ?? '',
    reference: referenceOf(row),
    generatedAt: dateTime.format(new Date()),
    facts,
    narrative: (await decrypt(row.narrative_enc)) ?? '',
    timeline,
    evidence,
    policeReport,
    contact,
    steps: stepPlan(row, measures, tasks, attachments.length),
  };
}

/**
 * The victim's contact block: who the police can reach and at which address. When the
 * report is about the reporter, their name and account address are used; for someone
 * else, the name given in the report. The home address is never stored: with the
 * organisation's address chosen it is left out, otherwise a line is left to fill in.
 */
async function victimContact(
  trx: Db,
  ctx: UseCaseContext,
  row: IncidentRow,
  input: { victim: string | null; organisationAddress: string | null; address: AddressChoice },
) {
  const author =
    row.target === 'self' && row.author_type === 'person' && row.author_id
      ? (await peopleByIds(trx, [row.author_id])).get(row.author_id)
      : undefined;
  const phone = await unseal(trx, ctx.keyring, ctx.scope.organisationId, row.contact_phone_enc);
  const address =
    input.address === 'organisation'
      ? input.organisationAddress
        ? `${input.organisationAddress} (adres van de organisatie, domiciliekeuze; het woonadres staat niet in dit document)`
        : `Adres van de organisatie: nog niet ingesteld. Vraag het aan de behandelaar, of vul het woonadres in: ${TO_FILL_IN}`
      : `Woonadres: ${TO_FILL_IN}. Weerbaar bewaart geen woonadres.`;
  return [
    { label: 'Naam', value: author?.display_name ?? input.victim ?? TO_FILL_IN },
    { label: 'Telefoon', value: phone ?? TO_FILL_IN },
    { label: 'E-mail', value: author?.email ?? TO_FILL_IN },
    { label: 'Adres', value: address },
  ];
}

/** The police-report document (tagged PDF) for a report; audited. */
export async function policeReportPdf(
  ctx: UseCaseContext,
  incidentId: string,
  viewer: Viewer,
  address?: AddressChoice,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await load(trx, ctx, incidentId, viewer);
    const doc = await buildDocument(trx, ctx, row, address);
    await audit(trx, ctx, 'incident.police_report.generate', { type: 'incident', id: incidentId });
    return { pdf: await renderPoliceReportPdf(doc), reference: doc.reference };
  });
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) {
    const dot = name.lastIndexOf('.');
    candidate = dot > 0 ? `${name.slice(0, dot)} (${i})${name.slice(dot)}` : `${name} (${i})`;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The evidence bundle: every file as received (decrypted), a SHA256SUMS file in the
 * format `sha256sum -c` checks, and the police-report document itself.
 */
export async function evidenceZip(ctx: UseCaseContext, incidentId: string, viewer: Viewer) {
  return ctx.db.transaction().execute(async (trx) => {
    const org = ctx.scope.organisationId;
    const row = await load(trx, ctx, incidentId, viewer);
    const doc = await buildDocument(trx, ctx, row);
    const files = await listAttachmentContents(trx, org, incidentId);
    const used = new Set<string>(['sha256sums.txt', 'dossier-aangifte.pdf']);
    const entries: ZipEntry[] = [];
    const sums = [];
    for (const f of files) {
      const name = `bewijs/${uniqueName((await unseal(trx, ctx.keyring, org, f.file_name_enc)) ?? 'bestand', used)}`;
      entries.push({
        name,
        data: await readStoredFile(
          trx,
          ctx.keyring,
          'incident_attachment_chunk',
          org,
          f.id,
          f.content_enc,
        ),
        modified: new Date(f.created_at),
        compress: !isCompressedMedia(f.media_type),
      });
      sums.push(`${f.sha256}  ${name}`);
    }
    entries.push({ name: 'SHA256SUMS.txt', data: Buffer.from(`${sums.join('\n')}\n`, 'utf8') });
    entries.push({ name: 'dossier-aangifte.pdf', data: await renderPoliceReportPdf(doc) });
    await audit(trx, ctx, 'incident.evidence.export', { type: 'incident', id: incidentId });
    // The files were read inside the transaction; the ZIP is deflated while it is sent.
    return { zip: zipStream(entries), reference: doc.reference };
  });
}
