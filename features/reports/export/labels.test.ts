import { describe, expect, it } from 'vitest';
import catalogue from '@/messages/sv/report-exports.json';
import { fixtureSnapshot } from '@/test-support/report-snapshot';
import { contentDisposition, decisionText, exportFileName, fill, formatTimestamp, reportTitle } from './labels';

const labels = catalogue.reportExports;

describe('export labels', () => {
  it('fills placeholders and leaves unknown ones alone', () => {
    expect(fill('Sida {page} av {pages}', { page: 2, pages: 9 })).toBe('Sida 2 av 9');
    expect(fill('{x} {y}', { x: 1 })).toBe('1 {y}');
  });

  it('titles the interim and annual reports and states the decision', () => {
    expect(reportTitle(labels.document, fixtureSnapshot)).toBe('Delårsrapport 2026');
    expect(reportTitle(labels.document, { ...fixtureSnapshot, period: { ...fixtureSnapshot.period, kind: 'annual' } })).toBe('Årsredovisning 2026');
    expect(decisionText(labels.document, fixtureSnapshot)).toBe('Beslutad av Kommunstyrelsen 2026-09-24, § 142');
    expect(decisionText(labels.document, { ...fixtureSnapshot, decision: null })).toBe('Ej beslutad');
  });

  it("writes when the snapshot was taken in Swedish time, the reader's way", () => {
    expect(formatTimestamp(fixtureSnapshot.takenAt, 'sv')).toBe('2026-09-24 15:05');
    expect(formatTimestamp(fixtureSnapshot.takenAt, 'en-GB')).toBe('24/09/2026, 15:05');
  });

  it('names the file in Swedish and offers an ASCII fallback in the header', () => {
    const name = exportFileName(labels, fixtureSnapshot, 'pdf');
    expect(name).toBe('Delårsrapport-2026-Kommunstyrelsen.pdf');
    expect(contentDisposition(name)).toBe(`attachment; filename="Delarsrapport-2026-Kommunstyrelsen.pdf"; filename*=UTF-8''Del%C3%A5rsrapport-2026-Kommunstyrelsen.pdf`);
    expect(exportFileName(labels, { ...fixtureSnapshot, body: { ...fixtureSnapshot.body, name: 'a/"b"\r\n' } }, 'csv')).toBe('Delårsrapport-2026-a-b.csv');
  });
});
