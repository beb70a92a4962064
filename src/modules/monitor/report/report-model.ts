import { percent } from '../../../platform/charts/chart-layout';
import { CONFIDENCE_LEVEL, SIGNIFICANCE_LEVEL } from '../monitor.constants';
import type { Cell, WaveEstimates } from '../results/estimate-wave';
import type { TrendStep, TrendTable } from '../results/trends';
import type { WaveResults } from '../results/wave-results';

/**
 * What a publication holds: the numbers as they were on the day of
 * publishing (a snapshot, so a report does not change afterwards), from which
 * the HTML and PDF are rendered.
 */
export interface ReportContent {
  title: string;
  year: number;
  population: string;
  populationLabel: string;
  synthetic: boolean;
  publishedOn: string;
  wave: WaveResults['wave'];
  response: WaveResults['response'];
  estimates: WaveEstimates;
  trend: TrendTable;
  keyFigures: KeyFigure[];
  methodology: { heading: string; paragraphs: string[] }[];
}

export interface KeyFigure {
  key: string;
  name: string;
  baseLabel: string;
  cell: Cell;
  /** The step from the previous wave, if any. */
  change: TrendStep | null;
}

/** Dutch wording of a change between waves, for tables and key figures. */
export function describeStep(step: TrendStep | null): string {
  if (!step) return '—';
  switch (step.status) {
    case 'not_comparable':
      return 'niet vergelijkbaar';
    case 'suppressed':
      return 'te weinig respondenten';
    case 'missing':
      return 'niet gemeten';
    case 'compared': {
      const pts = (step.difference * 100).toFixed(1).replace('.', ',');
      const sign = step.difference > 0 ? '+' : '';
      return `${sign}${pts} procentpunt t.o.v. ${step.fromYear}${step.significant ? ' (significant)' : ' (niet significant)'}`;
    }
  }
}

export function describeCell(cell: Cell): string {
  if (cell.suppressed) return 'te weinig respondenten';
  return `${percent(cell.p)} (${percent(cell.ciLow)}–${percent(cell.ciHigh)})`;
}

const nl = (n: number) => n.toLocaleString('nl-NL');

