import type { DefinitionInput } from '../questionnaires';

/**
 * The Bibob "vragenformulier" for applicants, as a definition of the
 * questionnaire engine (published platform-wide at start). Modelled on the
 * questions of the national model form (art. 30 Wet Bibob): who the applicant
 * is, who has control, how the activity is financed, the property, and
 * criminal antecedents. Not scored; answers are stored encrypted in the case.
 */

const t = (nl: string, en: string) => ({ nl, en });
const opt = (value: string, nl: string, en: string) => ({ value, label: t(nl, en) });

export const BIBOB_QUESTIONNAIRE_KEY = 'bibob-vragenformulier';

export const BIBOB_QUESTIONNAIRE: DefinitionInput = {
  formatVersion: 1,
  key: BIBOB_QUESTIONNAIRE_KEY,
  title: t('Bibob-vragenformulier', 'Bibob questionnaire'),
  summary: t(
    'Vragen over de aanvrager, zeggenschap, financiering en antecedenten bij een aanvraag.',
    'Questions about the applicant, control, financing and antecedents of an application.',
  ),
  intro: t(
    'Uw gemeente toetst uw aanvraag aan de Wet Bibob. U bent verplicht dit formulier volledig en naar waarheid in te vullen (artikel 30 Wet Bibob). Zolang het formulier niet is ingevuld, kan uw aanvraag niet worden behandeld. Uw antwoorden worden versleuteld opgeslagen en alleen door de Bibob-medewerker van de gemeente gelezen. Stuur bewijsstukken (bijvoorbeeld een financieringsovereenkomst) naar de gemeente; de Bibob-medewerker voegt ze aan uw dossier toe.',
    'Your municipality screens your application under the Bibob Act. You must fill in this form completely and truthfully (section 30 Bibob Act). Until it is filled in, your application cannot be processed. Your answers are stored encrypted and read only by the municipality’s Bibob officer. Send supporting documents (for example a financing agreement) to the municipality; the Bibob officer adds them to your file.',
  ),
  estimatedMinutes: 20,
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
      id: 'aanvrager',
      title: t('De aanvrager', 'The applicant'),
      questions: [
        {
          id: 'rechtsvorm',
          type: 'single_choice',
          text: t(
            'Wat is de rechtsvorm van de aanvrager?',
            'What is the legal form of the applicant?',
          ),
          options: [
            opt('natuurlijk_persoon', 'Natuurlijk persoon', 'Natural person'),
            opt('eenmanszaak', 'Eenmanszaak', 'Sole proprietorship'),
            opt('vof', 'Vennootschap onder firma', 'General partnership'),
            opt('bv', 'Besloten vennootschap', 'Private limited company'),
            opt('stichting_vereniging', 'Stichting of vereniging', 'Foundation or association'),
            opt('anders', 'Anders', 'Other'),
          ],
        },
        {
          id: 'kvk_nummer',
          type: 'text',
          text: t(
            'KvK-nummer (als u ingeschreven bent)',
            'Chamber of Commerce number (if registered)',
          ),
          required: false,
          maxLength: 20,
        },
        {
          id: 'zeggenschap',
          type: 'text',
          text: t(
            'Wie zijn de bestuurders, vennoten en aandeelhouders (met hun belang)?',
            'Who are the directors, partners and shareholders (with their interest)?',
          ),
          maxLength: 4000,
        },
      ],
    },
    {
      id: 'financiering',
      title: t('Financiering', 'Financing'),
      questions: [
        {
          id: 'financieringsbronnen',
          type: 'multiple_choice',
          text: t(
            'Hoe wordt de activiteit of de investering gefinancierd?',
            'How is the activity or the investment financed?',
          ),
          options: [
            opt('eigen_vermogen', 'Eigen vermogen', 'Own funds'),
            opt('bank', 'Lening van een bank', 'Bank loan'),
            opt('derden', 'Lening of schenking van anderen', 'Loan or gift from others'),
            opt('anders', 'Anders', 'Other'),
          ],
        },
        {
          id: 'financiering_derden',
          type: 'text',
          text: t(
            'Van wie komt de lening of schenking, en om welk bedrag gaat het?',
            'Who provides the loan or gift, and for what amount?',
          ),
          showIf: { question: 'financieringsbronnen', equals: 'derden' },
          maxLength: 4000,
        },
      ],
    },
    {
      id: 'pand',
      title: t('Het pand', 'The premises'),
      questions: [
        {
          id: 'pand_relatie',
          type: 'single_choice',
          text: t('Bent u eigenaar of huurder van het pand?', 'Do you own or rent the premises?'),
          options: [
            opt('eigenaar', 'Eigenaar', 'Owner'),
            opt('huurder', 'Huurder', 'Tenant'),
            opt('niet_van_toepassing', 'Niet van toepassing', 'Not applicable'),
          ],
        },
      ],
    },
    {
      id: 'antecedenten',
      title: t('Antecedenten', 'Antecedents'),
      questions: [
        {
          id: 'antecedenten',
          type: 'yes_no',
          text: t(
            'Is de aanvrager, een bestuurder of een aandeelhouder in de afgelopen vijf jaar veroordeeld voor een strafbaar feit of beboet?',
            'Has the applicant, a director or a shareholder been convicted of an offence or fined in the past five years?',
          ),
        },
        {
          id: 'antecedenten_toelichting',
          type: 'text',
          text: t('Licht dit toe.', 'Please explain.'),
          showIf: { question: 'antecedenten', equals: true },
          maxLength: 4000,
        },
        {
          id: 'naar_waarheid',
          type: 'yes_no',
          text: t(
            'Ik verklaar dit formulier volledig en naar waarheid te hebben ingevuld.',
            'I declare that I have filled in this form completely and truthfully.',
          ),
        },
      ],
    },
  ],
};
