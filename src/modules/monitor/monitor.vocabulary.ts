import type { Gender, Layer, Population, StratumRole } from './monitor.tables';

/** The codes of the Monitor's fixed vocabularies with their Dutch and English labels. */

export const POPULATIONS = ['office_holders', 'civil_servants'] as const satisfies Population[];
export const LAYERS = [
  'municipality',
  'province',
  'water_board',
  'central_government',
] as const satisfies Layer[];
export const STRATUM_ROLES = [
  'councillor',
  'alderman',
  'mayor',
  'provincial_councillor',
  'deputy',
  'kings_commissioner',
  'water_board_member',
  'civil_servant',
] as const satisfies StratumRole[];
export const GENDERS = ['man', 'vrouw', 'anders'] as const satisfies Gender[];

interface Label {
  nl: string;
  en: string;
}

export const POPULATION_LABELS: Record<Population, Label> = {
  office_holders: { nl: 'Decentrale politieke ambtsdragers', en: 'Local political office holders' },
  civil_servants: { nl: 'Ambtenaren', en: 'Civil servants' },
};

export const LAYER_LABELS: Record<Layer, Label> = {
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  province: { nl: 'Provincie', en: 'Province' },
  water_board: { nl: 'Waterschap', en: 'Water board' },
  central_government: { nl: 'Rijk', en: 'Central government' },
};

export const ROLE_LABELS: Record<StratumRole, Label> = {
  councillor: { nl: 'Raadslid', en: 'Councillor' },
  alderman: { nl: 'Wethouder', en: 'Alderman' },
  mayor: { nl: 'Burgemeester', en: 'Mayor' },
  provincial_councillor: { nl: 'Statenlid', en: 'Provincial councillor' },
  deputy: { nl: 'Gedeputeerde', en: 'Deputy' },
  kings_commissioner: { nl: 'Commissaris van de Koning', en: "King's Commissioner" },
  water_board_member: { nl: 'Waterschapsbestuurder', en: 'Water-board member' },
  civil_servant: { nl: 'Ambtenaar', en: 'Civil servant' },
};

export const GENDER_LABELS: Record<Gender, Label> = {
  man: { nl: 'Man', en: 'Man' },
  vrouw: { nl: 'Vrouw', en: 'Woman' },
  anders: { nl: 'Anders / zeg ik liever niet', en: 'Other / prefer not to say' },
};

/** The roles each layer has; a stratum with another combination is refused. */
export const ROLES_BY_LAYER: Record<Layer, readonly StratumRole[]> = {
  municipality: ['councillor', 'alderman', 'mayor', 'civil_servant'],
  province: ['provincial_councillor', 'deputy', 'kings_commissioner', 'civil_servant'],
  water_board: ['water_board_member', 'civil_servant'],
  central_government: ['civil_servant'],
};

/** Which population a role belongs to. */
export function populationOfRole(role: StratumRole): Population {
  return role === 'civil_servant' ? 'civil_servants' : 'office_holders';
}

/** Spellings accepted in uploaded files (Dutch, English, codes), lower-cased, for each code. */
const LAYER_ALIASES: Record<string, Layer> = {
  gemeente: 'municipality',
  municipality: 'municipality',
  provincie: 'province',
  province: 'province',
  waterschap: 'water_board',
  water_board: 'water_board',
  'water board': 'water_board',
  rijk: 'central_government',
  central_government: 'central_government',
  'central government': 'central_government',
};

const ROLE_ALIASES: Record<string, StratumRole> = {
  raadslid: 'councillor',
  councillor: 'councillor',
  wethouder: 'alderman',
  alderman: 'alderman',
  burgemeester: 'mayor',
  mayor: 'mayor',
  statenlid: 'provincial_councillor',
  provincial_councillor: 'provincial_councillor',
  gedeputeerde: 'deputy',
  deputy: 'deputy',
  'commissaris van de koning': 'kings_commissioner',
  cdk: 'kings_commissioner',
  kings_commissioner: 'kings_commissioner',
  waterschapsbestuurder: 'water_board_member',
  'ab-lid': 'water_board_member',
  'db-lid': 'water_board_member',
  dijkgraaf: 'water_board_member',
  water_board_member: 'water_board_member',
  ambtenaar: 'civil_servant',
  civil_servant: 'civil_servant',
};

const GENDER_ALIASES: Record<string, Gender> = {
  man: 'man',
  m: 'man',
  male: 'man',
  vrouw: 'vrouw',
  v: 'vrouw',
  f: 'vrouw',
  female: 'vrouw',
  woman: 'vrouw',
  anders: 'anders',
  x: 'anders',
  other: 'anders',
  'zeg ik liever niet': 'anders',
  onbekend: 'anders',
};

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

export const parseLayer = (text: string): Layer | null => LAYER_ALIASES[key(text)] ?? null;
export const parseRole = (text: string): StratumRole | null => ROLE_ALIASES[key(text)] ?? null;
export const parseGender = (text: string): Gender | null => GENDER_ALIASES[key(text)] ?? null;

/** Size classes in numeric order: "<20.000" before "20.000-50.000" before "100.000+"; others last. */
export function sizeRank(sizeClass: string): number {
  const digits = sizeClass.replace(/\./g, '').match(/\d+/);
  if (!digits) return Number.MAX_SAFE_INTEGER;
  return sizeClass.trim().startsWith('<') ? -1 : Number(digits[0]);
}
