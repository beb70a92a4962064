import type { AppDeps } from '../../platform/deps';
import { addRoles, findPersonByEmail, insertPerson } from '../../platform/identity';
import { addDays, amsterdamDate } from '../../platform/time';
import { demoContext } from '../../platform/use-case';
import { importAgenda } from './agenda/use-cases/import-agenda';
import { designateCustodians } from './custody/use-cases/designate-custodians';
import { splitKey } from './custody/use-cases/split-key';
import { declare, reportIncome } from './declarations/use-cases/declare';
import { registerOfficeHolder } from './declarations/use-cases/office-holders';
import { listForClerk, reviewDeclaration } from './declarations/use-cases/review';
import { backdateReport } from './reports/jobs/jobs.repository';
import { hashReceipt, receiptLookup } from './reports/receipt';
import { replaceReceipt, reportIdByNumber } from './reports/reports.repository';
import { fileAnonymousReport, fileMemberReport } from './reports/use-cases/file-report';
import { indexKey } from './shared/keyed-index';

const DEMO_ORG = 'GM0344';
/** Fixed receipt of the demo's anonymous report (2026 1128 0000 0344), so the channel can be tried; demo data only. */
export const DEMO_RECEIPT = '2026112800000344';

async function person(deps: AppDeps, organisationId: string, email: string, displayName: string) {
  const found = await findPersonByEmail(deps.db, email);
  const row = found ?? (await insertPerson(deps.db, { email, displayName, passwordHash: null }));
  await addRoles(deps.db, organisationId, row.id, ['reporter']);
  return row.id;
}

async function idOf(deps: AppDeps, email: string) {
  const row = await findPersonByEmail(deps.db, email);
  if (!row) throw new Error(`demo person ${email} missing`);
  return row.id;
}

