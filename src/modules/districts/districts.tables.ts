import type { Generated } from 'kysely';

export type DistrictLevel = 'wijk' | 'buurt';

/** A wijk or buurt of the organisation's municipality, with its SVG outline and context figures. */
export interface DistrictTable {
  organisation_id: string;
  code: string;
  level: DistrictLevel;
  name: string;
  path: string;
  centre_x: number;
  centre_y: number;
  figures: Generated<Record<string, number | null>>;
}

/** The organisation's district map: its size in map units and what was loaded when. */
export interface DistrictMapTable {
  organisation_id: string;
  width: number;
  height: number;
  source_format: 'geojson' | 'topojson';
  source_crs: 'wgs84' | 'rd';
  file_name: string | null;
  boundaries_loaded_at: Generated<Date>;
  figures_file_name: string | null;
  figures_loaded_at: Date | null;
}

export interface DistrictsTables {
  district: DistrictTable;
  district_map: DistrictMapTable;
}
