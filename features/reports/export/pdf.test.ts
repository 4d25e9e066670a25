import { describe, expect, it } from 'vitest';
import english from '@/messages/en/report-exports.json';
import catalogue from '@/messages/sv/report-exports.json';
import { fixtureSnapshot } from '@/test-support/report-snapshot';
import { reportPdf, winAnsi } from './pdf';
import { pdfText } from '@/test-support/document-text';

const labels = catalogue.reportExports.document;
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('reportPdf', () => {
  it('is a PDF whose text holds the cover, the summary, every goal and its analysis, with Swedish letters intact', async () => {
    const pdf = await reportPdf(fixtureSnapshot, labels, 'sv');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, pages } = await pdfText(pdf);
    expect(pages).toBeGreaterThanOrEqual(5);
    for (const expected of ['Sjöviks kommun', 'Kommunstyrelsen', 'Delårsrapport 2026', 'Beslutad av Kommunstyrelsen 2026-09-24, § 142', 'Sammanfattning', 'Regelns förslag', 'Prognos för helåret', 'Nämndernas bidrag', 'Utgångsläge', 'Målvärde', `Sida 2 av ${pages}`]) {
      expect(text).toContain(expected);
    }
    for (const section of fixtureSnapshot.sections) {
      expect(text).toContain(`${section.code} ${section.title}`);
      expect(text).toContain(squash(section.assessment!.analysis));
      for (const c of section.contributions) {
        expect(text).toContain(c.boardName);
        for (const g of c.goals) expect(text).toContain(`${g.code} ${g.title}`);
      }
    }
    expect(text).toContain('Äldre får en trygg och värdig omsorg med hög kvalité');
    expect(text).toContain('Andel elever behöriga till gymnasiet');
    expect(text).toContain('85,2 %');
  });

  it("writes the time of the snapshot the reader's way", async () => {
    expect(squash((await pdfText(await reportPdf(fixtureSnapshot, labels, 'sv'))).text)).toContain('Ögonblicksbild tagen 2026-09-24 15:05');
    expect(squash((await pdfText(await reportPdf(fixtureSnapshot, english.reportExports.document, 'en-GB'))).text)).toContain('Snapshot taken 24/09/2026, 15:05');
  });

  it('writes markup, ampersands and quotes as the text they are', async () => {
    const { text } = await pdfText(await reportPdf(fixtureSnapshot, labels, 'sv'));
    expect(text).toContain('svaren <script>alert("x")</script> & övrigt');
  });

  it('says "Ej beslutad" and "Årsredovisning" for an annual report not yet decided', async () => {
    const annual = { ...fixtureSnapshot, decision: null, period: { ...fixtureSnapshot.period, kind: 'annual' as const } };
    const { text } = await pdfText(await reportPdf(annual, labels, 'sv'));
    expect(text).toContain('Årsredovisning 2026');
    expect(text).toContain('Ej beslutad');
    expect(text).not.toContain('Prognos för helåret');
  });
});

describe('winAnsi', () => {
  it('keeps Swedish letters, composes decomposed ones and replaces what the fonts cannot draw', () => {
    expect(winAnsi('åäö ÅÄÖ é – § €')).toBe('åäö ÅÄÖ é – § €');
    expect(winAnsi('a\u030a')).toBe('å');
    expect(winAnsi('≥ 5 ✓')).toBe('? 5 ?');
  });
});
