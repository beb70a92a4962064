/** The report both intake benchmarks submit: a report of realistic size: about 1,200 characters of narrative, a few short fields. */
export const NARRATIVE =
  `${'Tijdens het spreekuur werd een medewerker door een bezoeker uitgescholden en bedreigd. '.repeat(14)}`.trim();
export const REPORT = {
  reporterGroup: 'civil_servant',
  target: 'self',
  occurredOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
  occurredTime: '14:05',
  location: 'work_location',
  locationDetail: 'Publiekshal, balie 3',
  channel: 'in_person',
  kinds: ['verbal_aggression', 'threat'],
  narrative: NARRATIVE,
  perpetratorKnown: false,
  perpetratorType: 'citizen',
  perpetratorRepeat: false,
  impacts: ['fear'],
  witnesses: true,
  witnessDetails: 'Collega aan balie 4',
  policeCalled: false,
};
