import { describe, expect, it } from 'vitest';
import { NAMES, pdfInfo, pdfText } from '../../../test/pdf-tools';
import { RISICOANALYSE } from '../../scans';
import { DefinitionSchema } from '../definition/definition.schema';
import { scoreResponse } from '../scoring/scoring';
import {
  composeResult,
  computeBenchmark,
  toolkitKeysOf,
  withToolkitTitles,
} from './compose-result';
import { markdownBlocks } from './markdown-blocks';
import { type ResultDocument, renderResultPdf } from './result-pdf';

const risk = DefinitionSchema.parse(RISICOANALYSE);

describe('results', () => {
  it('turns advice Markdown into paragraphs and lists, wrapped list items included', () => {
    expect(markdownBlocks('Eerst **dit**.\n\n- een\n  vervolg\n- twee\n\n# Kop')).toEqual([
      { kind: 'paragraph', text: 'Eerst dit.' },
      { kind: 'list', items: ['een vervolg', 'twee'] },
      { kind: 'heading', text: 'Kop' },
    ]);
  });

  it('builds risk areas and a discussion guide from the answers', () => {
    const scores = scoreResponse(risk, {
      zakelijke_belangen: true,
      vastgoed: false,
      financiele_kwetsbaarheid: 'nee',
      vog_status: 'niet_aangevraagd',
      vog_belemmering: false,
    });
    const result = composeResult(risk, scores, 'nl');
    expect(result.total).toBeNull(); // the risk analysis shows areas, not one number
    const financial = result.sections.find((s) => s.id === 'financieel')!;
    expect(financial.band?.id).toBe('midden');
    expect(financial.advice).toContain('openbaarmaking');
    expect(result.discussionGuide.map((g) => g.points.map((p) => p.id))).toEqual([
      ['gesprek_belangen'],
    ]);
    expect(result.nextSteps.map((a) => a.id)).toEqual(['belangen_openbaar', 'vog_aanvragen']);
  });

  it('names toolkit items by their title in the result and the PDF, never by their key', async () => {
    const scores = scoreResponse(risk, {
      zakelijke_belangen: true,
      vog_status: 'niet_aangevraagd',
    });
    const plain = composeResult(risk, scores, 'nl');
    const keys = toolkitKeysOf(plain);
    expect(keys).toEqual(['register-nevenfuncties-en-belangen', 'vog-aanvragen']);
    const titles = new Map([
      ['register-nevenfuncties-en-belangen', 'Register van nevenfuncties en belangen'],
      ['vog-aanvragen', 'Verklaring omtrent het gedrag (VOG) aanvragen'],
    ]);
    const result = withToolkitTitles(plain, titles);
    expect(result.nextSteps.map((a) => a.toolkit?.title)).toEqual([...titles.values()]);
    const pdf = await renderResultPdf({
      title: 'Risicoanalyse',
      organisationName: 'Gemeente Test',
      version: 1,
      submittedAt: '28-11-2026',
      generatedAt: '28-11-2026',
      locale: 'nl',
      result,
    });
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Toolkit: Register van nevenfuncties en belangen');
    expect(text).toContain(
      'Toolkit: Verklaring omtrent het gedrag (VOG) aanvragen (https://www.justis.nl)',
    );
    for (const key of keys) expect(text).not.toContain(key);
  });

  it('averages the latest response per organisation, and only from the threshold up', () => {
    const s = (total: number) => ({
      total,
      totalBand: null,
      totalPoints: 0,
      actions: [],
      sections: [
        { id: 'a', score: total, points: 0, minPoints: 0, maxPoints: 0, band: null, weight: 1 },
      ],
    });
    const rows = [
      { organisation_id: 'o1', scores: s(80) },
      { organisation_id: 'o1', scores: s(0) }, // older response of o1: ignored
      { organisation_id: 'o2', scores: s(40) },
    ];
    expect(computeBenchmark(rows, 3)).toBeNull();
    expect(computeBenchmark(rows, 2)).toEqual({ organisations: 2, total: 60, sections: { a: 60 } });
  });

  /** A risk-analysis result PDF; the answers are fixed, the document's fields vary. */
  function riskResultPdf(doc: Partial<Omit<ResultDocument, 'result'>> = {}) {
    const locale = doc.locale ?? 'nl';
    const scores = scoreResponse(risk, { zakelijke_belangen: true, vog_status: 'aangevraagd' });
    return renderResultPdf({
      title: 'Risicoanalyse',
      organisationName: 'Gemeente Test',
      version: 1,
      submittedAt: '28-11-2026',
      generatedAt: '28-11-2026',
      locale,
      ...doc,
      result: composeResult(risk, scores, locale),
    });
  }

  it('renders a tagged PDF in Dutch with the title', async () => {
    const pdf = await riskResultPdf();
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text).toContain('/StructTreeRoot');
    expect(text).toContain('/Lang (nl-NL)');
    expect(text).toContain('/MarkInfo');
  });

  it('prints Latin Extended names as written, with the title and language in its info', async () => {
    const [sukru, lukasz, zoe] = NAMES;
    const pdf = await riskResultPdf({
      title: `Risicoanalyse ${sukru}`,
      organisationName: `Gemeente ${lukasz} & ${zoe}`,
      version: 2,
    });
    const text = pdfText(pdf);
    expect(text).toContain(`Resultaat: Risicoanalyse ${sukru}`);
    expect(text).toContain(`Gemeente ${lukasz} & ${zoe} · versie 2 · ingeleverd op 28-11-2026`);
    const info = pdfInfo(pdf);
    expect(info.Title).toBe(`Resultaat: Risicoanalyse ${sukru}`);
    expect(info.Author).toBe(`Gemeente ${lukasz} & ${zoe}`);
    expect(info.Tagged).toBe('yes');
    expect(pdf.toString('latin1')).toContain('/Lang (nl-NL)');
  });

  it('sets the language of an English result', async () => {
    const pdf = await riskResultPdf({ title: 'Risk analysis', locale: 'en' });
    expect(pdf.toString('latin1')).toContain('/Lang (en-GB)');
    expect(pdfText(pdf)).toContain('Result: Risk analysis');
  });
});
