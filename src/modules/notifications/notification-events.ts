/**
 * The events this module tells people about, who receives each, and the mail that says so.
 * Pure: no I/O. A mail names only the kind of event, its time and a link into the app — never
 * narrative, never a reporter or perpetrator, never a case number.
 */
import { ROLES, type Role } from '../../platform/auth/roles';
import { amsterdamDate, amsterdamTime } from '../../platform/time';

export const NOTIFICATION_EVENT_TYPES = [
  'incident.reported',
  'incident.urgent',
  'integrity.reported',
  'integrity.reporter_message',
  'training.reminder',
  'incident.first_contact_due',
  'incident.aftercare_due',
  'integrity.acknowledgement_due',
  'integrity.feedback_due',
  'bibob.policy_renewal_due',
  'training.promoted',
  'training.cancelled',
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

/** How a person receives one event type: a mail at once, the daily digest, or only in the app. */
export const DELIVERIES = ['now', 'digest', 'app'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** Delivery for a person who did not choose, in an organisation that set no default. */
export const DEFAULT_DELIVERY: Delivery = 'now';

/** The daily digest goes out from this Europe/Amsterdam time on (HH:MM). */
export const DIGEST_TIME = '07:00';

/** What a module publishes: the event, its organisation and object, its time and urgency. */
export interface NotificationEvent {
  type: NotificationEventType;
  organisationId: string;
  objectType: string;
  objectId: string;
  /** When it happened. */
  at: Date;
  urgent?: boolean;
  /** The person it is for (a case's handler); anyone else with the event's roles when absent or gone. */
  ownerId?: string | null;
}

interface EventRule {
  /** Roles that receive the event (and still must hold one to get it). */
  roles: readonly Role[];
  /** Subject line without the "Weerbaar: " prefix. */
  subject: string;
  /** The sentence in the mail and the list. */
  sentence: string;
  /** Where in the app to look; the object id is appended where the page shows one object. */
  path: (objectId: string) => string;
  /** Only for its owner: nobody else receives it when the owner is gone (a personal reminder). */
  ownerOnly?: boolean;
}

export const EVENT_RULES: Record<NotificationEventType, EventRule> = {
  'incident.reported': {
    roles: ['handler'],
    subject: 'nieuwe melding van agressie of geweld',
    sentence: 'Er is een nieuwe melding van agressie of geweld binnengekomen.',
    path: (id) => `/meldingen/register/${id}`,
  },
  'incident.urgent': {
    roles: ['handler'],
    subject: 'melding heeft nu prioriteit spoed',
    sentence:
      'Een melding van agressie of geweld heeft na beoordeling de prioriteit spoed gekregen.',
    path: (id) => `/meldingen/register/${id}`,
  },
  'integrity.reported': {
    roles: ['integrity_officer'],
    subject: 'nieuwe integriteitsmelding',
    sentence:
      'Er is een nieuwe integriteitsmelding binnengekomen. De ontvangst moet binnen zeven dagen worden bevestigd.',
    path: () => '/integriteit/meldingen',
  },
  'integrity.reporter_message': {
    roles: ['integrity_officer'],
    subject: 'nieuw bericht bij een integriteitsmelding',
    sentence: 'Een melder heeft een nieuw bericht gestuurd bij een integriteitsmelding.',
    path: () => '/integriteit/meldingen',
  },
  'training.reminder': {
    roles: ROLES,
    subject: 'herinnering aan uw training morgen',
    sentence: 'Morgen begint een training waarvoor u bent aangemeld.',
    path: (slug) => `/toolkit/${slug}`,
    ownerOnly: true,
  },
  'incident.first_contact_due': {
    roles: ['handler'],
    subject: 'melding wacht op eerste contact',
    sentence: 'Bij een melding is de termijn voor het eerste contact met de melder verstreken.',
    path: (id) => `/meldingen/register/${id}`,
  },
  'incident.aftercare_due': {
    roles: ['handler'],
    subject: 'nazorgcontact gepland',
    sentence:
      'Bij een melding staat een nazorgcontact gepland dat vandaag of eerder had moeten plaatsvinden.',
    path: (id) => `/meldingen/register/${id}`,
  },
  'integrity.acknowledgement_due': {
    roles: ['integrity_officer'],
    subject: 'ontvangstbevestiging integriteitsmelding bijna of te laat',
    sentence:
      'Bij een integriteitsmelding verloopt de termijn voor de ontvangstbevestiging (zeven dagen) binnenkort, of die is verlopen.',
    path: () => '/integriteit/meldingen',
  },
  'integrity.feedback_due': {
    roles: ['integrity_officer'],
    subject: 'terugkoppeling integriteitsmelding bijna of te laat',
    sentence:
      'Bij een integriteitsmelding verloopt de termijn voor terugkoppeling aan de melder (drie maanden) binnenkort, of die is verlopen.',
    path: () => '/integriteit/meldingen',
  },
  'bibob.policy_renewal_due': {
    roles: ['bibob_officer'],
    subject: 'Bibob-beleid moet worden herzien',
    sentence: 'Het Bibob-beleid van uw organisatie moet binnenkort worden herzien.',
    path: () => '/bibob/beleid',
  },
  'training.promoted': {
    roles: ROLES,
    subject: 'u heeft een plaats in een training',
    sentence:
      'Er is een plaats vrijgekomen in een training waarvoor u op de wachtlijst stond. U bent nu aangemeld.',
    path: (slug) => `/toolkit/${slug}`,
    ownerOnly: true,
  },
  'training.cancelled': {
    roles: ROLES,
    subject: 'een training gaat niet door',
    sentence: 'Een bijeenkomst van een training waarvoor u was aangemeld, gaat niet door.',
    path: (slug) => `/toolkit/${slug}`,
    ownerOnly: true,
  },
};

export function isEventType(value: string): value is NotificationEventType {
  return (NOTIFICATION_EVENT_TYPES as readonly string[]).includes(value);
}

/** The event types a person with these roles receives. */
export function eventTypesFor(roles: Iterable<string>): NotificationEventType[] {
  const held = new Set(roles);
  return NOTIFICATION_EVENT_TYPES.filter((t) => EVENT_RULES[t].roles.some((r) => held.has(r)));
}

/** An incident event is urgent ("Spoed"); integrity events are never marked so. */
export function subjectOf(type: NotificationEventType, urgent: boolean): string {
  return `Weerbaar: ${urgent ? 'Spoed – ' : ''}${EVENT_RULES[type].subject}`;
}

/** The time as a person reads it: "6 december 2026 om 09:14" in Europe/Amsterdam. */
export function whenText(at: Date): string {
  const [y, m, d] = amsterdamDate(at).split('-');
  const months = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  return `${Number(d)} ${months[Number(m) - 1]} ${y} om ${amsterdamTime(at)}`;
}

export interface MailItem {
  type: NotificationEventType;
  objectId: string;
  urgent: boolean;
  at: Date;
}

/** The mail for one event: kind, time, link. */
export function eventMail(publicUrl: string, item: MailItem) {
  const rule = EVENT_RULES[item.type];
  return {
    subject: subjectOf(item.type, item.urgent),
    text: [
      'Goedendag,',
      '',
      item.urgent ? `Spoed. ${rule.sentence}` : rule.sentence,
      `Tijdstip: ${whenText(item.at)}.`,
      '',
      `Log in op Weerbaar om te kijken: ${publicUrl}${rule.path(item.objectId)}`,
      '',
      'Dit bericht is automatisch verstuurd. U kiest zelf hoe u dit soort berichten krijgt:',
      `${publicUrl}/account/notificaties`,
    ].join('\n'),
  };
}

/** The daily digest: one line per event, oldest first. */
export function digestMail(publicUrl: string, items: readonly MailItem[]) {
  const urgent = items.some((i) => i.urgent);
  const lines = [...items]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map(
      (i) =>
        `- ${whenText(i.at)}: ${i.urgent ? 'Spoed. ' : ''}${EVENT_RULES[i.type].sentence} ${publicUrl}${EVENT_RULES[i.type].path(i.objectId)}`,
    );
  return {
    subject: `Weerbaar: ${urgent ? 'Spoed – ' : ''}dagoverzicht van ${items.length} ${items.length === 1 ? 'notificatie' : 'notificaties'}`,
    text: [
      'Goedendag,',
      '',
      'Dit is er sinds het vorige overzicht gebeurd:',
      '',
      ...lines,
      '',
      `Log in op Weerbaar om te kijken: ${publicUrl}/notificaties`,
      '',
      'Dit bericht is automatisch verstuurd. U kiest zelf hoe u dit soort berichten krijgt:',
      `${publicUrl}/account/notificaties`,
    ].join('\n'),
  };
}
