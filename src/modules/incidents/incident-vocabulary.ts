/**
 * The closed lists a report is described with. The values are stable codes (English,
 * as in the database); the Dutch labels live here too, because the exports and the
 * police-report document need them on the server.
 */

export const INCIDENT_KINDS = [
  'verbal_aggression',
  'intimidation',
  'threat',
  'physical_violence',
  'discrimination',
  'sexual_intimidation',
  'property_damage',
  'stalking',
  'doxing',
  'online_hate',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const LOCATIONS = [
  'work_location',
  'at_home',
  'online',
  'meeting',
  'public',
  'other',
] as const;
export type Location = (typeof LOCATIONS)[number];

export const CHANNELS = [
  'in_person',
  'phone',
  'email',
  'social_media',
  'letter',
  'at_home',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const TARGETS = ['self', 'relative', 'colleague'] as const;
export type Target = (typeof TARGETS)[number];

export const REPORTER_GROUPS = ['civil_servant', 'office_holder', 'other'] as const;
export type ReporterGroup = (typeof REPORTER_GROUPS)[number];

export const PERPETRATOR_TYPES = ['citizen', 'colleague', 'other'] as const;
export type PerpetratorType = (typeof PERPETRATOR_TYPES)[number];

export const IMPACTS = ['injury', 'absence', 'damage', 'fear'] as const;
export type Impact = (typeof IMPACTS)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SOURCES = ['web', 'eml', 'api', 'mailbox'] as const;
export type IncidentSource = (typeof SOURCES)[number];

export const MEASURE_TYPES = [
  'police_report',
  'warning_letter',
  'contact_ban',
  'area_ban',
  'damage_recovery',
  'home_security',
  'support_team_referral',
  'other',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const MEASURE_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const FILED_BY = ['employee', 'employer'] as const;
export type FiledBy = (typeof FILED_BY)[number];

/** Dutch labels for documents and exports (the web app has its own translations). */
export const LABELS_NL: Record<string, string> = {
  verbal_aggression: 'Verbale agressie',
  intimidation: 'Intimidatie',
  threat: 'Bedreiging',
  physical_violence: 'Fysiek geweld',
  discrimination: 'Discriminatie',
  sexual_intimidation: 'Seksuele intimidatie',
  property_damage: 'Vernieling van eigendommen',
  stalking: 'Stalking',
  doxing: 'Verspreiden van persoonsgegevens (doxing)',
  online_hate: 'Online haat',
  work_location: 'Op de werklocatie',
  at_home: 'Thuis',
  online: 'Online',
  meeting: 'Tijdens een vergadering of bijeenkomst',
  public: 'In de openbare ruimte',
  other: 'Anders',
  in_person: 'Persoonlijk (face-to-face)',
  phone: 'Telefoon',
  email: 'E-mail',
  social_media: 'Sociale media / online',
  letter: 'Brief',
  self: 'Mijzelf',
  relative: 'Een naaste (familielid, partner)',
  colleague: 'Een collega (ik meld namens hem of haar)',
  civil_servant: 'Medewerker (ambtenaar)',
  office_holder: 'Politiek ambtsdrager',
  citizen: 'Inwoner / burger',
  injury: 'Letsel',
  absence: 'Verzuim',
  damage: 'Schade',
  fear: 'Angst of onveilig gevoel',
  low: 'Laag',
  normal: 'Normaal',
  high: 'Hoog',
  urgent: 'Spoed',
  police_report: 'Aangifte bij de politie',
  warning_letter: 'Waarschuwingsbrief aan de dader',
  contact_ban: 'Contactverbod',
  area_ban: 'Gebiedsverbod',
  damage_recovery: 'Verhalen van schade',
  home_security: 'Beveiligingsmaatregelen thuis',
  support_team_referral: 'Doorverwijzing naar Ondersteuningsteam Weerbaar Bestuur',
  planned: 'Gepland',
  done: 'Uitgevoerd',
  cancelled: 'Vervallen',
  employee: 'De medewerker zelf',
  employer: 'De werkgever namens de medewerker',
  received: 'Ontvangen',
  in_treatment: 'In behandeling',
  measures: 'Maatregelen',
  aftercare: 'Nazorg',
  closed: 'Afgesloten',
  referred: 'Doorverwezen',
  web: 'Webformulier',
  eml: 'E-mailbericht (.eml)',
  api: 'API-koppeling',
  mailbox: 'Doorgestuurde e-mail',
};

/** The Dutch label of a code, or the code itself. */
export function labelNl(code: string | null | undefined): string {
  if (!code) return '';
  return LABELS_NL[code] ?? code;
}
