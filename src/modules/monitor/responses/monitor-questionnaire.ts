import type { DefinitionInput } from '../../questionnaires';

/**
 * The Monitor's questionnaire versions as definitions of the questionnaire
 * engine (published platform-wide at start, like the self-scans). Version 1
 * asks the 2016 question; version 2 the wording from 2018 on. Answers are
 * option values ("ja"/"nee"), which the indicator conditions read.
 */

const t = (nl: string, en: string) => ({ nl, en });
const YES_NO = [
  { value: 'ja', label: t('Ja', 'Yes') },
  { value: 'nee', label: t('Nee', 'No') },
];

function firstQuestion(v1: boolean) {
  return v1
    ? {
        id: 'agressie_2016',
        type: 'single_choice' as const,
        text: t(
          'Bent u in de afgelopen twaalf maanden slachtoffer geworden van agressie of geweld?',
          'In the past twelve months, have you been a victim of aggression or violence?',
        ),
        options: YES_NO,
        required: true,
      }
    : {
        id: 'agressie_ervaren',
        type: 'single_choice' as const,
        text: t(
          'Heeft u in de afgelopen twaalf maanden in uw functie te maken gehad met enige vorm van agressie of intimidatie (verbaal, fysiek of online)?',
          'In the past twelve months, have you faced any form of aggression or intimidation in your role (verbal, physical or online)?',
        ),
        options: YES_NO,
        required: true,
      };
}

function definition(v1: boolean): DefinitionInput {
  // The 2016 question cannot be shown as condition in version 2 (it is not asked there):
  // each version's follow-ups refer only to its own first question.
  const asked = v1 ? 'agressie_2016' : 'agressie_ervaren';
  const shownToVictims = { question: asked, equals: 'ja' } as const;
  return {
    formatVersion: 1,
    key: v1 ? 'miv-v1' : 'miv-v2',
    title: t('Monitor Integriteit en Veiligheid', 'Integrity and Safety Monitor'),
    summary: t(
      'Ervaringen met agressie en intimidatie en met integriteit in het openbaar bestuur.',
      'Experiences of aggression, intimidation and integrity in public administration.',
    ),
    intro: t(
      'Deze vragenlijst is anoniem: uw antwoorden worden zonder uw naam, e-mailadres of uitnodiging opgeslagen. Invullen duurt ongeveer vijf minuten.',
      'This questionnaire is anonymous: your answers are stored without your name, e-mail address or invitation. It takes about five minutes.',
    ),
    estimatedMinutes: 5,
    privacy: {
      respondent: 'anonymous',
      answersVisibleToRoles: [],
      commissionerRoles: [],
      aggregates: { visibleToRoles: [], consent: 'none' },
      exportResponses: 'none',
      retention: { submittedDays: 3650, unfinishedDays: 30 },
      benchmark: { enabled: false },
    },
    sections: [
      {
        id: 'ervaringen',
        title: t('Uw ervaringen', 'Your experiences'),
        questions: [
          firstQuestion(v1),
          {
            id: 'agressie_online',
            type: 'single_choice',
            text: t(
              'Vond (een deel van) die agressie of intimidatie online plaats, bijvoorbeeld via sociale media of e-mail?',
              'Did (some of) that aggression or intimidation take place online, for example on social media or by e-mail?',
            ),
            options: YES_NO,
            required: true,
            showIf: shownToVictims,
          },
          {
            id: 'melding_gedaan',
            type: 'single_choice',
            text: t(
              'Heeft u het (laatste) incident gemeld bij uw organisatie?',
              'Did you report the (latest) incident to your organisation?',
            ),
            options: YES_NO,
            required: true,
            showIf: shownToVictims,
          },
          {
            id: 'vermoeden_integriteit',
            type: 'single_choice',
            text: t(
              'Heeft u in de afgelopen twaalf maanden een vermoeden gehad van niet-integer gedrag van een collega?',
              'In the past twelve months, have you suspected a colleague of an integrity violation?',
            ),
            options: YES_NO,
            required: true,
          },
          {
            id: 'bekend_gedragscode',
            type: 'single_choice',
            text: t(
              'Bent u bekend met de gedragscode van uw organisatie?',
              "Are you familiar with your organisation's code of conduct?",
            ),
            options: YES_NO,
            required: true,
          },
          {
            id: 'geslacht',
            type: 'single_choice',
            text: t('Wat is uw geslacht?', 'What is your gender?'),
            options: [
              { value: 'man', label: t('Man', 'Man') },
              { value: 'vrouw', label: t('Vrouw', 'Woman') },
              {
                value: 'anders',
                label: t('Anders / zeg ik liever niet', 'Other / prefer not to say'),
              },
            ],
            required: false,
          },
          {
            id: 'opmerkingen',
            type: 'text',
            text: t(
              'Wilt u nog iets kwijt? (noem geen namen)',
              'Anything else you would like to say? (please name nobody)',
            ),
            required: false,
          },
        ],
      },
    ],
  } as DefinitionInput;
}

/** Both versions, published platform-wide by the module at start. */
export const MONITOR_DEFINITIONS: DefinitionInput[] = [definition(true), definition(false)];

/** The version new waves use. */
export const CURRENT_QUESTIONNAIRE_KEY = 'miv-v2';
