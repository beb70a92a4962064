import type { DefinitionInput } from './definition.schema';

/**
 * A small definition with every question type, for tests: each test copies it
 * and changes what it needs (structuredClone).
 */
export function testDefinition(): DefinitionInput {
  return {
    formatVersion: 1,
    key: 'test-alles',
    title: { nl: 'Testvragenlijst' },
    privacy: {
      respondent: 'team',
      aggregates: { visibleToRoles: ['org_admin'], consent: 'implied' },
      exportResponses: 'scores',
      retention: { submittedDays: 30, unfinishedDays: 7 },
      benchmark: { enabled: true },
    },
    scoring: {
      direction: 'higher_is_better',
      bands: [
        { id: 'laag', label: { nl: 'Laag' }, from: 0, to: 50 },
        { id: 'hoog', label: { nl: 'Hoog' }, from: 50, to: 100 },
      ],
      totalAdvice: { laag: { nl: 'Totaal laag' }, hoog: { nl: 'Totaal hoog' } },
    },
    sections: [
      {
        id: 'een',
        title: { nl: 'Een' },
        questions: [
          {
            id: 'keuze',
            type: 'single_choice',
            text: { nl: 'Keuze?' },
            options: [
              { value: 'a', label: { nl: 'A' }, points: 0 },
              { value: 'b', label: { nl: 'B' }, points: 2 },
              { value: 'c', label: { nl: 'C' }, points: 4 },
            ],
          },
          {
            id: 'meer',
            type: 'multiple_choice',
            text: { nl: 'Meer?' },
            maxSelected: 2,
            options: [
              { value: 'x', label: { nl: 'X' }, points: 1 },
              { value: 'y', label: { nl: 'Y' }, points: 2 },
              { value: 'z', label: { nl: 'Z' }, points: 3 },
              { value: 'geen', label: { nl: 'Geen' }, points: 0, exclusive: true },
            ],
          },
          {
            id: 'schaal',
            type: 'likert',
            text: { nl: 'Schaal?' },
            scale: { from: 1, to: 5, fromLabel: { nl: 'oneens' }, toLabel: { nl: 'eens' } },
            scoring: { perStep: 1 },
          },
          {
            id: 'jn',
            type: 'yes_no',
            text: { nl: 'Ja of nee?' },
            points: { yes: 2, no: 0 },
            followUp: {
              when: true,
              question: {
                id: 'aantal',
                type: 'number',
                text: { nl: 'Hoeveel?' },
                integer: true,
                min: 0,
                max: 10,
                scoring: {
                  ranges: [
                    { max: 0, points: 0 },
                    { max: 5, points: 1 },
                  ],
                  otherwise: 2,
                },
              },
            },
          },
        ],
        advice: { laag: { nl: 'Een laag' }, hoog: { nl: 'Een hoog' } },
        actions: [
          { id: 'doe_iets', title: { nl: 'Doe iets' }, bands: ['laag'] },
          {
            id: 'nee_gezegd',
            title: { nl: 'Nee gezegd' },
            when: { question: 'jn', equals: false },
          },
        ],
      },
      {
        id: 'twee',
        title: { nl: 'Twee' },
        weight: 3,
        showIf: { question: 'keuze', in: ['b', 'c'] },
        questions: [
          {
            id: 'rooster',
            type: 'matrix',
            text: { nl: 'Rooster?' },
            items: [
              { id: 'i1', text: { nl: 'Item 1' } },
              { id: 'i2', text: { nl: 'Item 2' } },
            ],
            scale: [
              { value: 'nooit', label: { nl: 'Nooit' }, points: 0 },
              { value: 'altijd', label: { nl: 'Altijd' }, points: 3 },
            ],
          },
          {
            id: 'tekst',
            type: 'text',
            text: { nl: 'Toelichting' },
            required: false,
            maxLength: 50,
          },
          {
            id: 'datum',
            type: 'date',
            text: { nl: 'Datum' },
            notAfterToday: true,
            required: false,
          },
        ],
      },
    ],
  };
}
