import { z } from 'zod';

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });

/** Largest boundary file accepted (PDOK's detailed buurten of a large city stay below this). */
export const MAX_BOUNDARY_BYTES = 12 * 1024 * 1024;
/** Largest figures file accepted. */
export const MAX_FIGURES_BYTES = 2 * 1024 * 1024;

const fileName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .optional()
  .describe('Name of the uploaded file, shown to the admin afterwards');

export const BoundariesBody = z
  .object({
    fileName,
    content: z
      .string()
      .min(1, 'Kies een bestand.')
      .max(MAX_BOUNDARY_BYTES, 'Het bestand is groter dan 12 MB.')
      .describe(
        'The GeoJSON (FeatureCollection) or TopoJSON (Topology) text: wijken (WKxxxxxx) and/or buurten (BUxxxxxxxx) of this municipality, each with a code (statcode, wijkcode or buurtcode) and a name (statnaam, wijknaam or buurtnaam), in WGS84 or RD New (EPSG:28992)',
      ),
  })
  .strict();
export type BoundariesBody = z.infer<typeof BoundariesBody>;

export const FiguresBody = z
  .object({
    fileName,
    content: z
      .string()
      .min(1, 'Kies een bestand.')
      .max(MAX_FIGURES_BYTES, 'Het bestand is groter dan 2 MB.')
      .describe(
        'CSV (comma or semicolon) with a code column (code or gwb_code_10) and columns of the data dictionary (inwoners, huishoudens, woningen, oppervlakte_land_ha, or the CBS names a_inw, a_hh, a_woning, a_lan_ha); other columns are ignored',
      ),
  })
  .strict();
export type FiguresBody = z.infer<typeof FiguresBody>;

export const DistrictLevel = z.enum(['wijk', 'buurt']).describe('wijk (WK) or buurt (BU)');

export const Figures = z
  .record(z.string(), z.number().nullable())
  .describe('Context figures by data-dictionary key; null: not known (CBS ".")');

export const DistrictItem = z.object({
  code: z.string().describe('CBS code, WKxxxxxx or BUxxxxxxxx'),
  level: DistrictLevel,
  name: z.string(),
  wijkCode: z.string().nullable().describe('For a buurt: the wijk it lies in'),
  figures: Figures,
});
export type DistrictItem = z.infer<typeof DistrictItem>;

export const DictionaryEntry = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  columns: z.array(z.string()).describe('Column names accepted in the CSV'),
});

export const DistrictList = z.object({
  loaded: z.boolean().describe('Whether boundaries were uploaded'),
  boundaries: z
    .object({
      fileName: z.string().nullable(),
      format: z.enum(['geojson', 'topojson']),
      crs: z.enum(['wgs84', 'rd']).describe('Coordinates of the uploaded file'),
      loadedAt: z.string(),
      wijken: z.number().int(),
      buurten: z.number().int(),
    })
    .nullable(),
  figures: z
    .object({
      fileName: z.string().nullable(),
      loadedAt: z.string(),
      districtsWithFigures: z.number().int(),
    })
    .nullable(),
  dictionary: z.array(DictionaryEntry).describe('The context figures a CSV can carry'),
  districts: z.array(DistrictItem).describe('Every wijk and buurt, by name'),
});
export type DistrictList = z.infer<typeof DistrictList>;

export const FiguresResult = DistrictList.extend({
  ignoredColumns: z.array(z.string()).describe('Columns of the CSV not in the data dictionary'),
});
