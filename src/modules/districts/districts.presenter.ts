import { wijkOfBuurt } from './boundaries';
import type { listDistricts } from './districts.repository';
import type { DistrictList } from './districts.schemas';
import { FIGURE_DICTIONARY } from './figures';

type Row = Awaited<ReturnType<typeof listDistricts>>[number];
type MapRow = {
  file_name: string | null;
  source_format: 'geojson' | 'topojson';
  source_crs: 'wgs84' | 'rd';
  boundaries_loaded_at: Date;
  figures_file_name: string | null;
  figures_loaded_at: Date | null;
};

/** The loaded districts and what was uploaded when, through an explicit list of fields. */
export function presentDistrictList(map: MapRow | undefined, rows: readonly Row[]): DistrictList {
  const withFigures = rows.filter((r) => Object.keys(r.figures ?? {}).length > 0).length;
  return {
    loaded: map !== undefined,
    boundaries: map
      ? {
          fileName: map.file_name,
          format: map.source_format,
          crs: map.source_crs,
          loadedAt: map.boundaries_loaded_at.toISOString(),
          wijken: rows.filter((r) => r.level === 'wijk').length,
          buurten: rows.filter((r) => r.level === 'buurt').length,
        }
      : null,
    figures: map?.figures_loaded_at
      ? {
          fileName: map.figures_file_name,
          loadedAt: map.figures_loaded_at.toISOString(),
          districtsWithFigures: withFigures,
        }
      : null,
    dictionary: FIGURE_DICTIONARY.map((d) => ({
      key: d.key,
      label: d.label,
      description: d.description,
      columns: [...d.columns],
    })),
    districts: rows.map((r) => ({
      code: r.code,
      level: r.level,
      name: r.name,
      wijkCode: r.level === 'buurt' ? wijkOfBuurt(r.code) : null,
      figures: r.figures ?? {},
    })),
  };
}
