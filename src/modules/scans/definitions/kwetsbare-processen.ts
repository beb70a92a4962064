import type { DefinitionInput } from '../../questionnaires';
import { md, opt, t } from './helpers';

/**
 * Scan kwetsbare processen: a team of the organisation scores, per process
 * that criminals and people applying undue pressure try to use (permits,
 * subsidies, real estate, procurement, enforcement, personnel screening,
 * information security), how well its controls work, and how exposed the
 * process is. Each process is one section; its control score and its
 * exposure answer place it in the risk matrix (see `process-matrix.ts`).
 */

const BANDS = ['zwak', 'matig', 'sterk'] as const;

/** How well a control is in place; the points make the section's control score. */
const CONTROL_SCALE = [
  opt('niet', 'Niet geregeld', 'Not in place', 0),
  opt('deels', 'Deels of alleen op papier', 'Partly, or on paper only', 1),
  opt('geregeld', 'Geregeld en toegepast', 'In place and applied', 2),
  opt('getoetst', 'Geregeld, toegepast en getoetst', 'In place, applied and tested', 3),
];

/** Exposure carries no points: it is the other axis of the risk matrix. */
export const EXPOSURE_LEVELS = ['laag', 'middel', 'hoog'] as const;
export type ExposureLevel = (typeof EXPOSURE_LEVELS)[number];

/** The id of a process's exposure question. */
export const exposureQuestionId = (processId: string) => `${processId}_blootstelling`;

type Text = { nl: string; en: string };
interface ProcessSpec {
  id: string;
  title: Text;
  intro: Text;
  controls: { id: string; text: Text }[];
  exposure: Text;
  advice: { zwak: Text; matig: Text; sterk: Text };
  action: { id: string; title: Text; description: Text };
}

const c = (id: string, nl: string, en: string) => ({ id, text: { nl, en } });
const x = (nl: string, en: string): Text => ({ nl, en });

/** The controls every process should have, with the process's own wording where it differs. */
const common = {
  fourEyes: (nl: string, en: string) => c('vier_ogen', nl, en),
  rotation: (nl: string, en: string) => c('roulatie', nl, en),
  logging: (nl: string, en: string) => c('logging', nl, en),
  awareness: (nl: string, en: string) => c('bewustzijn', nl, en),
  reporting: c(
    'meldlijn',
    'Medewerkers weten waar zij druk, benadering of vermoedens van misbruik melden',
    'Staff know where to report pressure, approaches or suspected abuse',
  ),
};

function processSection(p: ProcessSpec) {
  return {
    id: p.id,
    title: p.title,
    intro: md(p.intro.nl, p.intro.en),
    questions: [
      {
        id: `${p.id}_maatregelen`,
        type: 'matrix' as const,
        text: t(
          'In welke mate zijn deze beheersmaatregelen in dit proces geregeld?',
          'To what extent are these controls in place in this process?',
        ),
        items: p.controls,
        scale: CONTROL_SCALE,
      },
      {
        id: exposureQuestionId(p.id),
        type: 'single_choice' as const,
        text: p.exposure,
        help: md(
          'Denk aan de bedragen en belangen die op het spel staan, en aan signalen van de afgelopen jaren.',
          'Think of the sums and interests at stake, and of signals from recent years.',
        ),
        options: [
          opt('laag', 'Laag', 'Low'),
          opt('middel', 'Middel', 'Medium'),
          opt('hoog', 'Hoog', 'High'),
        ],
      },
    ],
    advice: {
      zwak: md(p.advice.zwak.nl, p.advice.zwak.en),
      matig: md(p.advice.matig.nl, p.advice.matig.en),
      sterk: md(p.advice.sterk.nl, p.advice.sterk.en),
    },
    actions: [
      {
        id: p.action.id,
        title: p.action.title,
        description: md(p.action.description.nl, p.action.description.en),
        bands: ['zwak', 'matig'],
      },
    ],
  };
}