/** The methodology section, written from the data of the wave. */
export function methodology(results: WaveResults, trend: TrendTable): ReportContent['methodology'] {
  const w = results.estimates.weighting;
  const r = results.response;
  const sections: ReportContent['methodology'] = [];
  if (results.wave.synthetic) {
    sections.push({
      heading: 'Synthetische gegevens',
      paragraphs: [
        'Dit rapport is gemaakt met synthetische (verzonnen) respondenten voor demonstratie. De gewogen percentages voor ervaren agressie of intimidatie zijn zo gegenereerd dat ze de gepubliceerde cijfers van de Monitor Integriteit en Veiligheid benaderen; alle andere cijfers zijn fictief. Trek er geen conclusies uit.',
      ],
    });
  }
  sections.push({
    heading: 'Populatie en steekproefkader',
    paragraphs: [
      `De meting richt zich op ${results.wave.populationLabel.toLowerCase()}: ${nl(w.populationTotal)} personen volgens het steekproefkader, verdeeld over ${w.strata} strata naar bestuurslaag, functie en grootteklasse. ` +
        `Het veldwerk liep van ${results.wave.fieldStart} tot en met ${results.wave.fieldEnd}.`,
    ],
  });
  sections.push({
    heading: 'Respons',
    paragraphs: [
      `${nl(r.responses)} respondenten zijn in de analyse opgenomen.` +
        (r.rate !== null && r.approached !== null
          ? ` Van de ${nl(r.approached)} benaderde personen deed ${percent(r.rate)} mee.`
          : ' Het aantal benaderde personen is niet bekend, dus het responspercentage ook niet.'),
      'Antwoorden via Weerbaar zijn anoniem: een antwoord wordt opgeslagen zonder naam, e-mailadres of verwijzing naar de uitnodiging, en in willekeurige volgorde per groep van antwoorden.',
    ],
  });
  sections.push({
    heading: 'Weging',
    paragraphs: [
      'De antwoorden zijn gewogen door poststratificatie: binnen elk stratum tellen de gewichten op tot het aantal personen in dat stratum, zodat elke groep meeweegt naar haar omvang in de populatie' +
        (w.importedWeights
          ? ' (bij geïmporteerde gegevens binnen het stratum in verhouding tot het meegeleverde gewicht).'
          : '.') +
        ` Het gewichtseffect (Kish) is ${w.weightingEffect.toFixed(2).replace('.', ',')}.` +
        (w.strataWithoutRespondents.length > 0
          ? ` ${w.strataWithoutRespondents.length} strata zonder respondenten (${nl(w.populationTotal - w.populationCovered)} personen) zijn niet vertegenwoordigd: ${w.strataWithoutRespondents.join(', ')}.`
          : ' Alle strata hebben respondenten.'),
    ],
  });
  sections.push({
    heading: 'Betrouwbaarheidsintervallen en toetsing',
    paragraphs: [
      `Percentages worden getoond met een ${Math.round(CONFIDENCE_LEVEL * 100)}%-betrouwbaarheidsinterval. De standaardfout is berekend met Taylor-linearisatie voor een gestratificeerde steekproef (elke respondent een eigen eenheid)` +
        (w.fpc ? ', met eindige-populatiecorrectie' : '') +
        '; het interval met de logit-methode (zoals svyciprop(method = "logit") in het R-pakket survey), met een t-verdeling met als vrijheidsgraden het aantal respondenten min het aantal strata. Bij een percentage van 0 of 100 wordt het Korn-Graubard-interval gebruikt.' +
        (w.lonelyStrata > 0
          ? ` ${w.lonelyStrata} strata hebben één respondent; hun bijdrage aan de variantie is conservatief geschat (rond het totale gemiddelde).`
          : ''),
      `Verschillen tussen metingen zijn getoetst als verschillen tussen onafhankelijke steekproeven (tweezijdig, normale benadering) en heten significant bij p < ${String(SIGNIFICANCE_LEVEL).replace('.', ',')}.`,
    ],
  });
  sections.push({
    heading: 'Onderdrukking van kleine aantallen',
    paragraphs: [
      `Cijfers voor groepen met minder dan ${results.estimates.minCellSize} respondenten worden niet getoond ("te weinig respondenten"): ze zijn te onzeker en kunnen personen herkenbaar maken.`,
    ],
  });
  // One paragraph per distinct note, naming every indicator it applies to.
  const byNote = new Map<string, string[]>();
  for (const ind of trend.indicators) {
    for (const note of ind.notes)
      byNote.set(note, [...(byNote.get(note) ?? []), ind.name.toLowerCase()]);
  }
  if (byNote.size > 0) {
    sections.push({
      heading: 'Vergelijkbaarheid',
      paragraphs: [...byNote].map(([note, names]) => `${note} (Geldt voor: ${names.join(', ')}.)`),
    });
  }
  return sections;
}

/** Assemble a publication from a wave's results and its population's trend. */
export function buildReport(
  results: WaveResults,
  trend: TrendTable,
  publishedOn: string,
): ReportContent {
  const keyFigures = results.estimates.indicators.map((ind): KeyFigure => {
    const trendInd = trend.indicators.find((t) => t.key === ind.key);
    const step = trendInd?.steps.find((s) => s.toYear === results.wave.year) ?? null;
    return {
      key: ind.key,
      name: ind.name,
      baseLabel: ind.baseLabel,
      cell: ind.overall,
      change: step,
    };
  });
  return {
    title: results.wave.title,
    year: results.wave.year,
    population: results.wave.population,
    populationLabel: results.wave.populationLabel,
    synthetic: results.wave.synthetic,
    publishedOn,
    wave: results.wave,
    response: results.response,
    estimates: results.estimates,
    trend,
    keyFigures,
    methodology: methodology(results, trend),
  };
}
