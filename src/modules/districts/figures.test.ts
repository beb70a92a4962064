import { describe, expect, it } from 'vitest';
import { demoFiguresCsv } from './districts.demo';
import { parseFiguresCsv } from './figures';

describe('reading CBS context figures', () => {
  it('reads CBS column names, skips the municipality line and keeps "." as unknown', () => {
    const parsed = parseFiguresCsv(
      'gwb_code_10;regio;a_inw;a_hh;a_lan_ha\r\nGM0344;Utrecht;361924;190000;9376\r\nWK034401;Noord;12 345;6.100;.\r\n',
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.columns).toEqual(['inwoners', 'huishoudens', 'oppervlakte_land_ha']);
    expect(parsed.ignored).toEqual(['regio']);
    expect(parsed.lines).toEqual([
      {
        line: 3,
        code: 'WK034401',
        figures: { inwoners: 12345, huishoudens: 6100, oppervlakte_land_ha: null },
      },
    ]);
  });

  it('reads the demo file', () => {
    const parsed = parseFiguresCsv(demoFiguresCsv());
    expect(parsed.ok && parsed.lines.length).toBe(20);
  });

  it('names the line of every problem', () => {
    const parsed = parseFiguresCsv('code,inwoners\nWK034401,100\nWK034402,veel\nWK034401,3\n');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.map((p) => p.message)).toEqual([
      'Regel 3: inwoners van WK034402 is geen getal van 0 of meer.',
      'Regel 4: WK034401 komt vaker voor.',
    ]);
    const header = parseFiguresCsv('wijk,aantal\nWK034401,100\n');
    expect(!header.ok && header.problems[0]?.message).toContain('kopregel');
  });
});
