import type { DefinitionInput } from '../../questionnaires';
import { md, opt, t } from './helpers';

/**
 * Zelfscan informatiepositie gemeente: a team of the municipality (public
 * order and safety, Bibob, licensing, enforcement, information management)
 * maps how well the municipality sees subversive crime, theme by theme, and
 * gets a maturity score per theme with concrete next steps.
 */

const BANDS = ['beginnend', 'in_ontwikkeling', 'gevorderd'] as const;
const early = ['beginnend', 'in_ontwikkeling'];

const FREQUENCY = [
  opt('nooit', 'Nooit', 'Never', 0),
  opt('soms', 'Soms', 'Sometimes', 1),
  opt('meestal', 'Meestal', 'Usually', 2),
  opt('altijd', 'Altijd', 'Always', 3),
];

const AGREE = {
  from: 1,
  to: 5,
  fromLabel: t('Helemaal oneens', 'Strongly disagree'),
  toLabel: t('Helemaal eens', 'Strongly agree'),
};

export const INFORMATIEPOSITIE: DefinitionInput = {
  formatVersion: 1,
  key: 'zelfscan-informatiepositie',
  title: t('Zelfscan informatiepositie gemeente', 'Self-scan: municipal information position'),
  summary: t(
    'Hoe goed ziet uw gemeente ondermijning aankomen? Een scan voor een team, per thema met vervolgstappen.',
    'How well does your municipality see subversive crime coming? A team scan with next steps per theme.',
  ),
  estimatedMinutes: 30,
  intro: md(`
    Met deze zelfscan brengt u als team in beeld hoe uw gemeente informatie over ondermijning
    verzamelt, deelt, analyseert en gebruikt. Vul de scan bij voorkeur samen in, met collega's van
    openbare orde en veiligheid, Bibob, vergunningverlening, toezicht en handhaving en
    informatiebeheer.

    - Er zijn geen goede of foute antwoorden: een eerlijk beeld levert de bruikbaarste vervolgstappen op.
    - U kunt tussentijds opslaan en later verder gaan; uw teamleden zien dezelfde antwoorden.
    - Noem in de toelichtingen geen namen van personen of casussen.
  `),
  privacy: {
    respondent: 'team',
    answersVisibleToRoles: ['org_admin'],
    aggregates: { visibleToRoles: ['org_admin'], consent: 'implied', minResponses: 5 },
    exportResponses: 'scores',
    retention: { submittedDays: 1825, unfinishedDays: 180 },
    encryption: 'data',
    benchmark: { enabled: true },
  },
  scoring: {
    direction: 'higher_is_better',
    bands: [
      { id: BANDS[0], label: t('Beginnend', 'Starting'), from: 0, to: 40 },
      { id: BANDS[1], label: t('In ontwikkeling', 'Developing'), from: 40, to: 70 },
      { id: BANDS[2], label: t('Gevorderd', 'Advanced'), from: 70, to: 100 },
    ],
    totalAdvice: {
      beginnend: md(`
        Uw gemeente staat aan het begin. Dat is geen verwijt: veel gemeenten, vooral kleinere, missen
        de capaciteit om dit alleen op te bouwen. Kies **één of twee thema's** met de laagste score en
        maak daar dit jaar werk van, liefst samen met het RIEC en buurgemeenten.
      `),
      in_ontwikkeling: md(`
        De basis is er, maar nog niet overal even stevig. Leg vast wat al goed werkt, zodat het niet
        afhangt van één persoon, en richt u op de thema's die achterblijven.
      `),
      gevorderd: md(`
        Uw gemeente heeft een sterke informatiepositie. Houd die vast met een jaarlijkse evaluatie en
        deel uw werkwijze met buurgemeenten: dat versterkt ook uw eigen beeld.
      `),
    },
  },
  sections: [
    {
      id: 'context',
      title: t('Over uw gemeente en deze scan', 'About your municipality and this scan'),
      weight: 0,
      questions: [
        {
          id: 'inwoners',
          type: 'number',
          text: t(
            'Hoeveel inwoners heeft uw gemeente ongeveer?',
            'About how many inhabitants does your municipality have?',
          ),
          integer: true,
          min: 0,
          max: 1_500_000,
          unit: t('inwoners', 'inhabitants'),
        },
        {
          id: 'rollen_team',
          type: 'multiple_choice',
          text: t(
            'Welke disciplines vullen deze scan samen in?',
            'Which disciplines fill in this scan together?',
          ),
          options: [
            opt('oov', 'Openbare orde en veiligheid', 'Public order and safety'),
            opt('bibob', 'Bibob', 'Bibob (integrity screening)'),
            opt('vergunningen', 'Vergunningverlening', 'Licensing'),
            opt('handhaving', 'Toezicht en handhaving', 'Supervision and enforcement'),
            opt('burgerzaken', 'Burgerzaken / BRP', 'Civil affairs / population register'),
            opt('sociaal_domein', 'Sociaal domein', 'Social domain'),
            opt(
              'informatiebeheer',
              'Informatiebeheer en privacy',
              'Information management and privacy',
            ),
            opt('anders', 'Anders', 'Other'),
          ],
        },
        {
          id: 'peildatum',
          type: 'date',
          text: t(
            'Op welke datum geldt deze inventarisatie?',
            'On which date does this inventory apply?',
          ),
          notAfterToday: true,
        },
      ],
      actions: [
        {
          id: 'regionaal_optrekken',
          title: t(
            'Trek op met buurgemeenten en het RIEC',
            'Join forces with neighbouring municipalities and the RIEC',
          ),
          description: md(`
            Een gemeente van deze omvang hoeft niet alles zelf te organiseren. Deel analysecapaciteit,
            een Bibob-loket of een informatieknooppunt met buurgemeenten, met het RIEC als verbinder.
          `),
          when: { question: 'inwoners', max: 50_000 },
          toolkit: { key: 'regionale-samenwerking-ondermijning' },
        },
      ],
    },
    {
      id: 'bronnen',
      title: t('Databronnen over ondermijning', 'Data sources on subversive crime'),
      intro: md('Welke informatie gebruikt uw gemeente om signalen van ondermijning te zien?'),
      questions: [
        {
          id: 'bronnen_gebruikt',
          type: 'multiple_choice',
          text: t(
            'Welke bronnen gebruikt uw gemeente structureel voor signalen van ondermijning?',
            'Which sources does your municipality use routinely for signals of subversive crime?',
          ),
          help: md(
            'Structureel betekent: op een vaste manier en met een vaste frequentie, niet alleen bij toeval.',
          ),
          options: [
            opt(
              'brp',
              'Basisregistratie Personen (bijvoorbeeld opvallende inschrijvingen op één adres)',
              'Population register (e.g. many registrations at one address)',
              1,
            ),
            opt('kvk', 'Handelsregister van de KVK', 'Chamber of Commerce trade register', 1),
            opt(
              'kadaster',
              'Kadaster en vastgoedtransacties',
              'Land registry and property transactions',
              1,
            ),
            opt(
              'meldingen',
              'Meldingen van inwoners en ondernemers',
              'Reports from residents and businesses',
              1,
            ),
            opt(
              'toezicht',
              'Signalen van toezichthouders en handhavers',
              'Signals from inspectors and enforcement officers',
              1,
            ),
            opt(
              'sociaal_domein',
              'Signalen uit het sociaal domein (binnen de privacyregels)',
              'Signals from the social domain (within privacy rules)',
              1,
            ),
            opt('bibob', 'Uitkomsten van Bibob-onderzoeken', 'Outcomes of Bibob screenings', 1),
            opt(
              'zicht_op_ondermijning',
              'Het dashboard Zicht op Ondermijning',
              "The 'Zicht op Ondermijning' dashboard",
              1,
            ),
            { ...opt('geen', 'Geen van deze', 'None of these', 0), exclusive: true },
          ],
        },
        {
          id: 'signalen_vastleggen',
          type: 'single_choice',
          text: t(
            'Hoe worden signalen van ondermijning binnen de gemeente vastgelegd?',
            'How are signals of subversive crime recorded within the municipality?',
          ),
          options: [
            opt(
              'niet',
              'Niet structureel; signalen blijven bij de medewerker',
              'Not routinely; signals stay with the employee',
              0,
            ),
            opt(
              'per_afdeling',
              'Per afdeling, in eigen systemen',
              'Per department, in its own systems',
              1,
            ),
            opt(
              'centraal',
              'Centraal, in één registratie met een vaste eigenaar',
              'Centrally, in one register with a fixed owner',
              2,
            ),
            opt(
              'centraal_analyse',
              'Centraal én periodiek geanalyseerd',
              'Centrally and analysed periodically',
              3,
            ),
          ],
        },
        {
          id: 'bronnen_actueel',
          type: 'likert',
          text: t(
            'De gegevens die wij gebruiken zijn actueel en betrouwbaar genoeg om op te handelen.',
            'The data we use are current and reliable enough to act on.',
          ),
          scale: AGREE,
          scoring: { perStep: 1 },
        },
      ],
      advice: {
        beginnend: md(`
          Signalen zijn er vaak wel, maar ze komen niet samen. Begin klein: spreek af **waar** signalen
          binnenkomen en **wie** ze bekijkt. Een eenvoudige centrale registratie met een vaste eigenaar
          levert al snel een beter beeld op dan een nieuw systeem.
        `),
        in_ontwikkeling: md(`
          U gebruikt al meerdere bronnen. De volgende stap is ze te **combineren**: een adres dat in de
          BRP, het handelsregister en bij handhaving opvalt, zegt meer dan drie losse signalen.
        `),
        gevorderd: md(`
          Uw bronnen zijn op orde. Let op de houdbaarheid: controleer jaarlijks of de gegevens nog
          actueel zijn en of de grondslag voor elk gebruik nog klopt.
        `),
      },
      actions: [
        {
          id: 'centrale_registratie',
          title: t(
            'Richt één centrale registratie van signalen in',
            'Set up one central register of signals',
          ),
          description: md(
            'Met een vaste eigenaar en een wekelijks of maandelijks moment om de signalen te bekijken.',
          ),
          when: { question: 'signalen_vastleggen', in: ['niet', 'per_afdeling'] },
        },
        {
          id: 'dashboard_verkennen',
          title: t(
            'Verken het dashboard Zicht op Ondermijning',
            "Explore the 'Zicht op Ondermijning' dashboard",
          ),
          description: md(
            'Het dashboard geeft per wijk en buurt indicatoren die op ondermijning kunnen wijzen.',
          ),
          when: { not: { question: 'bronnen_gebruikt', equals: 'zicht_op_ondermijning' } },
          toolkit: { key: 'zicht-op-ondermijning', url: 'https://www.zichtopondermijning.nl' },
        },
      ],
    },
    {
      id: 'samenwerking',
      title: t(
        'Gegevensdeling en samenwerkingsafspraken',
        'Data sharing and cooperation agreements',
      ),
      questions: [
        {
          id: 'riec_convenant',
          type: 'yes_no',
          text: t(
            'Is uw gemeente aangesloten bij het convenant van het Regionaal Informatie- en Expertisecentrum (RIEC)?',
            'Has your municipality joined the covenant of the Regional Information and Expertise Centre (RIEC)?',
          ),
          points: { yes: 2, no: 0 },
          followUp: {
            when: true,
            question: {
              id: 'riec_casussen',
              type: 'number',
              text: t(
                'Hoeveel casussen heeft uw gemeente het afgelopen jaar bij het RIEC ingebracht?',
                'How many cases did your municipality bring to the RIEC in the past year?',
              ),
              integer: true,
              min: 0,
              max: 1000,
              scoring: {
                ranges: [
                  { max: 0, points: 0 },
                  { max: 2, points: 1 },
                ],
                otherwise: 2,
              },
            },
          },
        },
        {
          id: 'afspraken_partners',
          type: 'matrix',
          text: t(
            'Hoe zijn de afspraken over het delen van informatie met deze partners geregeld?',
            'How are the agreements on sharing information with these partners arranged?',
          ),
          items: [
            { id: 'politie', text: t('Politie', 'Police') },
            { id: 'om', text: t('Openbaar Ministerie', 'Public Prosecution Service') },
            { id: 'belastingdienst', text: t('Belastingdienst', 'Tax authority') },
            { id: 'corporaties', text: t('Woningcorporaties', 'Housing associations') },
            {
              id: 'zorg_veiligheidshuis',
              text: t('Zorg- en Veiligheidshuis', 'Care and Safety House'),
            },
            { id: 'buurgemeenten', text: t('Buurgemeenten', 'Neighbouring municipalities') },
          ],
          scale: [
            opt('geen', 'Geen afspraken', 'No agreements', 0),
            opt('informeel', 'Informeel', 'Informal', 1),
            opt('schriftelijk', 'Schriftelijk vastgelegd', 'Laid down in writing', 2),
            opt('geevalueerd', 'Vastgelegd en geëvalueerd', 'Laid down and evaluated', 3),
          ],
        },
        {
          id: 'dpia',
          type: 'single_choice',
          text: t(
            'Is voor de gegevensdeling een gegevensbeschermingseffectbeoordeling (DPIA) gedaan en is de grondslag per gegevensstroom vastgelegd?',
            'Has a data protection impact assessment (DPIA) been done for the data sharing, with the legal basis of each data flow recorded?',
          ),
          options: [
            opt('nee', 'Nee', 'No', 0),
            opt('deels', 'Voor een deel van de gegevensstromen', 'For some of the data flows', 1),
            opt('ja', 'Ja, voor alle gegevensstromen', 'Yes, for all data flows', 2),
            opt('weet_niet', 'Weet ik niet', "I don't know", 0),
          ],
        },
      ],
      advice: {
        beginnend: md(`
          Zonder afspraken blijft informatie bij de partner die haar heeft. Het RIEC-convenant biedt de
          juridische basis om informatie over ondermijning met politie, OM en Belastingdienst te delen.
          Zorg dat uw gemeente aangesloten is en casussen inbrengt.
        `),
        in_ontwikkeling: md(`
          De samenwerking loopt, maar rust deels op informele contacten. Leg afspraken schriftelijk vast,
          zodat ze blijven werken als mensen van functie wisselen, en toets de grondslag van elke
          gegevensstroom met uw functionaris gegevensbescherming.
        `),
        gevorderd: md(`
          Uw afspraken zijn vastgelegd en worden geëvalueerd. Blijf kritisch op proportionaliteit: deel
          niet meer dan nodig en leg vast waarom.
        `),
      },
      actions: [
        {
          id: 'riec_aansluiten',
          title: t('Sluit aan bij het RIEC-convenant', 'Join the RIEC covenant'),
          when: { question: 'riec_convenant', equals: false },
          toolkit: { key: 'riec-convenant', url: 'https://www.riec.nl' },
        },
        {
          id: 'dpia_uitvoeren',
          title: t(
            'Laat een DPIA uitvoeren voor de gegevensdeling',
            'Have a DPIA carried out for the data sharing',
          ),
          description: md(
            'Betrek uw functionaris gegevensbescherming en leg per gegevensstroom de grondslag vast.',
          ),
          when: { question: 'dpia', in: ['nee', 'deels', 'weet_niet'] },
        },
        {
          id: 'afspraken_vastleggen',
          title: t(
            'Leg informele afspraken schriftelijk vast',
            'Put informal agreements in writing',
          ),
          bands: early,
        },
      ],
    },
    {
      id: 'analyse',
      title: t('Analysecapaciteit', 'Analysis capacity'),
      questions: [
        {
          id: 'analisten_fte',
          type: 'number',
          text: t(
            'Hoeveel fte informatie-analyse is beschikbaar voor openbare orde, veiligheid en ondermijning (eigen formatie of gedeeld in de regio)?',
            'How many FTE of information analysis are available for public order, safety and subversive crime (own staff or shared in the region)?',
          ),
          min: 0,
          max: 200,
          unit: t('fte', 'FTE'),
          scoring: {
            ranges: [
              { max: 0, points: 0 },
              { max: 0.9, points: 1 },
              { max: 2.9, points: 2 },
            ],
            otherwise: 3,
          },
        },
        {
          id: 'analyse_product',
          type: 'single_choice',
          text: t(
            'Welke analyses maakt uw gemeente?',
            'Which analyses does your municipality produce?',
          ),
          options: [
            opt('geen', 'Geen', 'None', 0),
            opt('incidenteel', 'Incidenteel, op verzoek', 'Occasionally, on request', 1),
            opt(
              'ondermijningsbeeld',
              'Een periodiek ondermijningsbeeld',
              'A periodic picture of subversive crime',
              2,
            ),
            opt(
              'beeld_en_interventies',
              'Een ondermijningsbeeld met prioriteiten en interventies',
              'A picture with priorities and interventions',
              3,
            ),
          ],
        },
        {
          id: 'analyse_vaardigheden',
          type: 'likert',
          text: t(
            'Medewerkers weten signalen van ondermijning te herkennen en door te geven.',
            'Staff know how to recognise and pass on signals of subversive crime.',
          ),
          scale: AGREE,
          scoring: { perStep: 1 },
        },
      ],
      advice: {
        beginnend: md(`
          Informatie zonder analyse blijft een stapel signalen. Een kleine gemeente hoeft geen eigen
          analist te hebben: een gedeelde analist in de regio of via het RIEC kan een eerste
          **ondermijningsbeeld** maken.
        `),
        in_ontwikkeling: md(`
          Er is analysecapaciteit, maar de analyses leiden nog niet altijd tot keuzes. Vraag bij elk
          beeld: welke drie interventies volgen hieruit, en wie voert ze uit?
        `),
        gevorderd: md(`
          Uw analyse is volwassen. Investeer in de basis eronder: medewerkers die signalen herkennen,
          en feedback aan wie een signaal doorgaf.
        `),
      },
      actions: [
        {
          id: 'analist_delen',
          title: t(
            'Deel een analist met buurgemeenten',
            'Share an analyst with neighbouring municipalities',
          ),
          when: { question: 'analisten_fte', max: 0.9 },
        },
        {
          id: 'training_signalen',
          title: t(
            'Train medewerkers in het herkennen van signalen',
            'Train staff to recognise signals',
          ),
          description: md(
            'Begin bij de balies, vergunningverleners en handhavers: zij zien het eerst.',
          ),
          when: { question: 'analyse_vaardigheden', max: 3 },
          toolkit: { key: 'training-signalen-ondermijning' },
        },
        {
          id: 'ondermijningsbeeld_maken',
          title: t(
            'Laat een ondermijningsbeeld maken',
            'Have a picture of subversive crime drawn up',
          ),
          bands: early,
        },
      ],
    },
    {
      id: 'wijkniveau',
      title: t('Gegevens op wijk- en buurtniveau', 'Data at district and neighbourhood level'),
      questions: [
        {
          id: 'wijkdata_gebruik',
          type: 'single_choice',
          text: t(
            'Gebruikt uw gemeente gegevens per wijk of buurt bij het bepalen van prioriteiten?',
            'Does your municipality use data per district or neighbourhood to set priorities?',
          ),
          options: [
            opt('nee', 'Nee', 'No', 0),
            opt('verkend', 'Verkend, maar niet in gebruik', 'Explored, but not in use', 1),
            opt('incidenteel', 'Ja, incidenteel', 'Yes, occasionally', 2),
            opt(
              'structureel',
              'Ja, als vast onderdeel van de jaarplanning',
              'Yes, as a fixed part of annual planning',
              3,
            ),
          ],
        },
        {
          id: 'wijk_combinatie',
          type: 'yes_no',
          text: t(
            'Combineert u deze cijfers met signalen uit de wijk (wijkagent, handhavers, sociaal wijkteam)?',
            'Do you combine these figures with signals from the district (community officer, enforcement, social team)?',
          ),
          showIf: { question: 'wijkdata_gebruik', in: ['incidenteel', 'structureel'] },
          points: { yes: 2, no: 0 },
        },
        {
          id: 'wijk_toelichting',
          type: 'text',
          required: false,
          multiline: true,
          maxLength: 1000,
          text: t(
            'In welke wijken of buurten ziet u de meeste signalen, en welke? (niet verplicht; noem geen personen)',
            'In which districts or neighbourhoods do you see most signals, and which? (optional; name no one)',
          ),
        },
      ],
      advice: {
        beginnend: md(`
          Cijfers per wijk en buurt helpen om schaarse capaciteit gericht in te zetten. Begin met het
          vergelijken van uw buurten op een paar indicatoren en bespreek de uitschieters met de wijkagent.
        `),
        in_ontwikkeling: md(`
          U kijkt al naar wijken en buurten. Maak het structureel: neem een wijkbeeld op in de jaarlijkse
          planning en kijk na een jaar of de inzet effect had.
        `),
        gevorderd: md(`
          Cijfers en signalen uit de wijk komen bij u samen. Deel het wijkbeeld ook met het sociaal
          domein: preventie begint vaak daar.
        `),
      },
      actions: [
        {
          id: 'wijkbeeld',
          title: t(
            'Maak een eerste wijkbeeld met de wijkagent',
            'Draw up a first district picture with the community officer',
          ),
          bands: ['beginnend'],
          toolkit: { key: 'zicht-op-ondermijning', url: 'https://www.zichtopondermijning.nl' },
        },
      ],
    },
    {
      id: 'sturing',
      title: t('Sturing en opvolging', 'Governance and follow-up'),
      questions: [
        {
          id: 'bestuurlijk_eigenaar',
          type: 'yes_no',
          text: t(
            'Is er een bestuurlijk én een ambtelijk eigenaar van de aanpak van ondermijning?',
            'Is there an administrative and an official owner of the approach to subversive crime?',
          ),
          points: { yes: 2, no: 0 },
        },
        {
          id: 'opvolging',
          type: 'matrix',
          text: t('Hoe vaak gebeurt het volgende?', 'How often does the following happen?'),
          items: [
            {
              id: 'terugkoppeling',
              text: t(
                'Wie een signaal doorgaf, hoort wat ermee is gedaan',
                'Whoever passed on a signal hears what was done with it',
              ),
            },
            {
              id: 'besluiten',
              text: t(
                'Besluiten over interventies worden vastgelegd',
                'Decisions on interventions are recorded',
              ),
            },
            {
              id: 'rapportage',
              text: t(
                'Resultaten worden aan het college gerapporteerd',
                'Results are reported to the executive',
              ),
            },
            {
              id: 'evaluatie',
              text: t(
                'De aanpak wordt jaarlijks geëvalueerd en bijgesteld',
                'The approach is evaluated and adjusted every year',
              ),
            },
          ],
          scale: FREQUENCY,
        },
        {
          id: 'bibob_beleid',
          type: 'single_choice',
          text: t(
            'Wanneer is uw Bibob-beleid voor het laatst geactualiseerd?',
            'When was your Bibob policy last updated?',
          ),
          options: [
            opt('recent', 'In de afgelopen twee jaar', 'In the past two years', 3),
            opt('twee_vier', 'Twee tot vier jaar geleden', 'Two to four years ago', 2),
            opt('ouder', 'Langer dan vier jaar geleden', 'More than four years ago', 1),
            opt('geen', 'We hebben geen Bibob-beleid', 'We have no Bibob policy', 0),
          ],
        },
        {
          id: 'grootste_knelpunt',
          type: 'text',
          required: false,
          multiline: true,
          maxLength: 1000,
          text: t(
            'Wat is volgens het team het grootste knelpunt in de informatiepositie? (niet verplicht)',
            'What does the team see as the biggest bottleneck in the information position? (optional)',
          ),
        },
      ],
      advice: {
        beginnend: md(`
          Zonder eigenaar verdampt de aanpak. Wijs een bestuurlijk eigenaar (meestal de burgemeester) en
          een ambtelijk eigenaar aan en spreek af hoe vaak het college wordt geïnformeerd.
        `),
        in_ontwikkeling: md(`
          De aanpak heeft eigenaren, maar de cirkel is nog niet rond. Koppel terug aan wie signalen
          doorgeeft: wie nooit iets hoort, stopt met melden.
        `),
        gevorderd: md(`
          Sturing en opvolging zijn goed geregeld. Houd het Bibob-beleid actueel en evalueer jaarlijks.
        `),
      },
      actions: [
        {
          id: 'eigenaar_benoemen',
          title: t(
            'Benoem een bestuurlijk en een ambtelijk eigenaar',
            'Appoint an administrative and an official owner',
          ),
          when: { question: 'bestuurlijk_eigenaar', equals: false },
        },
        {
          id: 'bibob_actualiseren',
          title: t('Actualiseer het Bibob-beleid', 'Update the Bibob policy'),
          description: md(
            'Kleinere gemeenten kunnen een regionaal modelbeleid gebruiken, bijvoorbeeld via het RIEC.',
          ),
          when: { question: 'bibob_beleid', in: ['ouder', 'geen'] },
          toolkit: { key: 'bibob-modelbeleid' },
        },
        {
          id: 'evaluatiecyclus',
          title: t(
            'Plan een jaarlijkse evaluatie van de aanpak',
            'Plan a yearly evaluation of the approach',
          ),
          bands: early,
        },
      ],
    },
  ],
};
