import type { AppDeps } from '../../platform/deps';
import {
  findItemBySlug,
  findNorm,
  insertItem,
  insertSession,
  upsertNorm,
} from './toolkit.repository';
import type { Audience, Theme, ToolkitKind } from './toolkit.tables';

interface DemoItem {
  slug: string;
  kind: ToolkitKind;
  title: string;
  summary: string;
  body: string;
  source: string;
  audiences: Audience[];
  themes: Theme[];
}

const ALL: Audience[] = ['office_holder', 'civil_servant', 'clerk', 'mayor'];

/** National toolkit items, written for this project (fictitious but realistic). */
export const NATIONAL_ITEMS: DemoItem[] = [
  {
    slug: 'omgaan-met-intimidatie-en-bedreiging',
    kind: 'training',
    title: 'Omgaan met intimidatie en bedreiging',
    summary: 'Training van een dagdeel: herkennen, begrenzen en melden van agressie en bedreiging.',
    body: '## Wat leert u\n\n- Signalen van intimidatie vroeg herkennen\n- Grenzen stellen in een gesprek, aan de balie en op straat\n- Wat u doet na een incident: melden, steun zoeken en aangifte doen\n\n## Voor wie\n\nRaadsleden, wethouders, burgemeesters en medewerkers met publiekscontact.\n\nDe training duurt drie uur en wordt gegeven door een trainer met ervaring in het openbaar bestuur.',
    source: 'Weerbaar Bestuur',
    audiences: ALL,
    themes: ['aggression'],
  },
  {
    slug: 'stappenplan-melding-en-aangifte',
    kind: 'step_plan',
    title: 'Melden en aangifte',
    summary: 'Stap voor stap: van incident naar melding, aangifte en nazorg.',
    body: '1. **Zorg dat u veilig bent.** Bel bij direct gevaar 112.\n2. **Leg vast wat er gebeurde:** datum, tijd, plaats, wat er gezegd of gedaan is. Bewaar berichten en schermafbeeldingen.\n3. **Meld het incident** in Weerbaar. Melden hoort en helpt: zo krijgt u steun en ziet de organisatie patronen.\n4. **Doe aangifte** bij de politie. U kunt het adres van de gemeente opgeven in plaats van uw woonadres.\n5. **Zoek nazorg:** praat met uw vertrouwenspersoon of het Ondersteuningsteam Weerbaar Bestuur.',
    source: 'Weerbaar Bestuur',
    audiences: ALL,
    themes: ['aggression', 'online_intimidation'],
  },
  {
    slug: 'online-intimidatie-wat-kunt-u-doen',
    kind: 'guide',
    title: 'Online intimidatie: wat kunt u doen',
    summary: 'Hoe u reageert op haatberichten, doxing en bedreigingen via sociale media.',
    body: '## Eerst\n\nReageer niet direct. Maak schermafbeeldingen met datum en afzender.\n\n## Daarna\n\n- Meld het bericht bij het platform en in Weerbaar.\n- Bij bedreiging: doe aangifte. Ook online bedreiging is strafbaar.\n- Scherm uw persoonlijke gegevens af (zie *KvK-adres afschermen*).\n\n## Steun\n\nU staat er niet alleen voor. Vraag steun aan via de pagina Steun.',
    source: 'Weerbaar Bestuur',
    audiences: ['office_holder', 'mayor'],
    themes: ['online_intimidation'],
  },
  {
    slug: 'veilig-online',
    kind: 'guide',
    title: 'Veilig online als volksvertegenwoordiger',
    summary: 'Praktische instellingen voor sociale media, e-mail en telefoon.',
    body: '- Gebruik tweestapsverificatie op al uw accounts.\n- Scheid zakelijke en privéaccounts.\n- Zet locatiegegevens in foto’s uit.\n- Controleer wat er over u te vinden is en laat gegevens verwijderen waar dat kan.',
    source: 'Weerbaar Bestuur, naar Veilig Internetten',
    audiences: ['office_holder', 'mayor'],
    themes: ['online_intimidation'],
  },
  {
    slug: 'kvk-adres-afschermen',
    kind: 'step_plan',
    title: 'KvK-adres afschermen',
    summary: 'Hoe u uw woonadres in het Handelsregister laat afschermen.',
    body: '1. Ga na of uw woonadres zichtbaar is in het Handelsregister.\n2. Vraag afscherming aan bij de KvK; als politiek ambtsdrager komt u daarvoor in aanmerking.\n3. Controleer na afhandeling of het adres niet meer zichtbaar is.',
    source: 'Weerbaar Bestuur, naar KvK',
    audiences: ['office_holder', 'mayor'],
    themes: ['aggression', 'online_intimidation'],
  },
  {
    slug: 'gedragscode-model',
    kind: 'code_of_conduct',
    title: 'Modelgedragscode voor raad en college',
    summary: 'Een sjabloon voor een gedragscode integriteit, aan te passen aan uw gemeente.',
    body: '## Artikel 1 — Belangenverstrengeling\n\nU neemt niet deel aan besluitvorming waarbij u een persoonlijk belang heeft.\n\n## Artikel 2 — Nevenfuncties\n\nU meldt nevenfuncties vóór aanvaarding; de griffie publiceert ze.\n\n## Artikel 3 — Geschenken\n\nGeschenken boven € 50 meldt u en levert u in.\n\n## Artikel 4 — Omgang met informatie\n\nVertrouwelijke informatie blijft vertrouwelijk, ook na uw ambtstermijn.',
    source: 'Weerbaar Bestuur',
    audiences: ['office_holder', 'clerk', 'mayor'],
    themes: ['integrity'],
  },
  {
    slug: 'register-nevenfuncties-en-belangen',
    kind: 'guide',
    title: 'Register van nevenfuncties en belangen',
    summary: 'Hoe de griffie een actueel en openbaar register bijhoudt.',
    body: 'Een register werkt als het actueel is. Vraag bij de start van de raadsperiode en daarna jaarlijks om een opgave, publiceer het register op de website en vermeld of een functie bezoldigd is.',
    source: 'Weerbaar Bestuur',
    audiences: ['clerk', 'office_holder'],
    themes: ['integrity'],
  },
  {
    slug: 'vog-aanvragen',
    kind: 'step_plan',
    title: 'Verklaring omtrent het gedrag (VOG) aanvragen',
    summary: 'Wanneer en hoe een VOG wordt gevraagd bij benoeming van wethouders.',
    body: '1. Bepaal het screeningsprofiel.\n2. De kandidaat vraagt de VOG aan bij Justis.\n3. Leg de uitkomst vast in het benoemingsdossier.',
    source: 'Weerbaar Bestuur, naar Justis',
    audiences: ['clerk', 'mayor'],
    themes: ['integrity'],
  },
  {
    slug: 'weerbaar-bestuur-gesprek-met-de-burgemeester',
    kind: 'guide',
    title: 'Weerbaar bestuur: gesprek met de burgemeester',
    summary:
      'Een gespreksleidraad voor het jaarlijkse gesprek over weerbaarheid in raad en college.',
    body: '## Vragen voor het gesprek\n\n- Welke incidenten waren er het afgelopen jaar, en wat deden we ermee?\n- Weten nieuwe raadsleden waar ze terechtkunnen?\n- Is de norm “melden hoort en helpt” bekend?\n- Welke trainingen volgen we dit jaar?',
    source: 'Weerbaar Bestuur',
    audiences: ['mayor', 'office_holder'],
    themes: ['aggression', 'integrity'],
  },
  {
    slug: 'bibob-modelbeleid',
    kind: 'guide',
    title: 'Bibob-beleid in tien stappen',
    summary: 'Van beleidsregel tot toepassing: zo zet u de Wet Bibob effectief in.',
    body: '1. Bepaal de branches en vergunningen.\n2. Stel een beleidsregel op.\n3. Maak de vragenformulieren.\n4. Regel de ambtelijke capaciteit.\n5. Spreek af wanneer u advies vraagt aan het Landelijk Bureau Bibob.\n6. Werk samen met het RIEC.\n7. Leg besluiten zorgvuldig vast.\n8. Informeer aanvragers vooraf.\n9. Evalueer jaarlijks.\n10. Deel ervaringen met buurgemeenten.',
    source: 'Weerbaar Bestuur',
    audiences: ['civil_servant', 'mayor'],
    themes: ['bibob', 'undermining'],
  },
  {
    slug: 'training-signalen-ondermijning',
    kind: 'training',
    title: 'Signalen van ondermijning herkennen',
    summary: 'Training voor medewerkers met vergunningverlening, toezicht en balie.',
    body: 'U leert signalen van ondermijnende criminaliteit herkennen in aanvragen en op straat, en hoe u een signaal deelt met het team Ondermijning.',
    source: 'Weerbaar Bestuur',
    audiences: ['civil_servant'],
    themes: ['undermining'],
  },
  {
    slug: 'regionale-samenwerking-ondermijning',
    kind: 'guide',
    title: 'Regionale samenwerking tegen ondermijning',
    summary: 'Wat het RIEC doet en hoe uw gemeente samenwerkt met politie en OM.',
    body: 'Het Regionaal Informatie- en Expertisecentrum brengt informatie van partners samen. Spreek een vast contactpersoon af en deel signalen volgens het convenant.',
    source: 'Weerbaar Bestuur',
    audiences: ['civil_servant', 'mayor'],
    themes: ['undermining'],
  },
  {
    slug: 'zicht-op-ondermijning',
    kind: 'guide',
    title: 'Zicht op ondermijning: cijfers voor uw gemeente',
    summary: 'Hoe u het dashboard gebruikt voor een ondermijningsbeeld.',
    body: 'Gebruik de indicatoren om gesprekken in de driehoek te voeren. Cijfers geven richting, geen oordeel.',
    source: 'Weerbaar Bestuur, naar Zicht op Ondermijning',
    audiences: ['civil_servant', 'mayor'],
    themes: ['undermining'],
  },
  {
    slug: 'riec-convenant',
    kind: 'guide',
    title: 'Het RIEC-convenant toepassen',
    summary: 'Welke gegevens u mag delen en hoe u dat vastlegt.',
    body: 'Het convenant regelt de grondslag voor het delen van gegevens. Leg elke verstrekking vast en betrek de privacy officer.',
    source: 'Weerbaar Bestuur',
    audiences: ['civil_servant'],
    themes: ['undermining', 'bibob'],
  },
];