export const PROCESSES: ProcessSpec[] = [
  {
    id: 'vergunningen',
    title: x('Vergunningverlening', 'Permits'),
    intro: x(
      'Horeca-, exploitatie-, evenementen- en omgevingsvergunningen: een vergunning kan een dekmantel of witwasroute worden.',
      'Hospitality, operating, event and environmental permits: a permit can become a front or a laundering route.',
    ),
    controls: [
      common.fourEyes(
        'Elk besluit wordt door een tweede medewerker gecontroleerd (vier-ogenprincipe)',
        'Every decision is checked by a second employee (four-eyes principle)',
      ),
      c(
        'bibob_toets',
        'Aanvragen in risicobranches krijgen een Bibob-toets volgens het vastgestelde beleid',
        'Applications in risk sectors get a Bibob check under the adopted policy',
      ),
      common.rotation(
        'Behandelaars rouleren bij vaste aanvragers of branches',
        'Case handlers rotate between regular applicants or sectors',
      ),
      common.logging(
        'Wie een dossier inzag of wijzigde, is achteraf na te gaan',
        'Who viewed or changed a file can be traced afterwards',
      ),
      common.reporting,
    ],
    exposure: x(
      'Hoe groot is de blootstelling van vergunningverlening aan ondermijning of ongewenste druk?',
      'How exposed is licensing to subversive crime or undue pressure?',
    ),
    advice: {
      zwak: x(
        'Vergunningverlening is nu kwetsbaar. Begin met het **vier-ogenprincipe** voor besluiten in risicobranches en zorg dat het Bibob-beleid die branches echt dekt.',
        'Licensing is vulnerable now. Start with the **four-eyes principle** for decisions in risk sectors and make sure the Bibob policy really covers those sectors.',
      ),
      matig: x(
        'De basis staat. Maak de maatregelen toetsbaar: leg vast wie controleert en kijk steekproefsgewijs of het ook gebeurt.',
        'The basics are there. Make the controls testable: record who checks and verify by sampling that it happens.',
      ),
      sterk: x(
        'Vergunningverlening is goed beschermd. Houd dat vast met een jaarlijkse steekproef en nieuwe medewerkers die de afspraken kennen.',
        'Licensing is well protected. Keep it so with a yearly sample and new staff who know the agreements.',
      ),
    },
    action: {
      id: 'vergunningen_versterken',
      title: x('Versterk de controle op vergunningen', 'Strengthen the controls on permits'),
      description: x(
        'Voer het vier-ogenprincipe in voor risicobranches en toets het Bibob-beleid op dekking.',
        'Introduce the four-eyes principle for risk sectors and check the Bibob policy for coverage.',
      ),
    },
  },
  {
    id: 'subsidies',
    title: x('Subsidies', 'Subsidies'),
    intro: x(
      'Subsidies en andere financiële bijdragen: geld kan bij malafide organisaties belanden of dienen om invloed te kopen.',
      'Subsidies and other grants: money can end up with criminal organisations or be used to buy influence.',
    ),
    controls: [
      common.fourEyes(
        'Toekenning en vaststelling worden door verschillende medewerkers gedaan (functiescheiding)',
        'Award and final settlement are done by different employees (segregation of duties)',
      ),
      c(
        'bibob_toets',
        'Bij grote of ongebruikelijke aanvragen wordt de aanvrager gescreend (Bibob of integriteitstoets)',
        'Large or unusual applications get an applicant screening (Bibob or integrity check)',
      ),
      c(
        'verantwoording',
        'Besteding wordt gecontroleerd aan de hand van verantwoording en steekproeven',
        'Spending is checked against reports and samples',
      ),
      common.awareness(
        'Subsidiemedewerkers kennen de signalen van misbruik',
        'Grant staff know the signs of abuse',
      ),
      common.reporting,
    ],
    exposure: x(
      'Hoe groot is de blootstelling van subsidieverlening aan misbruik of ongewenste druk?',
      'How exposed is grant-making to abuse or undue pressure?',
    ),
    advice: {
      zwak: x(
        'Subsidies zijn kwetsbaar. Scheid toekenning en vaststelling en screen aanvragers bij grote bedragen.',
        'Subsidies are vulnerable. Separate award and settlement and screen applicants for large amounts.',
      ),
      matig: x(
        'Er zijn maatregelen, maar de controle achteraf is nog dun. Plan steekproeven op de besteding.',
        'There are controls, but checks afterwards are thin. Plan samples of the spending.',
      ),
      sterk: x(
        'Subsidieverlening is goed beheerst. Deel uw werkwijze met buurgemeenten.',
        'Grant-making is well controlled. Share your approach with neighbouring municipalities.',
      ),
    },
    action: {
      id: 'subsidies_versterken',
      title: x(
        'Scheid toekenning en controle van subsidies',
        'Separate award and control of subsidies',
      ),
      description: x(
        'Leg functiescheiding vast en plan een jaarlijkse steekproef op de besteding.',
        'Record segregation of duties and plan a yearly sample of spending.',
      ),
    },
  },
  {
    id: 'vastgoed',
    title: x('Vastgoed', 'Real estate'),
    intro: x(
      'Aan- en verkoop, verhuur en erfpacht van gemeentelijk vastgoed: aantrekkelijk om crimineel geld te stallen.',
      'Buying, selling, letting and leasing municipal property: attractive for parking criminal money.',
    ),
    controls: [
      common.fourEyes(
        'Transacties worden door twee medewerkers beoordeeld en door een bevoegd persoon getekend',
        'Transactions are assessed by two employees and signed by an authorised person',
      ),
      c(
        'bibob_toets',
        'Kopers en huurders worden bij transacties boven een drempel gescreend',
        'Buyers and tenants are screened for transactions above a threshold',
      ),
      c(
        'marktconform',
        'Prijzen worden onafhankelijk getaxeerd (marktconformiteit)',
        'Prices are valued independently (market conformity)',
      ),
      common.logging(
        'Besluiten en afwegingen over transacties worden vastgelegd',
        'Decisions and considerations on transactions are recorded',
      ),
      common.reporting,
    ],
    exposure: x(
      'Hoe groot is de blootstelling van vastgoedtransacties aan ondermijning of ongewenste druk?',
      'How exposed are property transactions to subversive crime or undue pressure?',
    ),
    advice: {
      zwak: x(
        'Vastgoed is kwetsbaar. Stel een drempel vast waarboven kopers en huurders gescreend worden, en laat altijd onafhankelijk taxeren.',
        'Real estate is vulnerable. Set a threshold above which buyers and tenants are screened, and always have an independent valuation.',
      ),
      matig: x(
        'Er zijn afspraken, maar niet voor elke transactie. Leg de afwegingen vast, ook bij verhuur en erfpacht.',
        'There are agreements, but not for every transaction. Record the considerations, for letting and leasing too.',
      ),
      sterk: x(
        'Vastgoedtransacties zijn goed beschermd. Houd de drempel en de lijst van screeningen actueel.',
        'Property transactions are well protected. Keep the threshold and screening list up to date.',
      ),
    },
    action: {
      id: 'vastgoed_versterken',
      title: x(
        'Screen kopers en huurders van gemeentelijk vastgoed',
        'Screen buyers and tenants of municipal property',
      ),
      description: x(
        'Stel een drempelbedrag vast en neem vastgoed op in het Bibob-beleid.',
        'Set a threshold amount and include real estate in the Bibob policy.',
      ),
    },
  },
  {
    id: 'inkoop',
    title: x('Inkoop en aanbesteding', 'Procurement and tendering'),
    intro: x(
      'Opdrachten aan leveranciers en aannemers: kans op omkoping, bevoordeling en criminele onderaannemers.',
      'Contracts with suppliers and contractors: risk of bribery, favouritism and criminal subcontractors.',
    ),
    controls: [
      common.fourEyes(
        'Beoordeling van inschrijvingen gebeurt door meerdere beoordelaars',
        'Bids are assessed by several assessors',
      ),
      c(
        'functiescheiding',
        'Wie een opdracht verstrekt, keurt niet ook de facturen goed (functiescheiding)',
        'Whoever awards a contract does not also approve its invoices (segregation of duties)',
      ),
      c(
        'bibob_toets',
        'Inschrijvers en onderaannemers worden bij risicovolle opdrachten gescreend',
        'Bidders and subcontractors are screened for risky contracts',
      ),
      c(
        'belangen',
        'Betrokkenen melden vooraf mogelijke belangenverstrengeling',
        'People involved declare possible conflicts of interest in advance',
      ),
      common.reporting,
    ],
    exposure: x(
      'Hoe groot is de blootstelling van inkoop en aanbesteding aan ondermijning of ongewenste druk?',
      'How exposed is procurement to subversive crime or undue pressure?',
    ),
    advice: {
      zwak: x(
        'Inkoop is kwetsbaar. Scheid verstrekken en betalen, en laat betrokkenen vooraf hun belangen melden.',
        'Procurement is vulnerable. Separate awarding and paying, and have people declare their interests in advance.',
      ),
      matig: x(
        'De regels zijn er. Let op onderaannemers: daar zit vaak het risico dat buiten beeld blijft.',
        'The rules exist. Watch subcontractors: that is often where the unseen risk is.',
      ),
      sterk: x(
        'Inkoop is goed beheerst. Toets jaarlijks een paar opdrachten achteraf.',
        'Procurement is well controlled. Review a few contracts afterwards every year.',
      ),
    },
    action: {
      id: 'inkoop_versterken',
      title: x(
        'Leg functiescheiding en belangenmelding vast bij inkoop',
        'Record segregation of duties and declarations of interest in procurement',
      ),
      description: x(
        'Maak een verklaring over belangen onderdeel van elke beoordelingscommissie.',
        'Make a declaration of interests part of every assessment panel.',
      ),
    },
  },
  {
    id: 'handhaving',
    title: x('Toezicht en handhaving', 'Supervision and enforcement'),
    intro: x(
      'Handhavers en toezichthouders staan in de frontlinie: zij worden benaderd, bedreigd of onder druk gezet om weg te kijken.',
      'Inspectors and enforcement officers are on the front line: they are approached, threatened or pressured to look away.',
    ),
    controls: [
      common.fourEyes(
        'Controles in risicovolle situaties worden met z’n tweeën uitgevoerd',
        'Inspections in risky situations are carried out in pairs',
      ),
      common.rotation(
        'Handhavers rouleren tussen gebieden of branches',
        'Enforcement officers rotate between areas or sectors',
      ),
      c(
        'besluitvorming',
        'Besluiten om niet te handhaven worden gemotiveerd vastgelegd',
        'Decisions not to enforce are recorded with reasons',
      ),
      common.awareness(
        'Handhavers zijn getraind in omgaan met intimidatie en benadering',
        'Enforcement officers are trained to deal with intimidation and approaches',
      ),
      common.reporting,
    ],
    exposure: x(
      'Hoe groot is de blootstelling van toezicht en handhaving aan ondermijning of ongewenste druk?',
      'How exposed are supervision and enforcement to subversive crime or undue pressure?',
    ),
    advice: {
      zwak: x(
        'Handhavers staan er nu te veel alleen voor. Laat risicovolle controles met z’n tweeën doen en zorg dat elke benadering gemeld kan worden.',
        'Enforcement officers are too much on their own. Have risky inspections done in pairs and make sure every approach can be reported.',
      ),
      matig: x(
        'De basis is er. Leg vast waarom er niet gehandhaafd wordt: dat beschermt ook de handhaver.',
        'The basics are there. Record why there is no enforcement: that protects the officer too.',
      ),
      sterk: x(
        'Toezicht en handhaving zijn goed beschermd. Bespreek meldingen van druk regelmatig in het team.',
        'Supervision and enforcement are well protected. Discuss reports of pressure regularly in the team.',
      ),
    },
    action: {
      id: 'handhaving_versterken',
      title: x('Bescherm handhavers tegen druk', 'Protect enforcement officers against pressure'),
      description: x(
        'Werk in tweetallen bij risicovolle controles, rouleer en bied de training omgaan met intimidatie aan.',
        'Work in pairs on risky inspections, rotate, and offer the training on dealing with intimidation.',
      ),
    },
  },
  {
    id: 'screening',
    title: x('Screening van personeel', 'Personnel screening'),
    intro: x(
      'Wie op een kwetsbare functie komt, kan zelf doelwit of ingang zijn. Screening en integriteitsbeleid beperken dat risico.',
      'Whoever holds a vulnerable position can be a target or a way in. Screening and integrity policy limit that risk.',
    ),
    controls: [
      c(
        'kwetsbare_functies',
        'Kwetsbare functies zijn benoemd en worden periodiek herzien',
        'Vulnerable positions are identified and reviewed periodically',
      ),
      c(
        'vog',
        'Voor kwetsbare functies is een VOG of screening verplicht bij indiensttreding',
        'A certificate of conduct or screening is required on hiring for vulnerable positions',
      ),
      c(
        'herscreening',
        'Medewerkers op kwetsbare functies worden periodiek opnieuw gescreend',
        'Staff in vulnerable positions are re-screened periodically',
      ),
      common.awareness(
        'Integriteit en de eed of belofte komen jaarlijks aan bod in het werkoverleg',
        'Integrity and the oath or affirmation are discussed yearly in team meetings',
      ),
      common.reporting,
    ],
    exposure: x(
      'Hoe groot is de kans dat medewerkers op kwetsbare functies worden benaderd of onder druk gezet?',
      'How likely is it that staff in vulnerable positions are approached or put under pressure?',
    ),
    advice: {
      zwak: x(
        'Benoem eerst welke functies kwetsbaar zijn. Zonder die lijst is screening willekeurig.',
        'First identify which positions are vulnerable. Without that list, screening is arbitrary.',
      ),
      matig: x(
        'Screening bij indiensttreding gebeurt. Plan ook herscreening: omstandigheden van mensen veranderen.',
        'Screening on hiring happens. Plan re-screening too: people’s circumstances change.',
      ),
      sterk: x(
        'Screening is goed geregeld. Houd de lijst van kwetsbare functies jaarlijks actueel.',
        'Screening is well arranged. Keep the list of vulnerable positions up to date every year.',
      ),
    },
    action: {
      id: 'screening_versterken',
      title: x(
        'Stel de lijst van kwetsbare functies vast',
        'Adopt the list of vulnerable positions',
      ),
      description: x(
        'Koppel er screening bij indiensttreding en periodieke herscreening aan.',
        'Link screening on hiring and periodic re-screening to it.',
      ),
    },
  },
  {
    id: 'informatiebeveiliging',
    title: x('Informatiebeveiliging', 'Information security'),
    intro: x(
      'Gegevens over inwoners, vergunningen en onderzoeken zijn waardevol voor criminelen. Lekken gebeurt vaak van binnenuit.',
      'Data on residents, permits and investigations are valuable to criminals. Leaks often come from inside.',
    ),
    controls: [
      c(
        'autorisaties',
        'Toegang tot systemen volgt de functie en wordt periodiek herzien',
        'Access to systems follows the job and is reviewed periodically',
      ),
      common.logging(
        'Raadplegingen van gevoelige gegevens worden gelogd en steekproefsgewijs gecontroleerd',
        'Look-ups of sensitive data are logged and checked by sampling',
      ),
      c(
        'functiescheiding',
        'Beheerders kunnen hun eigen handelingen niet goedkeuren of wissen',
        'Administrators cannot approve or erase their own actions',
      ),
      common.awareness(
        'Medewerkers volgen jaarlijks bewustwording over phishing en het omgaan met gegevens',
        'Staff follow yearly awareness on phishing and data handling',
      ),
      common.reporting,
    ],
    exposure: x(
      'Hoe groot is de blootstelling van uw gegevens aan misbruik, lekken of ongewenste druk?',
      'How exposed is your data to misuse, leaks or undue pressure?',
    ),
    advice: {
      zwak: x(
        'Informatiebeveiliging is kwetsbaar. Begin met een herziening van autorisaties en het loggen van raadplegingen van gevoelige gegevens.',
        'Information security is vulnerable. Start by reviewing access rights and logging look-ups of sensitive data.',
      ),
      matig: x(
        'Logging is er, maar wordt nog niet bekeken. Plan een maandelijkse steekproef.',
        'Logging exists but is not yet reviewed. Plan a monthly sample.',
      ),
      sterk: x(
        'Informatiebeveiliging is op orde. Blijf oefenen met incidenten en lekken.',
        'Information security is in order. Keep practising incidents and leaks.',
      ),
    },
    action: {
      id: 'informatiebeveiliging_versterken',
      title: x(
        'Herzie autorisaties en controleer de logging',
        'Review access rights and check the logging',
      ),
      description: x(
        'Laat de CISO of privacy officer jaarlijks autorisaties herzien en maandelijks een steekproef doen.',
        'Have the CISO or privacy officer review access rights yearly and sample the logs monthly.',
      ),
    },
  },
];

