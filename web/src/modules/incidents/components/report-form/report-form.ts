// Pure (no React, no API client): the form's rules are unit-tested without a browser.
import type { ReportInput } from '../../api';

/** What the report form holds while it is filled in; choices are strings as the inputs give them. */
export interface ReportFormState {
  reporterGroup: string;
  target: string;
  victimName: string;
  contactPhone: string;
  kinds: string[];
  narrative: string;
  occurredOn: string;
  occurredTime: string;
  location: string;
  locationDetail: string;
  channel: string;
  perpetratorKnown: string;
  perpetratorType: string;
  perpetratorRepeat: boolean;
  perpetratorDescription: string;
  impacts: string[];
  witnesses: boolean;
  witnessDetails: string;
  policeCalled: boolean;
}

export const EMPTY_REPORT: ReportFormState = {
  reporterGroup: '',
  target: 'self',
  victimName: '',
  contactPhone: '',
  kinds: [],
  narrative: '',
  occurredOn: '',
  occurredTime: '',
  location: '',
  locationDetail: '',
  channel: '',
  perpetratorKnown: '',
  perpetratorType: '',
  perpetratorRepeat: false,
  perpetratorDescription: '',
  impacts: [],
  witnesses: false,
  witnessDetails: '',
  policeCalled: false,
};

/** The id of a field (and the error summary's link to it): `report-<name>`. */
export const reportFieldId = (name: string) => `report-${name}`;

/** A moment as the Dutch calendar day (yyyy-mm-dd) it fell on; '' for no moment. */
export const dayOf = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' }) : '';

/** Today in the Netherlands (yyyy-mm-dd): the latest day an incident can have happened. */
export const today = () => dayOf(new Date().toISOString());

/**
 * The form pre-filled from a threatening e-mail: it came by e-mail, online unless said
 * otherwise, its text and day unless the person already wrote them.
 */
export function withEmail(
  form: ReportFormState,
  text: string,
  sentAt: string | null,
): ReportFormState {
  return {
    ...form,
    channel: 'email',
    location: form.location || 'online',
    narrative: form.narrative || text,
    occurredOn: form.occurredOn || dayOf(sentAt),
  };
}

/** What is missing or wrong before sending, as i18n keys by field name; empty when all is well. */
export function reportErrorKeys(form: ReportFormState, todayIs: string): Record<string, string> {
  const e: Record<string, string> = {};
  if (!form.reporterGroup) e.reporterGroup = 'incidents.errors.reporterGroup';
  if (form.kinds.length === 0) e.kinds = 'incidents.errors.kinds';
  if (!form.narrative.trim()) e.narrative = 'incidents.errors.narrative';
  if (!form.occurredOn) e.occurredOn = 'incidents.errors.occurredOn';
  else if (form.occurredOn > todayIs) e.occurredOn = 'incidents.errors.occurredOnFuture';
  if (!form.location) e.location = 'incidents.errors.location';
  if (!form.channel) e.channel = 'incidents.errors.channel';
  if (!form.perpetratorKnown) e.perpetratorKnown = 'incidents.errors.perpetratorKnown';
  return e;
}

/** The request body: empty optional text left out, details of hidden fields not sent. */
export function toReportInput(form: ReportFormState): ReportInput {
  return {
    reporterGroup: form.reporterGroup,
    target: form.target,
    victimName: form.target === 'self' ? undefined : form.victimName || undefined,
    contactPhone: form.contactPhone || undefined,
    occurredOn: form.occurredOn,
    occurredTime: form.occurredTime || undefined,
    location: form.location,
    locationDetail: form.locationDetail || undefined,
    channel: form.channel,
    kinds: form.kinds,
    narrative: form.narrative,
    perpetratorKnown: form.perpetratorKnown === 'yes',
    perpetratorType: form.perpetratorType || undefined,
    perpetratorRepeat: form.perpetratorRepeat,
    perpetratorDescription: form.perpetratorDescription || undefined,
    impacts: form.impacts,
    witnesses: form.witnesses,
    witnessDetails: form.witnesses ? form.witnessDetails || undefined : undefined,
    policeCalled: form.policeCalled,
  };
}
