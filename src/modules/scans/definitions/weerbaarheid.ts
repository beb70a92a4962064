import type { DefinitionInput } from '../../questionnaires';
import { md, opt, t } from './helpers';

/**
 * Persoonlijke weerbaarheidsscan (pilot): for an office holder or civil
 * servant, private. Answers are visible to that person alone — not to
 * administrators, not in exports; only an opt-in anonymous copy of the scores
 * counts in the organisation's aggregate.
 */

const YES_NO_POINTS = { yes: 2, no: 0 };

const AGREE = {
  from: 1,
  to: 5,
  fromLabel: t('Helemaal oneens', 'Strongly disagree'),
  toLabel: t('Helemaal eens', 'Strongly agree'),
};

export const WEERBAARHEID: DefinitionInput = {
  formatVersion: 1,
  key: 'persoonlijke-weerbaarheidsscan',
  title: t('Persoonlijke weerbaarheidsscan', 'Personal resilience scan'),
  summary: t(
    'Hoe goed bent u en zijn uw naasten voorbereid op agressie en intimidatie? Alleen u ziet uw antwoorden.',
    'How well are you and your family prepared for aggression and intimidation? Only you see your answers.',
  ),
  estimatedMinutes: 15,
  intro: md(`
    Deze scan helpt u na te gaan hoe goed u bent voorbereid op agressie, bedreiging en intimidatie,
    online en thuis. U krijgt per onderdeel concrete tips.

    - **Uw antwoorden zijn alleen voor u.** Ook beheerders van Weerbaar en uw werkgever kunnen ze niet
      inzien, en ze komen in geen enkele export terecht.
    - Aan het eind kunt u kiezen of een **anonieme** kopie van uw scores (zonder antwoorden, zonder naam)
      meetelt in het overzicht van uw organisatie. Dat helpt uw organisatie betere ondersteuning te bieden.
    - Voelt u zich nu onveilig? Bel bij direct gevaar **112**.
  `),
  privacy: {
    respondent: 'person',
    aggregates: { visibleToRoles: ['org_admin', 'handler'], consent: 'opt_in', minResponses: 10 },
    exportResponses: 'none',
    retention: { submittedDays: 730, unfinishedDays: 90 },
    encryption: 'data',
    benchmark: { enabled: false },
  },
  scoring: {
    direction: 'higher_is_better',
    bands: [
      { id: 'aandacht', label: t('Hier is aandacht nodig', 'Needs attention'), from: 0, to: 50 },
      { id: 'op_weg', label: t('Op de goede weg', 'On the right track'), from: 50, to: 80 },
      { id: 'sterk', label: t('Goed voorbereid', 'Well prepared'), from: 80, to: 100 },
    ],
    totalAdvice: {
      aandacht: md(`
        Op een aantal punten bent u nog kwetsbaar. Dat is heel gewoon: de meeste mensen denken hier pas
        over na als er iets gebeurt. Begin met de vervolgstappen hieronder; de meeste kosten weinig tijd.
      `),
      op_weg: md(`
        U heeft al veel geregeld. Kijk bij de onderdelen met de laagste score wat u nog kunt doen.
      `),
      sterk: md(`
        U bent goed voorbereid. Doe deze scan over een jaar opnieuw, of eerder als uw situatie verandert
        (een nieuwe functie, een verhuizing, meer zichtbaarheid in de media).
      `),
    },
  },
  sections: [
    {
      id: 'over_u',
      title: t('Over u', 'About you'),
      weight: 0,
      questions: [
        {
          id: 'functie',
          type: 'single_choice',
          text: t('Wat is uw functie?', 'What is your position?'),
          options: [
            opt(
              'raadslid',
              'Raadslid, Statenlid of lid algemeen bestuur waterschap',
              'Councillor or board member',
            ),
            opt(
              'wethouder',
              'Wethouder, gedeputeerde of lid dagelijks bestuur',
              'Alderman, deputy or executive board member',
            ),
            opt(
              'burgemeester',
              'Burgemeester, commissaris van de Koning of dijkgraaf',
              "Mayor, King's Commissioner or water-board chair",
            ),
            opt('ambtenaar', 'Ambtenaar', 'Civil servant'),
            opt('anders', 'Anders', 'Other'),
          ],
        },
        {
          id: 'zichtbaarheid',
          type: 'likert',
          text: t(
            'Hoe zichtbaar bent u in het openbaar (media, sociale media, openbare bijeenkomsten)?',
            'How visible are you in public (media, social media, public meetings)?',
          ),
          scale: {
            from: 1,
            to: 5,
            fromLabel: t('Nauwelijks zichtbaar', 'Hardly visible'),
            toLabel: t('Zeer zichtbaar', 'Very visible'),
          },
        },
      ],
    },
    {
      id: 'online',
      title: t('Online aanwezigheid en instellingen', 'Online presence and settings'),
      questions: [
        {
          id: 'sociale_media',
          type: 'multiple_choice',
          text: t('Op welke platforms bent u actief?', 'On which platforms are you active?'),
          options: [
            opt('x', 'X (Twitter)', 'X (Twitter)'),
            opt('facebook', 'Facebook', 'Facebook'),
            opt('instagram', 'Instagram', 'Instagram'),
            opt('linkedin', 'LinkedIn', 'LinkedIn'),
            opt('tiktok', 'TikTok', 'TikTok'),
            opt(
              'whatsapp_groepen',
              'WhatsApp-groepen met inwoners',
              'WhatsApp groups with residents',
            ),
            { ...opt('geen', 'Geen', 'None'), exclusive: true },
          ],
        },
        {
          id: 'privacy_instellingen',
          type: 'single_choice',
          text: t(
            'Wanneer heeft u de privacy-instellingen van uw persoonlijke accounts voor het laatst gecontroleerd?',
            'When did you last check the privacy settings of your personal accounts?',
          ),
          showIf: { not: { question: 'sociale_media', equals: 'geen' } },
          options: [
            opt('nooit', 'Nooit', 'Never', 0),
            opt('lang_geleden', 'Langer dan een jaar geleden', 'More than a year ago', 1),
            opt('afgelopen_jaar', 'In het afgelopen jaar', 'In the past year', 2),
          ],
        },
        {
          id: 'gescheiden_accounts',
          type: 'yes_no',
          text: t(
            'Houdt u accounts voor uw functie en uw privéleven gescheiden?',
            'Do you keep accounts for your role and your private life separate?',
          ),
          points: YES_NO_POINTS,
        },
        {
          id: 'tweestaps',
          type: 'yes_no',
          text: t(
            'Gebruikt u tweestapsverificatie op uw e-mail en sociale media?',
            'Do you use two-step verification on your e-mail and social media?',
          ),
          points: YES_NO_POINTS,
        },
        {
          id: 'online_sporen',
          type: 'likert',
          text: t(
            'Ik weet welke persoonlijke informatie over mij online te vinden is (bijvoorbeeld door op mijn naam te zoeken).',
            'I know what personal information about me can be found online (for example by searching my name).',
          ),
          scale: AGREE,
          scoring: { perStep: 1 },
        },
      ],
      advice: {
        aandacht: md(`
          Veel intimidatie begint online, met informatie die u zelf of anderen ooit deelden.

          - Zoek op uw naam en op uw naam in combinatie met uw woonplaats, en noteer wat u vindt.
          - Zet tweestapsverificatie aan op uw e-mail en sociale media: dat voorkomt dat iemand uw account overneemt.
          - Maak uw privéaccounts besloten en scheid ze van uw accounts voor uw functie.
        `),
        op_weg: md(`
          De basis is op orde. Controleer één keer per jaar uw privacy-instellingen: platforms veranderen ze
          regelmatig. Denk ook aan oude accounts die u niet meer gebruikt.
        `),
        sterk: md(`
          U gaat bewust om met uw online aanwezigheid. Deel uw aanpak met collega's: zij hebben er ook baat bij.
        `),
      },
      actions: [
        {
          id: 'tweestaps_aanzetten',
          title: t('Zet tweestapsverificatie aan', 'Turn on two-step verification'),
          when: { question: 'tweestaps', equals: false },
          toolkit: { key: 'veilig-online', url: 'https://veiliginternetten.nl' },
        },
        {
          id: 'zoek_uzelf',
          title: t(
            'Zoek op uw eigen naam en ruim op wat u niet openbaar wilt',
            'Search your own name and remove what you do not want public',
          ),
          when: { question: 'online_sporen', max: 3 },
        },
      ],
    },
    {
      id: 'adres',
      title: t(
        'Afscherming van woonadres en persoonsgegevens',
        'Shielding your home address and personal data',
      ),
      questions: [
        {
          id: 'adres_kvk',
          type: 'yes_no',
          text: t(
            'Staat uw woonadres in het Handelsregister van de KVK (bijvoorbeeld omdat u een eenmanszaak heeft of bestuurder bent)?',
            'Is your home address in the Chamber of Commerce trade register (for example because you run a sole proprietorship or sit on a board)?',
          ),
          points: { yes: 0, no: 2 },
          followUp: {
            when: true,
            question: {
              id: 'adres_kvk_afgeschermd',
              type: 'single_choice',
              text: t(
                'Is uw woonadres in het Handelsregister afgeschermd?',
                'Is your home address shielded in the trade register?',
              ),
              options: [
                opt('ja', 'Ja', 'Yes', 2),
                opt('aangevraagd', 'Aangevraagd', 'Requested', 1),
                opt('nee', 'Nee', 'No', 0),
              ],
            },
          },
        },
        {
          id: 'adres_openbaar',
          type: 'yes_no',
          text: t(
            'Is uw woonadres te vinden in openbare stukken of op websites (bijvoorbeeld vergaderstukken, vergunningen of een persoonlijke website)?',
            'Can your home address be found in public documents or on websites (e.g. meeting papers, permits, a personal website)?',
          ),
          points: { yes: 0, no: 2 },
        },
        {
          id: 'brp_geheimhouding',
          type: 'single_choice',
          text: t(
            'U kunt uw gemeente vragen uw gegevens in de Basisregistratie Personen niet aan derden te verstrekken (geheimhouding). Heeft u dat geregeld?',
            'You can ask your municipality not to release your population-register data to third parties (confidentiality). Have you arranged this?',
          ),
          options: [
            opt('geregeld', 'Ja, dat heb ik geregeld', 'Yes, I have', 2),
            opt(
              'overwogen',
              'Ik ken de mogelijkheid, maar heb het niet geregeld',
              'I know about it but have not arranged it',
              1,
            ),
            opt('onbekend', 'Nee, dat wist ik niet', 'No, I did not know', 0),
          ],
        },
        {
          id: 'thuis_maatregelen',
          type: 'multiple_choice',
          text: t(
            'Welke maatregelen heeft u thuis genomen?',
            'Which measures have you taken at home?',
          ),
          options: [
            opt('camera', 'Camera of deurbel met camera', 'Camera or video doorbell', 1),
            opt('hang_sluitwerk', 'Goed hang- en sluitwerk', 'Good locks and fittings', 1),
            opt('verlichting', 'Buitenverlichting met sensor', 'Outdoor lighting with a sensor', 1),
            opt('buren', 'Afspraken met buren', 'Agreements with neighbours', 1),
            opt(
              'advies',
              'Een beveiligingsadvies van politie of werkgever',
              'Security advice from the police or employer',
              1,
            ),
            { ...opt('geen', 'Geen van deze', 'None of these', 0), exclusive: true },
          ],
        },
      ],
      advice: {
        aandacht: md(`
          Een bekend woonadres maakt het makkelijk om iemand thuis op te zoeken.

          - Vraag afscherming van uw woonadres in het Handelsregister aan als u daar met uw woonadres staat.
          - Vraag uw gemeente om geheimhouding van uw gegevens in de Basisregistratie Personen.
          - Vraag uw werkgever of de politie om een beveiligingsadvies voor uw woning.
        `),
        op_weg: md(`
          U heeft uw adres deels afgeschermd. Loop na waar het nog te vinden is, ook in oude stukken en op
          websites van verenigingen waarbij u betrokken bent.
        `),
        sterk: md(`
          Uw woonadres en persoonsgegevens zijn goed afgeschermd. Controleer dit opnieuw na een verhuizing.
        `),
      },
      actions: [
        {
          id: 'kvk_afschermen',
          title: t(
            'Vraag afscherming van uw woonadres bij de KVK aan',
            'Request shielding of your home address at the Chamber of Commerce',
          ),
          when: { question: 'adres_kvk_afgeschermd', equals: 'nee' },
          toolkit: { key: 'kvk-adres-afschermen', url: 'https://www.kvk.nl' },
        },
        {
          id: 'brp_geheimhouding_regelen',
          title: t(
            'Vraag geheimhouding van uw BRP-gegevens aan',
            'Request confidentiality of your population-register data',
          ),
          when: { question: 'brp_geheimhouding', in: ['overwogen', 'onbekend'] },
        },
        {
          id: 'beveiligingsadvies',
          title: t(
            'Vraag een beveiligingsadvies voor uw woning',
            'Ask for security advice for your home',
          ),
          when: { not: { question: 'thuis_maatregelen', equals: 'advies' } },
          bands: ['aandacht', 'op_weg'],
        },
      ],
    },
    {
      id: 'naasten',
      title: t('Voorbereiding van uw naasten', 'Preparing your family'),
      questions: [
        {
          id: 'naasten_besproken',
          type: 'yes_no',
          text: t(
            'Heeft u met uw partner, kinderen of huisgenoten besproken wat zij doen bij een bedreiging of ongewenst bezoek?',
            'Have you discussed with your partner, children or housemates what they do in case of a threat or an unwanted visit?',
          ),
          points: YES_NO_POINTS,
        },
        {
          id: 'naasten_online',
          type: 'likert',
          text: t(
            "Mijn naasten letten op wat zij online delen, zoals foto's van ons huis of de school van de kinderen.",
            'My family are careful about what they share online, such as photos of our house or the children’s school.',
          ),
          scale: AGREE,
          scoring: { perStep: 1 },
        },
        {
          id: 'naasten_contact',
          type: 'yes_no',
          text: t(
            'Weten uw naasten wie zij bij uw organisatie kunnen bellen als u niet bereikbaar bent?',
            'Do your family know whom to call at your organisation when you cannot be reached?',
          ),
          points: YES_NO_POINTS,
        },
      ],
      advice: {
        aandacht: md(`
          Intimidatie richt zich steeds vaker op gezinsleden. Een kort gesprek thuis helpt veel:

          - Wat doe je als iemand onverwacht aanbelt of je aanspreekt over mijn werk?
          - Wie bel je als ik niet bereikbaar ben? Zet dat nummer in hun telefoon.
          - Wat delen we wel en niet online over ons huis, onze vakanties en de kinderen?
        `),
        op_weg: md(`
          Uw naasten zijn deels voorbereid. Herhaal de afspraken als de kinderen ouder worden of als u een
          nieuwe functie krijgt.
        `),
        sterk: md(`
          Uw naasten weten wat ze moeten doen. Dat geeft rust, voor hen en voor u.
        `),
      },
      actions: [
        {
          id: 'gesprek_thuis',
          title: t(
            'Bespreek thuis wat te doen bij ongewenst bezoek',
            'Discuss at home what to do in case of an unwanted visit',
          ),
          when: { question: 'naasten_besproken', equals: false },
        },
      ],
    },
    {
      id: 'incident',
      title: t('Weten wie u belt na een incident', 'Knowing whom to call after an incident'),
      questions: [
        {
          id: 'wie_bellen',
          type: 'matrix',
          text: t(
            'Weet u wie u belt in deze situaties?',
            'Do you know whom to call in these situations?',
          ),
          items: [
            { id: 'acuut', text: t('Acuut gevaar', 'Immediate danger') },
            {
              id: 'online_bedreiging',
              text: t(
                'Een bedreiging via sociale media of e-mail',
                'A threat via social media or e-mail',
              ),
            },
            {
              id: 'thuis',
              text: t(
                'Een incident thuis, buiten werktijd',
                'An incident at home, outside working hours',
              ),
            },
            { id: 'aangifte', text: t('Aangifte doen', 'Filing a police report') },
            { id: 'nazorg', text: t('Opvang en nazorg', 'Support and aftercare') },
          ],
          scale: [
            opt('nee', 'Weet ik niet', "Don't know", 0),
            opt('ongeveer', 'Ongeveer', 'Roughly', 1),
            opt('ja', 'Ja, precies', 'Yes, exactly', 2),
          ],
        },
        {
          id: 'meldpunt_bekend',
          type: 'yes_no',
          text: t(
            'Kent u het meldpunt of de vertrouwenspersoon van uw organisatie voor agressie en intimidatie?',
            "Do you know your organisation's reporting point or confidential counsellor for aggression and intimidation?",
          ),
          points: YES_NO_POINTS,
        },
        {
          id: 'nummers_opgeslagen',
          type: 'yes_no',
          text: t(
            'Heeft u de belangrijke nummers (meldpunt, wijkagent, vertrouwenspersoon) in uw telefoon opgeslagen?',
            'Have you saved the key numbers (reporting point, community officer, confidential counsellor) in your phone?',
          ),
          points: { yes: 1, no: 0 },
        },
      ],
      advice: {
        aandacht: md(`
          Na een incident is er geen tijd om nummers op te zoeken. Bel bij acuut gevaar altijd **112**.
          Vraag bij uw organisatie naar het meldpunt en de vertrouwenspersoon, en zet die nummers vandaag
          nog in uw telefoon. Melden is normaal: ook als u twijfelt of het 'erg genoeg' is.
        `),
        op_weg: md(`
          U weet de weg grotendeels. Kijk bij de situaties waar u twijfelde wie u dan belt, en vraag het na.
        `),
        sterk: md(`
          U weet precies wie u belt. Help collega's die dat nog niet weten.
        `),
      },
      actions: [
        {
          id: 'stappenplan_lezen',
          title: t(
            'Lees het stappenplan melding en aangifte',
            'Read the step-by-step plan for reporting and filing a police report',
          ),
          bands: ['aandacht', 'op_weg'],
          toolkit: { key: 'stappenplan-melding-en-aangifte' },
        },
        {
          id: 'nummers_opslaan',
          title: t(
            'Sla de belangrijke nummers op in uw telefoon',
            'Save the key numbers in your phone',
          ),
          when: { question: 'nummers_opgeslagen', equals: false },
        },
      ],
    },
    {
      id: 'ervaring',
      title: t(
        'Ervaring met agressie en intimidatie',
        'Experience with aggression and intimidation',
      ),
      intro: md(
        'Deze vragen tellen niet mee in uw score. Ze helpen om het advies op uw situatie af te stemmen.',
      ),
      weight: 0,
      questions: [
        {
          id: 'ervaring_jaar',
          type: 'yes_no',
          text: t(
            'Heeft u in het afgelopen jaar in uw functie te maken gehad met agressie, bedreiging of intimidatie (ook online)?',
            'In the past year, have you faced aggression, threats or intimidation in your role (online included)?',
          ),
          followUp: {
            when: true,
            question: {
              id: 'ervaring_vormen',
              type: 'multiple_choice',
              text: t('Om welke vormen ging het?', 'What forms did it take?'),
              options: [
                opt('verbaal', 'Verbale agressie of schelden', 'Verbal aggression or abuse'),
                opt(
                  'online',
                  'Online haatberichten of bedreigingen',
                  'Online hate messages or threats',
                ),
                opt('bedreiging', 'Bedreiging (niet online)', 'Threats (offline)'),
                opt('aan_huis', 'Ongewenst bezoek aan huis', 'Unwanted visits to your home'),
                opt('fysiek', 'Fysiek geweld', 'Physical violence'),
                opt('naasten', 'Bedreiging van naasten', 'Threats against family'),
                opt('anders', 'Anders', 'Other'),
              ],
            },
          },
        },
        {
          id: 'ervaring_gemeld',
          type: 'single_choice',
          text: t('Heeft u dit gemeld?', 'Did you report it?'),
          showIf: { question: 'ervaring_jaar', equals: true },
          options: [
            opt('organisatie', 'Ja, bij mijn organisatie', 'Yes, to my organisation'),
            opt('aangifte', 'Ja, en ik heb aangifte gedaan', 'Yes, and I filed a police report'),
            opt('nee', 'Nee', 'No'),
          ],
        },
      ],
      actions: [
        {
          id: 'alsnog_melden',
          title: t(
            'Meld het alsnog: melden is normaal',
            'Report it after all: reporting is normal',
          ),
          description: md(
            'Ook achteraf helpt een melding: uw organisatie ziet dan wat er speelt en kan u en anderen beter beschermen.',
          ),
          when: { question: 'ervaring_gemeld', equals: 'nee' },
          toolkit: { key: 'stappenplan-melding-en-aangifte' },
        },
        {
          id: 'nazorg_vragen',
          title: t('Vraag om nazorg', 'Ask for aftercare'),
          description: md(
            'Praat erover met de vertrouwenspersoon of met uw leidinggevende; nazorg is er ook voor later.',
          ),
          when: { question: 'ervaring_jaar', equals: true },
        },
      ],
    },
    {
      id: 'veerkracht',
      title: t('Veerkracht', 'Resilience'),
      questions: [
        {
          id: 'steun',
          type: 'matrix',
          text: t(
            'In hoeverre herkent u zich in deze uitspraken?',
            'To what extent do these statements apply to you?',
          ),
          items: [
            {
              id: 'praten',
              text: t(
                'Ik kan met iemand praten over wat ik in mijn functie meemaak',
                'I can talk to someone about what I experience in my role',
              ),
            },
            {
              id: 'slaap',
              text: t(
                'Spanning door mijn werk houdt me niet uit mijn slaap',
                'Work stress does not keep me awake',
              ),
            },
            {
              id: 'hulp',
              text: t(
                'Ik weet waar ik terechtkan als het me te veel wordt',
                'I know where to go if it gets too much',
              ),
            },
            {
              id: 'gesteund',
              text: t(
                'Ik voel me gesteund door mijn organisatie of fractie',
                'I feel supported by my organisation or party group',
              ),
            },
          ],
          scale: [
            opt('niet', 'Helemaal niet', 'Not at all', 0),
            opt('beetje', 'Een beetje', 'A little', 1),
            opt('grotendeels', 'Grotendeels', 'Largely', 2),
            opt('helemaal', 'Helemaal', 'Completely', 3),
          ],
        },
        {
          id: 'zorgen_veiligheid',
          type: 'likert',
          text: t(
            'Ik maak me zorgen over mijn veiligheid of die van mijn naasten.',
            'I worry about my safety or that of my family.',
          ),
          scale: AGREE,
          scoring: { perStep: 1, reverse: true },
        },
      ],
      advice: {
        aandacht: md(`
          Wat u meemaakt, kan zwaar wegen, ook als het 'alleen maar online' is. U hoeft het niet alleen te
          dragen. Praat met de vertrouwenspersoon van uw organisatie, uw leidinggevende of fractievoorzitter,
          of met uw huisarts. Maakt u zich acuut zorgen om uw veiligheid, bel dan 112.
        `),
        op_weg: md(`
          U heeft steun om u heen. Blijf er gebruik van maken, juist in drukke periodes.
        `),
        sterk: md(`
          U voelt zich gesteund en houdt spanning goed hanteerbaar. Let op collega's voor wie dat minder geldt.
        `),
      },
      actions: [
        {
          id: 'vertrouwenspersoon',
          title: t(
            'Maak een afspraak met de vertrouwenspersoon',
            'Make an appointment with the confidential counsellor',
          ),
          bands: ['aandacht'],
        },
      ],
    },
  ],
};
