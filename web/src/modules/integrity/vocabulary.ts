/** Codes the API speaks; labels live in i18n under integrity.category.* and friends. */
export const CATEGORIES = [
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
export const SUBJECT_TYPES = ['office_holder', 'civil_servant', 'unknown'] as const;
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
export const DECLARATION_KINDS = ['side_position', 'financial_interest', 'gift'] as const;
