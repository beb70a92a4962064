import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, pathOf } from './api';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

describe('notification event types in the web app', () => {
  it('knows the reminders, and labels every event type in Dutch and English', () => {
    expect(EVENT_TYPES).toEqual(
      expect.arrayContaining([
        'incident.first_contact_due',
        'incident.aftercare_due',
        'integrity.acknowledgement_due',
        'integrity.feedback_due',
        'bibob.policy_renewal_due',
      ]),
    );
    for (const type of EVENT_TYPES) {
      expect(nl.events[type as keyof typeof nl.events], type).toBeTruthy();
      expect(en.events[type as keyof typeof en.events], type).toBeTruthy();
    }
  });

  it('links each reminder to where it can be dealt with', () => {
    const id = '0199a1b2-0000-7000-8000-000000000001';
    expect(pathOf({ eventType: 'incident.first_contact_due', objectId: id })).toBe(
      `/meldingen/register/${id}`,
    );
    expect(pathOf({ eventType: 'incident.aftercare_due', objectId: id })).toBe(
      `/meldingen/register/${id}`,
    );
    expect(pathOf({ eventType: 'integrity.acknowledgement_due', objectId: id })).toBe(
      '/integriteit/meldingen',
    );
    expect(pathOf({ eventType: 'integrity.feedback_due', objectId: id })).toBe(
      '/integriteit/meldingen',
    );
    expect(pathOf({ eventType: 'bibob.policy_renewal_due', objectId: '1' })).toBe('/bibob/beleid');
  });

  it('links a training moved up or called off to the training’s page', () => {
    for (const eventType of ['training.promoted', 'training.cancelled'] as const) {
      expect(EVENT_TYPES).toContain(eventType);
      expect(pathOf({ eventType, objectId: 'omgaan-met-intimidatie-en-bedreiging' })).toBe(
        '/toolkit/omgaan-met-intimidatie-en-bedreiging',
      );
    }
  });
});