const DAY = 86_400_000;

/** The demo municipality that has published its norm. */
const DEMO_NORM_ORG = 'GM0344';

/** The demo municipality's norm against aggression, written for this project. */
export const DEMO_NORM = [
  '## Melden hoort en helpt',
  '',
  'In de gemeente Utrecht werken raadsleden, wethouders, de burgemeester en medewerkers voor alle inwoners. Zij doen dat in het openbaar, aan de balie, op straat en online. Agressie, intimidatie en bedreiging horen daar niet bij. Niet tegen hen, en niet tegen hun naasten.',
  '',
  '### Wat wij van elkaar verwachten',
  '',
  '- **Melden hoort.** Wie agressie of intimidatie meemaakt, meldt dat. Ook een scheldpartij, een dreigend bericht of iemand die u thuis opwacht. Ook als het “wel meeviel”.',
  '- **Melden helpt.** Met uw melding krijgt u steun, kunnen wij maatregelen nemen en zien wij wat er in onze gemeente speelt.',
  '- **Wij staan achter u.** U krijgt binnen twee werkdagen een reactie. Wij helpen bij het doen van aangifte; u mag het adres van het stadhuis opgeven in plaats van uw woonadres.',
  '- **Wij treden op.** Wie een medewerker of bestuurder bedreigt, krijgt een reactie van de gemeente: een gesprek, een waarschuwing, een verbod of aangifte door de gemeente zelf.',
  '',
  '### Waar u terechtkunt',
  '',
  'Meld een incident in Weerbaar, ook achteraf. Voor een gesprek kunt u terecht bij de vertrouwenspersoon of het Ondersteuningsteam Weerbaar Bestuur.',
].join('\n');

