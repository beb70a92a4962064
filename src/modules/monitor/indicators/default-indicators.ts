import type { Population } from '../monitor.tables';
import { POPULATION_LABELS } from '../monitor.vocabulary';
import type { IndicatorDefinition } from '../results/wave-data';
import type { Condition } from './indicator-condition';

/** The note behind the letter's footnote: the 2016 wording differs. */
export const WORDING_2016_NOTE =
  'In 2016 werd gevraagd naar slachtofferschap van agressie of geweld; vanaf 2018 naar enige vorm van agressie of intimidatie, ' +
  'ook online. Door deze verandering in de vraagstelling is een zuivere vergelijking met 2016 niet mogelijk.';

const yes = (question: string): Condition => ({ question, equals: 'ja' });

/**
 * The Monitor's standard indicators for a questionnaire version: the starting
 * set of a new wave, which a researcher can change per wave. The aggression
 * indicator of version 1 (2016) has its own comparability key, so a trend
 * across 2016-2018 reads "niet vergelijkbaar".
 */
export function defaultIndicators(
  questionnaireKey: string,
  population: Population,
): IndicatorDefinition[] {
  const everyone = `Alle respondenten (${POPULATION_LABELS[population].nl.toLowerCase()})`;
  const v1 = questionnaireKey === 'miv-v1';
  const victimQuestion = v1 ? 'agressie_2016' : 'agressie_ervaren';
  const victims = 'Respondenten die agressie of intimidatie ervoeren';
  return [
    {
      key: 'agressie',
      name: 'Ervaren agressie of intimidatie',
      description:
        'Aandeel dat in de afgelopen twaalf maanden minstens één keer agressie of intimidatie ervoer.',
      questions: [victimQuestion],
      condition: yes(victimQuestion),
      baseCondition: null,
      baseLabel: everyone,
      comparabilityKey: v1 ? 'agressie-v1' : 'agressie-v2',
      comparabilityNote: v1 ? WORDING_2016_NOTE : null,
      sortOrder: 10,
    },
    {
      key: 'online',
      name: 'Online agressie of intimidatie',
      description:
        'Aandeel dat agressie of intimidatie (ook) online ervoer, bijvoorbeeld via sociale media of e-mail.',
      questions: [victimQuestion, 'agressie_online'],
      condition: { all: [yes(victimQuestion), yes('agressie_online')] },
      baseCondition: null,
      baseLabel: everyone,
      comparabilityKey: v1 ? 'online-v1' : 'online-v2',
      comparabilityNote: v1 ? WORDING_2016_NOTE : null,
      sortOrder: 20,
    },
    {
      key: 'melding',
      name: 'Incident gemeld bij de organisatie',
      description:
        'Aandeel van de slachtoffers dat het (laatste) incident meldde bij de eigen organisatie.',
      questions: ['melding_gedaan'],
      condition: yes('melding_gedaan'),
      baseCondition: yes(victimQuestion),
      baseLabel: victims,
      comparabilityKey: v1 ? 'melding-v1' : 'melding-v2',
      comparabilityNote: v1 ? WORDING_2016_NOTE : null,
      sortOrder: 30,
    },
    {
      key: 'vermoeden',
      name: 'Vermoeden van niet-integer gedrag van een collega',
      description:
        'Aandeel dat in de afgelopen twaalf maanden een vermoeden had van niet-integer gedrag van een collega.',
      questions: ['vermoeden_integriteit'],
      condition: yes('vermoeden_integriteit'),
      baseCondition: null,
      baseLabel: everyone,
      comparabilityKey: 'vermoeden-v1',
      comparabilityNote: null,
      sortOrder: 40,
    },
    {
      key: 'gedragscode',
      name: 'Bekend met de gedragscode',
      description: 'Aandeel dat bekend is met de gedragscode van de eigen organisatie.',
      questions: ['bekend_gedragscode'],
      condition: yes('bekend_gedragscode'),
      baseCondition: null,
      baseLabel: everyone,
      comparabilityKey: 'gedragscode-v1',
      comparabilityNote: null,
      sortOrder: 50,
    },
  ];
}
