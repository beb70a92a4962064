/** The closed lists of a report (mirrors src/modules/incidents/incident-vocabulary.ts). */
export const KINDS = [
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
export const LOCATIONS = [
  'work_location',
  'at_home',
  'online',
  'meeting',
  'public',
  'other',
] as const;
export const CHANNELS = [
  'in_person',
  'phone',
  'email',
  'social_media',
  'letter',
  'at_home',
] as const;
export const TARGETS = ['self', 'relative', 'colleague'] as const;
export const REPORTER_GROUPS = ['civil_servant', 'office_holder', 'other'] as const;
export const PERPETRATOR_TYPES = ['citizen', 'colleague', 'other'] as const;
export const IMPACTS = ['injury', 'absence', 'damage', 'fear'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const STATUSES = [
  'received',
  'in_treatment',
  'measures',
  'aftercare',
  'closed',
  'referred',
] as const;
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
/** File types the server accepts (it checks the bytes; this only helps the file picker). */
export const ACCEPT =
  '.png,.jpg,.jpeg,.gif,.webp,.heic,.heif,.pdf,.mp3,.m4a,.mp4,.mov,.wav,.ogg,.opus,.eml,image/*,audio/*,application/pdf,message/rfc822';