/** National demo items and a few training sessions; skipped when already present. */
export async function contributeToolkitDemo(deps: AppDeps, orgIds?: Map<string, string>) {
  const now = (deps.clock ?? { now: () => new Date() }).now();
  const publishedOn = new Date(now.getTime() - 30 * DAY).toISOString().slice(0, 10);
  for (const item of NATIONAL_ITEMS) {
    if (await findItemBySlug(deps.db, item.slug)) continue;
    const row = await insertItem(deps.db, {
      ...item,
      organisation_id: null,
      published_on: publishedOn,
    });
    if (item.kind !== 'training') continue;
    const at = (days: number, hour: number) => {
      const d = new Date(now.getTime() + days * DAY);
      d.setUTCHours(hour, 0, 0, 0);
      return d;
    };
    await insertSession(deps.db, {
      item_id: row.id,
      starts_at: at(14, 13),
      ends_at: at(14, 16),
      place: 'Stadhuis Utrecht, Stadsplateau 1, Utrecht',
      online_url: null,
      capacity: 20,
    });
    await insertSession(deps.db, {
      item_id: row.id,
      starts_at: at(35, 18),
      ends_at: at(35, 20),
      place: null,
      online_url: 'https://vergaderen.example.nl/training',
      capacity: 1,
    });
  }
  const normOrg = orgIds?.get(DEMO_NORM_ORG);
  if (normOrg && !(await findNorm(deps.db, normOrg))) {
    await upsertNorm(deps.db, {
      organisation_id: normOrg,
      body: DEMO_NORM,
      published: true,
      adopted_on: publishedOn,
      updated_by: null,
    });
  }
}