export const KWETSBARE_PROCESSEN: DefinitionInput = {
  formatVersion: 1,
  key: 'scan-kwetsbare-processen',
  title: t('Scan kwetsbare processen', 'Scan of vulnerable processes'),
  summary: t(
    'Welke processen van uw organisatie zijn kwetsbaar voor ondermijning en ongewenste druk? Een teamscan met risicomatrix en verbeterplan.',
    'Which processes of your organisation are vulnerable to subversive crime and undue pressure? A team scan with a risk matrix and improvement plan.',
  ),
  estimatedMinutes: 40,
  intro: md(
    `
    Met deze scan beoordeelt u als team per proces hoe goed de beheersmaatregelen werken en hoe groot
    de blootstelling is. Samen bepalen die de plek in de **risicomatrix**. Zwakke plekken worden
    punten in een **verbeterplan** met een eigenaar en een datum. Herhaal de scan jaarlijks: u ziet dan
    wat er veranderd is, en open punten gaan mee naar het nieuwe plan.

    - Vul de scan samen in, met collega's van vergunningen, subsidies, vastgoed, inkoop, handhaving, P&O en informatiebeveiliging.
    - Noem geen namen van personen of casussen.
  `,
    `
    With this scan your team assesses, per process, how well the controls work and how exposed the
    process is. Together they set its place in the **risk matrix**. Weak spots become items in an
    **improvement plan** with an owner and a date. Repeat the scan yearly: you see what changed, and
    open items carry over to the new plan.

    - Fill in the scan together, with colleagues from permits, subsidies, real estate, procurement, enforcement, HR and information security.
    - Do not name people or cases.
  `,
  ),
  privacy: {
    respondent: 'team',
    answersVisibleToRoles: ['org_admin'],
    aggregates: { visibleToRoles: ['org_admin'], consent: 'implied', minResponses: 5 },
    exportResponses: 'scores',
    retention: { submittedDays: 1825, unfinishedDays: 180 },
    encryption: 'data',
    benchmark: { enabled: false },
  },
  scoring: {
    direction: 'higher_is_better',
    bands: [
      { id: BANDS[0], label: t('Zwak', 'Weak'), from: 0, to: 40 },
      { id: BANDS[1], label: t('Matig', 'Moderate'), from: 40, to: 70 },
      { id: BANDS[2], label: t('Sterk', 'Strong'), from: 70, to: 100 },
    ],
    totalAdvice: {
      zwak: md(`
        Meerdere processen zijn kwetsbaar. Begin bij de processen in de cellen met **hoog risico** van
        de matrix en maak ze dit jaar weerbaarder. Kleinere gemeenten kunnen dit samen met het RIEC
        en buurgemeenten oppakken.
      `),
      matig: md(`
        De basis is er, maar niet overal. Richt het verbeterplan op de processen met de grootste
        blootstelling en toets of maatregelen ook echt worden toegepast.
      `),
      sterk: md(`
        Uw processen zijn goed beschermd. Houd dat vast: herhaal de scan jaarlijks en bespreek de
        uitkomst met het college.
      `),
    },
  },
  sections: PROCESSES.map(processSection),
};
