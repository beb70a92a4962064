import type { AftercareTaskRow, IncidentRow, MeasureRow } from './incidents.tables';

/** One step of the plan "melding en aangifte", with whether it is done. */
export interface Step {
  key: string;
  text: string;
  done: boolean;
}

/**
 * The step-by-step plan from report to police report (stappenplan melding en
 * aangifte), derived from the case as it stands, so reporter and handler see the
 * same progress and nothing is ticked off by hand.
 */
export function stepPlan(
  row: Pick<IncidentRow, 'first_contact_at' | 'triaged_at'>,
  measures: readonly Pick<MeasureRow, 'type' | 'status'>[],
  tasks: readonly Pick<AftercareTaskRow, 'status'>[],
  evidenceCount: number,
): Step[] {
  const police = measures.find((m) => m.type === 'police_report' && m.status !== 'cancelled');
  return [
    { key: 'reported', text: 'Melding gedaan bij de werkgever', done: true },
    {
      key: 'evidence',
      text: 'Bewijs bewaard (schermafdrukken, foto’s, berichten)',
      done: evidenceCount > 0,
    },
    {
      key: 'first_contact',
      text: 'Eerste contact met de behandelaar',
      done: row.first_contact_at !== null,
    },
    { key: 'risk', text: 'Risico ingeschat', done: row.triaged_at !== null },
    {
      key: 'police_planned',
      text: 'Aangifte voorbereid en afgesproken wie aangifte doet',
      done: Boolean(police),
    },
    {
      key: 'police_filed',
      text: 'Aangifte gedaan bij de politie',
      done: police?.status === 'done',
    },
    { key: 'aftercare', text: 'Nazorg afgesproken', done: tasks.length > 0 },
  ];
}
