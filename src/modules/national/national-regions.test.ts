import { describe, expect, it } from 'vitest';
import { ORGANISATIONS } from './data/organisations';
import { PROVINCE_OF_MUNICIPALITY, PROVINCES } from './data/regions';
import { provinceOfMunicipality, regionsOf } from './national-regions';

const municipalities = ORGANISATIONS.filter(([type]) => type === 'gemeente');
const provinceCodes = ORGANISATIONS.filter(([type]) => type === 'provincie').map(([, c]) => c);

describe('regions (municipalities per province)', () => {
  it('places every one of the 342 municipalities in one of the 12 provinces', () => {
    expect(municipalities).toHaveLength(342);
    expect(PROVINCES.map(([code]) => code)).toEqual(provinceCodes);
    for (const [, code, name] of municipalities) {
      expect(provinceCodes, `${code} ${name}`).toContain(provinceOfMunicipality(code));
    }
    expect(Object.keys(PROVINCE_OF_MUNICIPALITY)).toHaveLength(342);
  });

  it('puts well-known municipalities in their own province', () => {
    expect(provinceOfMunicipality('GM0344')).toBe('PV26'); // Utrecht
    expect(provinceOfMunicipality('GM0363')).toBe('PV27'); // Amsterdam
    expect(provinceOfMunicipality('GM0014')).toBe('PV20'); // Groningen
    expect(provinceOfMunicipality('GM0935')).toBe('PV31'); // Maastricht
    expect(provinceOfMunicipality('GM0060')).toBe('PV21'); // Ameland, an island
    expect(provinceOfMunicipality('GM0034')).toBe('PV24'); // Almere
    expect(provinceOfMunicipality('gm0344')).toBe('PV26');
  });

  it('makes a region of each province with municipalities taking part, and keeps the rest apart', () => {
    const orgs = [
      { id: 'a', code: 'GM0344', type: 'gemeente' },
      { id: 'b', code: 'GM0307', type: 'gemeente' },
      { id: 'c', code: 'GM0014', type: 'gemeente' },
      { id: 'd', code: 'GM9999', type: 'gemeente' },
      { id: 'p', code: 'PV26', type: 'provincie' },
    ];
    const { regions, unplaced } = regionsOf(orgs);
    expect(regions.map((r) => [r.key, r.name, r.members.map((m) => m.id)])).toEqual([
      ['regio:PV20', 'Gemeenten in Groningen', ['c']],
      ['regio:PV26', 'Gemeenten in Utrecht', ['a', 'b']],
    ]);
    expect(unplaced.map((o) => o.id)).toEqual(['d']);
  });

  it('has all 12 regions when every municipality takes part', () => {
    const { regions, unplaced } = regionsOf(
      municipalities.map(([type, code]) => ({ id: code, code, type })),
    );
    expect(regions).toHaveLength(12);
    expect(unplaced).toEqual([]);
    expect(regions.reduce((s, r) => s + r.members.length, 0)).toBe(342);
  });
});
