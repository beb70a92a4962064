import { describe, expect, it } from 'vitest';
import { MAP_WIDTH, parseBoundaries, wijkOfBuurt } from './boundaries';
import { demoBoundaryGeoJson } from './districts.demo';

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const area = (properties: Record<string, unknown>, coordinates: unknown) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates },
});

describe('reading boundary files', () => {
  it('reads GeoJSON in WGS84 and projects every area to an SVG path on the map', () => {
    const parsed = parseBoundaries(demoBoundaryGeoJson(), 'GM0344');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.crs).toBe('wgs84');
    expect(parsed.value.format).toBe('geojson');
    expect(parsed.value.width).toBe(MAP_WIDTH);
    expect(parsed.value.districts).toHaveLength(20);
    const wijk = parsed.value.districts.find((d) => d.code === 'WK034401');
    expect(wijk?.level).toBe('wijk');
    expect(wijk?.path).toMatch(/^M\d+ \d+(l-?\d+-? ?-?\d+)+z$/);
    for (const d of parsed.value.districts) {
      expect(d.centre[0]).toBeGreaterThanOrEqual(0);
      expect(d.centre[0]).toBeLessThanOrEqual(MAP_WIDTH);
      expect(d.centre[1]).toBeGreaterThanOrEqual(0);
      expect(d.centre[1]).toBeLessThanOrEqual(parsed.value.height);
    }
  });

  it('reads RD New coordinates and TopoJSON with PDOK property names', () => {
    const rd = parseBoundaries(
      collection([
        area({ wijkcode: 'WK036301', wijknaam: 'Centrum' }, square(120000, 486000, 2000)),
        area(
          { buurtcode: 'BU03630101', buurtnaam: 'Burgwallen', wijkcode: 'WK036301' },
          square(120000, 486000, 1000),
        ),
      ]),
      'GM0363',
    );
    if (!rd.ok) throw new Error(JSON.stringify(rd.problems));
    expect(rd.value.crs).toBe('rd');
    expect(rd.value.districts.map((d) => [d.code, d.level, d.name])).toEqual([
      ['WK036301', 'wijk', 'Centrum'],
      ['BU03630101', 'buurt', 'Burgwallen'],
    ]);
    // The wijk is twice as wide as the buurt, also on the map.
    expect(rd.value.height).toBe(MAP_WIDTH);

    const topology = {
      type: 'Topology',
      objects: {
        wijken: {
          type: 'GeometryCollection',
          geometries: [
            {
              type: 'Polygon',
              arcs: [[0]],
              properties: { statcode: 'WK036302', statnaam: 'West' },
            },
          ],
        },
      },
      arcs: [
        [
          [4.85, 52.36],
          [4.88, 52.36],
          [4.88, 52.38],
          [4.85, 52.38],
          [4.85, 52.36],
        ],
      ],
    };
    const topo = parseBoundaries(JSON.stringify(topology), 'GM0363');
    if (!topo.ok) throw new Error(JSON.stringify(topo.problems));
    expect(topo.value.format).toBe('topojson');
    expect(topo.value.districts[0]?.name).toBe('West');
  });

  it('refuses malformed files with a message that says what to change', () => {
    const first = (text: string, gm = 'GM0344') => {
      const r = parseBoundaries(text, gm);
      if (r.ok) throw new Error('accepted');
      return r.problems.map((p) => p.message);
    };
    expect(first('{"type": "FeatureCollection", "features": [')).toEqual([
      expect.stringContaining('geen geldige JSON'),
    ]);
    expect(first('{"type": "Point", "coordinates": [5, 52]}')[0]).toContain('geen GeoJSON');
    expect(first(collection([]))[0]).toContain('geen gebieden');
    const wgs = square(5.1, 52.08, 0.01);
    expect(
      first(
        collection([
          area({ statcode: 'WK036301', statnaam: 'Elders' }, wgs),
          area({ statcode: 'XX1', statnaam: 'Raar' }, wgs),
          area({ statnaam: 'Zonder code' }, wgs),
          area({ statcode: 'WK034401' }, wgs),
          area({ statcode: 'WK034402', statnaam: 'Open' }, [wgs[0]!.slice(0, 4)]),
          area({ statcode: 'WK034403', statnaam: 'Een' }, wgs),
          area({ statcode: 'WK034403', statnaam: 'Twee' }, wgs),
        ]),
      ),
    ).toEqual([
      'Gebied 1: WK036301 ligt niet in gemeente GM0344.',
      'Gebied 2: XX1 is geen wijkcode (WK en 6 cijfers) of buurtcode (BU en 8 cijfers).',
      'Gebied 3: er is geen wijk- of buurtcode (eigenschap statcode of wijkcode).',
      'Gebied 4: WK034401 heeft geen naam (eigenschap statnaam of wijknaam).',
      'Gebied 5: WK034402 heeft geen geldig vlak (Polygon of MultiPolygon met gesloten ringen).',
      'Gebied 7: WK034403 komt vaker voor.',
    ]);
    expect(
      first(collection([area({ statcode: 'WK034401', statnaam: 'Zee' }, square(1, 40, 1))]))[0],
    ).toContain('niet (allemaal) in Nederland');
  });

  it('reads a detailed file with more points than a function call takes arguments', () => {
    const features = Array.from({ length: 300 }, (_, i) => {
      const ring = Array.from({ length: 1000 }, (_, k) => {
        const a = (2 * Math.PI * k) / 1000;
        return [
          130000 + (i % 20) * 400 + 190 * Math.cos(a),
          455000 + Math.floor(i / 20) * 400 + 190 * Math.sin(a),
        ];
      });
      const code = `BU0344${String(Math.floor(i / 100)).padStart(2, '0')}${String(i % 100).padStart(2, '0')}`;
      return area({ statcode: code, statnaam: `Buurt ${i}` }, [[...ring, ring[0]]]);
    });
    const parsed = parseBoundaries(collection(features), 'GM0344');
    expect(parsed.ok && parsed.value.districts.length).toBe(300);
  });

  it('knows the wijk of a buurt from its code', () => {
    expect(wijkOfBuurt('BU03440102')).toBe('WK034401');
  });
});
