import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, explainMatch, fold, matchName, nameWords, tokenize } from './name-matching';

describe('normalising names', () => {
  it('folds case and diacritics and joins dotted legal forms', () => {
    expect(fold('Coöperatie Énergie')).toBe('cooperatie energie');
    expect(tokenize('Bouwbedrijf Van Dijk B.V.').map((t) => t.norm)).toEqual([
      'bouwbedrijf',
      'van',
      'dijk',
      'bv',
    ]);
    expect(tokenize('Jansen V.O.F.').map((t) => t.norm)).toEqual(['jansen', 'vof']);
  });

  it('sets aside legal forms, articles and generic words, and says so', () => {
    expect(nameWords('Stichting Sportpark Noord')).toEqual({
      words: ['sportpark', 'noord'],
      ignored: ['stichting'],
    });
    expect(nameWords('ASML Holding N.V.').words).toEqual(['asml']);
    expect(nameWords('Coöperatie Energie Utrecht U.A.').words).toEqual(['energie', 'utrecht']);
    // A name that is only generic words keeps them.
    expect(nameWords('Holding B.V.').words).toEqual(['holding']);
  });

  it('computes edit distances and gives up beyond the limit', () => {
    expect(editDistance('jansen', 'janssen', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'xyzxyz', 1)).toBe(2);
  });
});

describe('matching declared names against agenda text', () => {
  it('finds a company regardless of legal form, case and word order', () => {
    const m = matchName(
      'Bouwbedrijf Van Dijk B.V.',
      'Gunning renovatie sporthal Overvecht aan bouwbedrijf van Dijk',
    );
    expect(m?.score).toBe(1);
    expect(m?.excerpt).toBe('bouwbedrijf van Dijk');
    expect(matchName('Stichting Sportpark Noord', 'Subsidie Noord-Sportpark 2027')?.score).toBe(1);
    expect(
      matchName(
        'Coöperatie Energie Utrecht U.A.',
        'Zonnepark: overeenkomst met Energie Utrecht coöperatie',
      ),
    ).not.toBeNull();
  });

  it('tolerates a typing difference in longer words and explains it', () => {
    const m = matchName('Janssen Advies', 'Opdracht aan Jansen Advies voor de herinrichting');
    expect(m).not.toBeNull();
    expect(m!.pairs).toContainEqual({ declared: 'janssen', found: 'jansen', distance: 1 });
    const text = explainMatch(
      { name: 'Janssen Advies', holder: 'R. Raadslid', kind: 'nevenfunctie' },
      { itemNo: '4', title: 'Herinrichting' },
      m!,
    );
    expect(text).toContain('janssen ≈ jansen (1 letter verschil)');
    expect(text).toContain('agendapunt 4');
  });

  it('does not match on one shared word of a longer name, or on short generic words', () => {
    expect(matchName('Vereniging Oud-Utrecht', 'Begroting gemeente Utrecht 2027')).toBeNull();
    expect(matchName('Voetbalvereniging Noord', 'Parkeren in Utrecht Noord')).toBeNull();
    expect(matchName('AB', 'AB-besluit over de begroting')).toBeNull();
    expect(matchName('Vitens N.V.', 'Drinkwater: afspraken met Vitesse')).toBeNull();
  });

  it('matches a single distinctive word exactly', () => {
    expect(matchName('Vitens N.V.', 'Drinkwaterleiding: afspraken met Vitens')?.excerpt).toBe(
      'Vitens',
    );
  });

  it('always finds a name in a text that contains it verbatim (property)', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{4,9}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.string({ maxLength: 40 }),
        (words, noise) => {
          const name = `${words.join(' ')} B.V.`;
          const text = `${noise.replace(/[\p{L}\p{N}]/gu, ' ')} voorstel over ${words.join(' ')} en verder`;
          expect(matchName(name, text)?.score).toBe(1);
        },
      ),
      { numRuns: 100 },
    );
  });
});
