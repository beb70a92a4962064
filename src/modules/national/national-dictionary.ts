import { INCIDENT_KINDS } from '../incidents';
import { FILTERS, LEVELS } from './national-dimensions';

/** The open-data licence of every release. */
export const LICENCE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.nl)';

export interface DictionaryEntry {
  field: string;
  type: string;
  description: string;
  values: string[] | null;
}

/** What each column of a release's tables means (tables.csv and tables.json). */
export const DATA_DICTIONARY: readonly DictionaryEntry[] = [
  {
    field: 'filter',
    type: 'text',
    description:
      "Welke meldingen de cel telt: 'all' (alle), 'kind:<soort>' (meldingen met die soort; één melding kan meerdere soorten hebben) of 'target:<doelgroep>' (ambtsdrager, medewerker, naaste, overig).",
    values: [...FILTERS],
  },
  {
    field: 'level',
    type: 'text',
    description:
      "Het niveau van de tabel: organisaties van één bestuurslaag ('gemeente', 'provincie', 'waterschap'), 'regio' (alle gemeenten binnen één provincie samen; niet de provincie als organisatie) of de lagen zelf ('layer').",
    values: [...LEVELS],
  },
  {
    field: 'period',
    type: 'text',
    description: 'Kwartaal (JJJJ-Qn) of jaar (JJJJ) van registratie (Europe/Amsterdam).',
    values: null,
  },
  {
    field: 'areaType',
    type: 'text',
    description:
      "Soort gebied: een organisatie (gemeente, provincie, waterschap), 'regio' (de gemeenten binnen een provincie samen, volgens de CBS-gebiedsindeling 2024), 'layer' of 'land'.",
    values: ['gemeente', 'regio', 'provincie', 'waterschap', 'layer', 'land'],
  },
  {
    field: 'areaCode',
    type: 'text',
    description:
      'CBS-code (GMxxxx, PVxx; bij een regio de code van de provincie), TOOI-code (wsxxxx), laag of NL.',
    values: null,
  },
  { field: 'areaName', type: 'text', description: 'Naam van het gebied.', values: null },
  {
    field: 'count',
    type: 'integer',
    description: 'Aantal geregistreerde meldingen; leeg als de cel is onderdrukt.',
    values: null,
  },
  {
    field: 'rate',
    type: 'number',
    description:
      'Meldingen per 100 ambtsdragers en/of medewerkers (noemer uit de steekproefkaders van de Monitor); alleen voor lagen en het land (per gemeente, en dus per regio, zijn er geen aantallen), en alleen als het aantal gepubliceerd is.',
    values: null,
  },
  {
    field: 'suppressed',
    type: 'text',
    description:
      "'ja' als de cel is onderdrukt: minder dan k meldingen, of aanvullend onderdrukt zodat zo'n cel niet uit totalen is af te leiden. Welke van de twee wordt niet vermeld, omdat ook dat iets over de aantallen zou verraden.",
    values: ['ja', 'nee'],
  },
];

/** Kinds of incident, for the dictionary's filter values. */
export const KINDS = INCIDENT_KINDS;
