/**
 * Closed vocabularies of the integrity module, with their Dutch labels (the API
 * speaks codes; the web app and exports show the labels).
 */

/** Kinds of suspected integrity violation, after the Monitor's categories. */
export const INTEGRITY_CATEGORIES = [
  'conflict_of_interest',
  'voting_personal_interest',
  'adviser_in_dispute',
  'undue_pressure',
  'undeclared_side_positions',
  'misuse_of_position_or_information',
  'fraud',
  'gifts_hospitality',
  'misconduct',
  'leaks',
  'other',
] as const;
export type IntegrityCategory = (typeof INTEGRITY_CATEGORIES)[number];

/** Whom the suspicion concerns. */
export const SUBJECT_TYPES = ['office_holder', 'civil_servant', 'unknown'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** How the reporter chose to be known. */
export const REPORT_CHANNELS = ['anonymous', 'confidential', 'identified'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** Political offices whose holders keep a public register of side positions. */
export const OFFICES = [
  'councillor',
  'alderman',
  'mayor',
  'provincial_councillor',
  'deputy',
  'kings_commissioner',
  'water_board_member',
  'water_board_executive',
  'water_board_chair',
] as const;
export type Office = (typeof OFFICES)[number];

/**
 * Executive offices: their income from side positions is published by 1 April of
 * the following year (Gemeentewet art. 41b and its equivalents).
 */
export const EXECUTIVE_OFFICES: readonly Office[] = [
  'alderman',
  'mayor',
  'deputy',
  'kings_commissioner',
  'water_board_executive',
  'water_board_chair',
];

export const DECLARATION_KINDS = ['side_position', 'financial_interest', 'gift'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

export const LABELS_NL = {
  category: {
    conflict_of_interest: "Belangenverstrengeling met familie, vrienden of collega's",
    voting_personal_interest: 'Stemmen over een zaak met persoonlijk belang',
    adviser_in_dispute: 'Optreden als adviseur in een geschil tussen burgers en het bestuur',
    undue_pressure: 'Ontoelaatbare druk op ambtenaren',
    undeclared_side_positions: 'Nevenfuncties niet (volledig) gemeld',
    misuse_of_position_or_information: 'Misbruik van positie of informatie',
    fraud: 'Fraude',
    gifts_hospitality: 'Geschenken en gastvrijheid',
    misconduct: 'Ongepast gedrag',
    leaks: 'Lekken van vertrouwelijke informatie',
    other: 'Anders',
  } satisfies Record<IntegrityCategory, string>,
  office: {
    councillor: 'Raadslid',
    alderman: 'Wethouder',
    mayor: 'Burgemeester',
    provincial_councillor: 'Statenlid',
    deputy: 'Gedeputeerde',
    kings_commissioner: 'Commissaris van de Koning',
    water_board_member: 'Lid algemeen bestuur',
    water_board_executive: 'Lid dagelijks bestuur',
    water_board_chair: 'Dijkgraaf',
  } satisfies Record<Office, string>,
  declarationKind: {
    side_position: 'Nevenfunctie',
    financial_interest: 'Financieel belang',
    gift: 'Geschenk of uitnodiging',
  } satisfies Record<DeclarationKind, string>,
} as const;
