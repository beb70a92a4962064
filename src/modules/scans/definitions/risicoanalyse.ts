import type { DefinitionInput } from '../../questionnaires';
import { md, opt, t } from './helpers';

/**
 * Risicoanalyse integriteit kandidaat-wethouder / -gedeputeerde (confidential).
 * The commissioner (mayor or King's Commissioner, or an integrity officer they
 * designate) commissions it; the candidate answers. Each section is a risk
 * area; the result is the attention per area and a discussion guide for the
 * confidential conversation before the appointment. Nothing is aggregated or
 * exported; answers are encrypted with the organisation's integrity key.
 */

const COMMISSION = 'gemeente of provincie';

export const RISICOANALYSE: DefinitionInput = {
  formatVersion: 1,
  key: 'risicoanalyse-integriteit-kandidaat',
  title: t(
    'Risicoanalyse integriteit kandidaat-wethouder of -gedeputeerde',
    'Integrity risk analysis for a candidate alderman or deputy',
  ),
  summary: t(
    'Vertrouwelijke vragenlijst voor de kandidaat, als voorbereiding op het integriteitsgesprek vóór de benoeming.',
    'Confidential questionnaire for the candidate, to prepare the integrity conversation before appointment.',
  ),
  estimatedMinutes: 25,
  intro: md(`
    Voordat u als wethouder of gedeputeerde wordt benoemd, wordt een risicoanalyse integriteit
    uitgevoerd. Deze vragenlijst is daar de voorbereiding op. Het resultaat is **geen oordeel** over u,
    maar een leidraad voor het vertrouwelijke gesprek: welke onderwerpen verdienen aandacht, en welke
    afspraken helpen u om in uw nieuwe functie onafhankelijk te kunnen werken.

    - Uw antwoorden zijn alleen zichtbaar voor u en voor degene die de analyse heeft laten uitvoeren
      (de burgemeester of de commissaris van de Koning, of een door hen aangewezen
      integriteitsfunctionaris). Ze worden niet gedeeld met de fractie, de raad of Staten.
    - Antwoord naar waarheid. Iets wat nu op tafel komt, is bijna altijd op te lossen; iets wat later
      uitkomt, veel minder.
    - Twijfelt u of iets relevant is? Noem het, of geef aan dat u het in het gesprek wilt bespreken.
  `),
  privacy: {
    respondent: 'commissioned',
    commissionerRoles: ['integrity_officer'],
    aggregates: { visibleToRoles: [], consent: 'none', minResponses: 5 },
    exportResponses: 'none',
    retention: { submittedDays: 1460, unfinishedDays: 90 },
    encryption: 'integrity',
    benchmark: { enabled: false },
  },
  scoring: {
    direction: 'higher_is_more_risk',
    showTotal: false,
    bands: [
      {
        id: 'laag',
        label: t('Geen bijzondere aandacht', 'No particular attention'),
        from: 0,
        to: 25,
      },
      {
        id: 'midden',
        label: t('Bespreken in het gesprek', 'Discuss in the conversation'),
        from: 25,
        to: 60,
      },
      {
        id: 'hoog',
        label: t('Nader onderzoek of afspraken nodig', 'Further inquiry or arrangements needed'),
        from: 60,
        to: 100,
      },
    ],
  },
  sections: [
    {
      id: 'benoeming',
      title: t('Over de benoeming', 'About the appointment'),
      weight: 0,
      questions: [
        {
          id: 'ambt',
          type: 'single_choice',
          text: t('Voor welk ambt bent u kandidaat?', 'For which office are you a candidate?'),
          options: [
            opt('wethouder', 'Wethouder', 'Alderman'),
            opt('gedeputeerde', 'Gedeputeerde', 'Deputy'),
          ],
        },
        {
          id: 'portefeuille',
          type: 'text',
          required: false,
          maxLength: 300,
          text: t(
            'Welke portefeuille is voorzien, voor zover bekend?',
            'Which portfolio is planned, as far as known?',
          ),
        },
        {
          id: 'eerder_bestuurder',
          type: 'yes_no',
          text: t(
            'Bent u eerder wethouder, gedeputeerde of bestuurder van een overheidsorganisatie geweest?',
            'Have you previously been an alderman, deputy or director of a public body?',
          ),
        },
      ],
    },
    {
      id: 'financieel',
      title: t('Financiële belangen', 'Financial interests'),
      questions: [
        {
          id: 'zakelijke_belangen',
          type: 'yes_no',
          text: t(
            `Heeft u of uw partner aandelen, een eigen onderneming of een ander financieel belang in een bedrijf dat zaken doet met of in deze ${COMMISSION}?`,
            'Do you or your partner hold shares, own a business or have another financial interest in a company doing business with or in this municipality or province?',
          ),
          points: { yes: 3, no: 0 },
          followUp: {
            when: true,
            question: {
              id: 'zakelijke_belangen_toelichting',
              type: 'text',
              multiline: true,
              maxLength: 2000,
              text: t(
                'Welke belangen zijn dit, en wat bent u van plan ermee te doen bij uw benoeming (verkopen, onderbrengen in beheer op afstand, aanhouden)?',
                'What interests are these, and what do you plan to do with them on appointment (sell, place in blind management, keep)?',
              ),
            },
          },
        },
        {
          id: 'vastgoed',
          type: 'yes_no',
          text: t(
            `Bezit u of uw partner onroerend goed of grond in deze ${COMMISSION}, anders dan uw eigen woning?`,
            'Do you or your partner own property or land in this municipality or province, other than your own home?',
          ),
          points: { yes: 2, no: 0 },
        },
        {
          id: 'financiele_kwetsbaarheid',
          type: 'single_choice',
          text: t(
            'Zijn er financiële omstandigheden die u kwetsbaar kunnen maken voor druk van buitenaf, zoals problematische schulden of een lopend geschil met de Belastingdienst?',
            'Are there financial circumstances that could make you vulnerable to outside pressure, such as problem debts or a pending dispute with the tax authority?',
          ),
          options: [
            opt('nee', 'Nee', 'No', 0),
            opt('opgelost', 'Ja, maar dat is opgelost', 'Yes, but it has been resolved', 1),
            opt(
              'gesprek',
              'Dat bespreek ik liever in het gesprek',
              'I prefer to discuss this in the conversation',
              2,
            ),
            opt('ja', 'Ja', 'Yes', 3),
          ],
        },
      ],
      advice: {
        laag: md(
          'Uit uw antwoorden komen geen financiële belangen naar voren die om bijzondere aandacht vragen.',
        ),
        midden: md(`
          Er zijn financiële belangen die in het gesprek aan de orde komen. Vaak volstaat een afspraak over
          **openbaarmaking** en over wanneer u zich bij besluitvorming **onthoudt**.
        `),
        hoog: md(`
          Uw financiële belangen kunnen raken aan uw nieuwe portefeuille. Bespreek vóór de benoeming welke
          maatregelen nodig zijn, zoals afstoten, beheer op afstand of een andere portefeuilleverdeling.
        `),
      },
      actions: [
        {
          id: 'gesprek_belangen',
          kind: 'discussion_point',
          title: t(
            'Bespreek hoe de zakelijke belangen op afstand worden gezet',
            'Discuss how the business interests will be put at a distance',
          ),
          when: { question: 'zakelijke_belangen', equals: true },
        },
        {
          id: 'gesprek_vastgoed',
          kind: 'discussion_point',
          title: t(
            'Breng het vastgoed in kaart en spreek af wanneer de kandidaat zich onthoudt',
            'Map the property and agree when the candidate abstains',
          ),
          when: { question: 'vastgoed', equals: true },
        },
        {
          id: 'gesprek_financiele_druk',
          kind: 'discussion_point',
          title: t(
            'Bespreek de financiële situatie en mogelijke chantabiliteit',
            'Discuss the financial situation and possible exposure to blackmail',
          ),
          when: { question: 'financiele_kwetsbaarheid', in: ['gesprek', 'ja'] },
        },
        {
          id: 'belangen_openbaar',
          title: t(
            'Maak financiële belangen openbaar in het register',
            'Publish financial interests in the register',
          ),
          bands: ['midden', 'hoog'],
          toolkit: { key: 'register-nevenfuncties-en-belangen' },
        },
      ],
    },
    {
      id: 'nevenfuncties',
      title: t('Nevenfuncties', 'Side positions'),
      questions: [
        {
          id: 'nevenfuncties_aantal',
          type: 'number',
          integer: true,
          min: 0,
          max: 50,
          text: t(
            'Hoeveel nevenfuncties heeft u nu, betaald en onbetaald?',
            'How many side positions do you hold now, paid and unpaid?',
          ),
          scoring: {
            ranges: [
              { max: 0, points: 0 },
              { max: 2, points: 1 },
              { max: 5, points: 2 },
            ],
            otherwise: 3,
          },
        },
        {
          id: 'nevenfuncties_raakvlak',
          type: 'yes_no',
          text: t(
            `Heeft een van uw nevenfuncties te maken met een organisatie die subsidie, opdrachten of vergunningen krijgt van deze ${COMMISSION}?`,
            'Is any of your side positions with an organisation that receives grants, contracts or permits from this municipality or province?',
          ),
          showIf: { question: 'nevenfuncties_aantal', min: 1 },
          points: { yes: 3, no: 0 },
          followUp: {
            when: true,
            question: {
              id: 'nevenfuncties_welke',
              type: 'text',
              multiline: true,
              maxLength: 2000,
              text: t(
                'Om welke nevenfuncties en organisaties gaat het?',
                'Which side positions and organisations are these?',
              ),
            },
          },
        },
        {
          id: 'nevenfuncties_neerleggen',
          type: 'single_choice',
          text: t(
            'Welke nevenfuncties legt u neer bij uw benoeming?',
            'Which side positions will you give up on appointment?',
          ),
          showIf: { question: 'nevenfuncties_aantal', min: 1 },
          options: [
            opt('alle', 'Alle', 'All', 0),
            opt('deel', 'Een deel', 'Some', 1),
            opt('weet_niet', 'Dat weet ik nog niet', "I don't know yet", 2),
            opt('geen', 'Geen', 'None', 2),
          ],
        },
      ],
      advice: {
        laag: md(
          'Uw nevenfuncties vragen geen bijzondere aandacht. Maak ze wel openbaar, zoals de wet vraagt.',
        ),
        midden: md(`
          Neem in het gesprek de lijst van nevenfuncties door. Bepaal per functie of die te verenigen is met
          het ambt, en of de kandidaat zich bij bepaalde besluiten moet onthouden.
        `),
        hoog: md(`
          Een of meer nevenfuncties raken aan organisaties die afhankelijk zijn van de ${COMMISSION}. Spreek
          vóór de benoeming af welke functies worden neergelegd. De Gemeentewet en de Provinciewet vragen
          bovendien dat wethouders en gedeputeerden hun nevenfuncties openbaar maken.
        `),
      },
      actions: [
        {
          id: 'gesprek_nevenfuncties',
          kind: 'discussion_point',
          title: t(
            'Loop de nevenfuncties één voor één door',
            'Go through the side positions one by one',
          ),
          when: { question: 'nevenfuncties_aantal', min: 1 },
        },
        {
          id: 'gesprek_neerleggen',
          kind: 'discussion_point',
          title: t(
            'Spreek af welke nevenfuncties vóór de benoeming worden neergelegd',
            'Agree which side positions are given up before appointment',
          ),
          when: { question: 'nevenfuncties_raakvlak', equals: true },
        },
        {
          id: 'nevenfuncties_register',
          title: t(
            'Neem de nevenfuncties op in het openbare register',
            'Enter the side positions in the public register',
          ),
          when: { question: 'nevenfuncties_aantal', min: 1 },
          toolkit: { key: 'register-nevenfuncties-en-belangen' },
        },
      ],
    },
    {
      id: 'relaties',
      title: t(
        'Relaties en mogelijke belangenverstrengeling',
        'Relationships and possible conflicts of interest',
      ),
      questions: [
        {
          id: 'banden',
          type: 'matrix',
          text: t(
            'Heeft u, uw partner of naaste familie een zakelijke of nauwe persoonlijke band met:',
            'Do you, your partner or close family have a business or close personal tie with:',
          ),
          items: [
            {
              id: 'ontwikkelaars',
              text: t(
                `ondernemers of projectontwikkelaars die actief zijn in deze ${COMMISSION}`,
                'entrepreneurs or developers active in this municipality or province',
              ),
            },
            {
              id: 'politiek_ambtelijk',
              text: t(
                'raads- of Statenleden, of ambtenaren van deze organisatie',
                'councillors or civil servants of this organisation',
              ),
            },
            {
              id: 'subsidie',
              text: t(
                'organisaties die subsidie van deze organisatie ontvangen',
                'organisations receiving grants from this organisation',
              ),
            },
            {
              id: 'crimineel',
              text: t(
                'personen of organisaties die in verband zijn gebracht met criminaliteit',
                'persons or organisations linked to crime',
              ),
            },
          ],
          scale: [
            opt('nee', 'Nee', 'No', 0),
            opt('weet_niet', 'Weet ik niet zeker', 'Not sure', 1),
            opt('ja', 'Ja', 'Yes', 2),
          ],
        },
        {
          id: 'familie_in_organisatie',
          type: 'yes_no',
          text: t(
            'Werkt uw partner of een familielid bij deze organisatie of bij een organisatie waarin zij deelneemt?',
            'Does your partner or a relative work for this organisation or for a body it takes part in?',
          ),
          points: { yes: 2, no: 0 },
        },
        {
          id: 'banden_toelichting',
          type: 'text',
          required: false,
          multiline: true,
          maxLength: 2000,
          text: t(
            'Wilt u een band die u hierboven noemde toelichten? (niet verplicht; u kunt dit ook in het gesprek doen)',
            'Would you like to explain a tie you mentioned above? (optional; you can also do so in the conversation)',
          ),
        },
      ],
      advice: {
        laag: md('Er komen geen relaties naar voren die tot belangenverstrengeling kunnen leiden.'),
        midden: md(`
          Er zijn relaties die in bepaalde dossiers de schijn van belangenverstrengeling kunnen wekken.
          Spreek af in welke dossiers de kandidaat zich onthoudt en hoe dat wordt vastgelegd.
        `),
        hoog: md(`
          Er zijn relaties die bij benoeming tot belangenverstrengeling kunnen leiden. Bespreek ze
          uitgebreid en overweeg een andere portefeuilleverdeling of nader onderzoek.
        `),
      },
      actions: [
        {
          id: 'gesprek_relaties',
          kind: 'discussion_point',
          title: t(
            'Bespreek de genoemde relaties en in welke dossiers de kandidaat zich onthoudt',
            'Discuss the ties named and in which files the candidate abstains',
          ),
          bands: ['midden', 'hoog'],
        },
        {
          id: 'gesprek_familie',
          kind: 'discussion_point',
          title: t(
            'Bespreek de werkrelatie met familieleden in de organisatie',
            'Discuss the working relationship with relatives in the organisation',
          ),
          when: { question: 'familie_in_organisatie', equals: true },
        },
        {
          id: 'nader_onderzoek',
          title: t(
            'Overweeg nader onderzoek (bijvoorbeeld open bronnen) vóór de benoeming',
            'Consider further inquiry (e.g. open sources) before appointment',
          ),
          bands: ['hoog'],
        },
      ],
    },
    {
      id: 'verleden',
      title: t('Gedrag in het verleden', 'Past conduct'),
      questions: [
        {
          id: 'strafrecht',
          type: 'yes_no',
          text: t(
            'Bent u ooit verdachte geweest in een strafzaak, of betrokken bij een strafrechtelijk of bestuursrechtelijk onderzoek?',
            'Have you ever been a suspect in a criminal case, or involved in a criminal or administrative investigation?',
          ),
          points: { yes: 3, no: 0 },
          followUp: {
            when: true,
            question: {
              id: 'strafrecht_toelichting',
              type: 'text',
              multiline: true,
              maxLength: 2000,
              text: t(
                'Waar ging het om, en hoe is het afgelopen?',
                'What was it about, and how did it end?',
              ),
            },
          },
        },
        {
          id: 'integriteitsonderzoek',
          type: 'yes_no',
          text: t(
            'Is er eerder een integriteitsonderzoek naar u ingesteld, of een klacht over uw integriteit ingediend?',
            'Has an integrity investigation ever been opened into you, or an integrity complaint been filed against you?',
          ),
          points: { yes: 3, no: 0 },
        },
        {
          id: 'uitingen',
          type: 'likert',
          text: t(
            'Er zijn uitspraken of berichten van mij, bijvoorbeeld op sociale media, die in de nieuwe functie tot vragen kunnen leiden.',
            'There are statements or posts of mine, for example on social media, that could raise questions in the new role.',
          ),
          scale: {
            from: 1,
            to: 5,
            fromLabel: t('Zeker niet', 'Certainly not'),
            toLabel: t('Zeker wel', 'Certainly'),
          },
          scoring: { perStep: 1 },
        },
        {
          id: 'chantabel',
          type: 'yes_no',
          text: t(
            'Zijn er omstandigheden in uw leven waarmee iemand u onder druk zou kunnen zetten als ze bekend worden?',
            'Are there circumstances in your life someone could use to put pressure on you if they became known?',
          ),
          help: md(
            'U hoeft hier niets toe te lichten; het gesprek is de plek om dit vertrouwelijk te bespreken.',
          ),
          points: { yes: 3, no: 0 },
        },
      ],
      advice: {
        laag: md(
          'Uit uw antwoorden komt niets naar voren uit het verleden dat om bijzondere aandacht vraagt.',
        ),
        midden: md(`
          Er zijn gebeurtenissen of uitingen uit het verleden die in de nieuwe functie aandacht kunnen
          krijgen. Bespreek hoe de kandidaat ermee omgaat als ze openbaar worden.
        `),
        hoog: md(`
          Er zijn zaken uit het verleden die de benoeming kunnen raken. Bespreek ze vertrouwelijk en ga na of
          nader onderzoek of aanvullende informatie nodig is.
        `),
      },
      actions: [
        {
          id: 'gesprek_verleden',
          kind: 'discussion_point',
          title: t(
            'Bespreek het eerdere onderzoek of de strafzaak en de afloop',
            'Discuss the earlier investigation or criminal case and its outcome',
          ),
          when: {
            any: [
              { question: 'strafrecht', equals: true },
              { question: 'integriteitsonderzoek', equals: true },
            ],
          },
        },
        {
          id: 'gesprek_uitingen',
          kind: 'discussion_point',
          title: t(
            'Bespreek eerdere openbare uitingen en hoe de kandidaat daarop reageert als ze ter sprake komen',
            'Discuss earlier public statements and how the candidate responds if they come up',
          ),
          when: { question: 'uitingen', min: 3 },
        },
        {
          id: 'gesprek_druk',
          kind: 'discussion_point',
          title: t(
            'Bespreek vertrouwelijk wat de kandidaat kwetsbaar maakt voor druk',
            'Discuss confidentially what makes the candidate vulnerable to pressure',
          ),
          when: { question: 'chantabel', equals: true },
        },
      ],
    },
    {
      id: 'vog',
      title: t('Verklaring Omtrent het Gedrag (VOG)', 'Certificate of conduct (VOG)'),
      questions: [
        {
          id: 'vog_status',
          type: 'single_choice',
          text: t(
            'Wat is de status van uw VOG?',
            'What is the status of your certificate of conduct?',
          ),
          options: [
            opt('niet_aangevraagd', 'Nog niet aangevraagd', 'Not yet requested', 2),
            opt('aangevraagd', 'Aangevraagd', 'Requested', 1),
            opt('ontvangen', 'Ontvangen', 'Received', 0),
          ],
        },
        {
          id: 'vog_aangevraagd_op',
          type: 'date',
          text: t('Wanneer heeft u de VOG aangevraagd?', 'When did you request the certificate?'),
          showIf: { question: 'vog_status', in: ['aangevraagd', 'ontvangen'] },
          notAfterToday: true,
        },
        {
          id: 'vog_ontvangen_op',
          type: 'date',
          text: t(
            'Op welke datum heeft u de VOG ontvangen?',
            'On which date did you receive the certificate?',
          ),
          showIf: { question: 'vog_status', equals: 'ontvangen' },
          notAfterToday: true,
        },
        {
          id: 'vog_belemmering',
          type: 'yes_no',
          text: t(
            'Verwacht u dat iets de afgifte van de VOG kan belemmeren?',
            'Do you expect anything could prevent the certificate from being issued?',
          ),
          points: { yes: 3, no: 0 },
        },
      ],
      advice: {
        laag: md('De VOG is ontvangen en er worden geen belemmeringen verwacht.'),
        midden: md(`
          De VOG is nog niet binnen. Een wethouder of gedeputeerde kan pas worden benoemd als de VOG er is;
          houd de datum van ontvangst bij in het volgoverzicht.
        `),
        hoog: md(`
          Er is een risico dat de VOG niet wordt afgegeven. Bespreek dit vóór de voordracht, zodat er geen
          benoeming wordt voorbereid die niet door kan gaan.
        `),
      },
      actions: [
        {
          id: 'vog_aanvragen',
          title: t(
            'Vraag de VOG direct aan bij Justis',
            'Request the certificate from Justis right away',
          ),
          when: { question: 'vog_status', equals: 'niet_aangevraagd' },
          toolkit: { key: 'vog-aanvragen', url: 'https://www.justis.nl' },
        },
        {
          id: 'gesprek_vog',
          kind: 'discussion_point',
          title: t(
            'Bespreek wat de afgifte van de VOG kan belemmeren',
            'Discuss what could prevent the certificate being issued',
          ),
          when: { question: 'vog_belemmering', equals: true },
        },
      ],
    },
  ],
};