/** Fictitious declarations, an agenda with two conflicts, custodians, and three reports. */
export async function contributeIntegrityDemo(deps: AppDeps, orgIds: Map<string, string>) {
  const org = orgIds.get(DEMO_ORG);
  if (!org) return;
  const today = amsterdamDate(new Date());
  const clerk = demoContext(deps, org, await idOf(deps, 'griffier@demo.weerbaar.nl'), ['clerk']);
  const rachid = await idOf(deps, 'raadslid@demo.weerbaar.nl');
  const willemijn = await person(deps, org, 'wethouder@demo.weerbaar.nl', 'Willemijn Wethouder');
  const karel = await person(deps, org, 'k.klaassen@demo.weerbaar.nl', 'Karel Klaassen');

  // ── register of side positions ───────────────────────────────────────────
  await registerOfficeHolder(clerk, rachid, {
    office: 'councillor',
    party: 'Demopartij',
    since: '2022-03-30',
  });
  await registerOfficeHolder(clerk, willemijn, {
    office: 'alderman',
    party: 'Stadspartij (demo)',
    since: '2022-06-01',
  });
  await registerOfficeHolder(clerk, karel, {
    office: 'councillor',
    party: 'Demopartij',
    since: '2022-03-30',
  });
  const asRachid = demoContext(deps, org, rachid, ['reporter']);
  await declare(asRachid, {
    kind: 'side_position',
    organisationName: 'Stichting Sportpark Noord',
    role: 'Bestuurslid',
    paid: false,
    startOn: '2021-01-01',
  });
  await declare(asRachid, {
    kind: 'financial_interest',
    organisationName: 'Bouwbedrijf Van Dijk B.V.',
    description: 'Aandelen (minder dan 5%)',
    startOn: '2019-05-01',
  });
  await declare(asRachid, {
    kind: 'side_position',
    organisationName: 'Vereniging Oud-Utrecht',
    role: 'Penningmeester',
    paid: false,
    startOn: '2018-01-01',
    endOn: '2022-12-31',
  });
  await declare(asRachid, {
    kind: 'gift',
    organisationName: 'Projectontwikkelaar Stadshart (demo)',
    description: 'Twee kaarten voor een concert',
    valueCents: 12_000,
    startOn: addDays(today, -20),
  });
  const asWillemijn = demoContext(deps, org, willemijn, ['reporter']);
  await declare(asWillemijn, {
    kind: 'side_position',
    organisationName: 'Coöperatie Energie Utrecht U.A.',
    role: 'Lid raad van commissarissen',
    paid: true,
    startOn: '2020-01-01',
  });
  for (const d of await listForClerk(clerk, 'submitted')) {
    if (d.kind === 'gift') continue; // left for the clerk to validate in the demo
    await reviewDeclaration(clerk, d.id, { decision: 'validate' });
  }
  const energy = (await listForClerk(clerk, 'validated')).find((d) =>
    d.organisationName.startsWith('Coöperatie'),
  );
  if (energy) await reportIncome(asWillemijn, energy.id, Number(today.slice(0, 4)) - 1, 4_800_00);

  // ── an agenda with conflicts ─────────────────────────────────────────────
  await importAgenda(clerk, {
    title: 'Gemeenteraad (demo)',
    meetsOn: addDays(today, 14),
    file: {
      format: 'csv',
      content: [
        'item,title,description',
        '1,Opening en vaststelling agenda,',
        '2,Subsidie Sportpark Noord 2027,Voorstel om de stichting Sportpark-Noord een subsidie te verlenen voor nieuwe kleedkamers.',
        '3,Gunning renovatie sporthal Overvecht,"Het college stelt voor de opdracht te gunnen aan bouwbedrijf Van Dijk."',
        '4,Zonnepark Rijnenburg,Samenwerkingsovereenkomst met Energie Utrecht coöperatie.',
        '5,Rondvraag,',
      ].join('\n'),
    },
  });

  // ── custodians and the key split ─────────────────────────────────────────
  const admin = demoContext(deps, org, await idOf(deps, 'beheerder@demo.weerbaar.nl'), [
    'org_admin',
  ]);
  await designateCustodians(admin, [
    await idOf(deps, 'beheerder@demo.weerbaar.nl'),
    await idOf(deps, 'vertrouwenspersoon@demo.weerbaar.nl'),
  ]);
  await splitKey(admin);

  // ── reports ──────────────────────────────────────────────────────────────
  const anonymous = await fileAnonymousReport(
    deps,
    DEMO_ORG,
    {
      category: 'voting_personal_interest',
      subjectType: 'office_holder',
      summary: 'Raadslid stemde over eigen bouwproject (demo)',
      description:
        'Bij de stemming over de bouwvergunning voor het Stadshart stemde een raadslid mee, terwijl hij volgens mij aandelen heeft in de aannemer. (Fictieve demomelding.)',
      occurred: 'Raadsvergadering van vorige maand',
    },
    [],
  );
  const anonymousRow = await reportIdByNumber(deps.db, org, Number(anonymous.reference.slice(2)));
  const key = await indexKey(deps.db, deps.keyring, org, 'receipt');
  await replaceReceipt(deps.db, org, anonymousRow.id, {
    lookup: receiptLookup(key, org, DEMO_RECEIPT),
    hash: await hashReceipt(DEMO_RECEIPT),
  });
  const integrity = await idOf(deps, 'integriteit@demo.weerbaar.nl');
  const asMila = demoContext(deps, org, await idOf(deps, 'melder@demo.weerbaar.nl'), ['reporter']);
  const overdue = await fileMemberReport(
    asMila,
    {
      category: 'undue_pressure',
      subjectType: 'office_holder',
      channel: 'confidential',
      recipientId: integrity,
      summary: 'Druk om een advies aan te passen (demo)',
      description:
        'Een wethouder vroeg mij herhaaldelijk een negatief advies positief te maken. (Fictieve demomelding.)',
    },
    [],
  );
  // Nine days old: the acknowledgement term has passed, so the overdue list has an entry.
  await backdateReport(deps.db, org, overdue.id, 9);
}
