import { describe, expect, it } from 'vitest';
import catalogue from '@/messages/sv/report-exports.json';
import { fixtureSnapshot } from '@/test-support/report-snapshot';
import { reportDocx } from './docx';
import { docxParts } from '@/test-support/document-text';

const labels = catalogue.reportExports.document;
/** The document's text: the runs' contents, unescaped, as Word shows them. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) =>
      m[1]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join('');

describe('reportDocx', async () => {
  const { documentXml, media, files } = await docxParts(await reportDocx(fixtureSnapshot, labels, 'sv'));

  it('holds the cover, every goal title and analysis, in real Word headings', () => {
    const text = textOf(documentXml);
    for (const expected of ['Sjöviks kommun', 'Delårsrapport 2026', 'Beslutad av Kommunstyrelsen 2026-09-24, § 142', 'Sammanfattning', 'Nämndernas bidrag', 'Regelns förslag']) expect(text).toContain(expected);
    for (const section of fixtureSnapshot.sections) {
      expect(text).toContain(`${section.code} ${section.title}`);
      expect(text).toContain(section.assessment!.analysis);
      for (const g of section.contributions.flatMap((c) => c.goals)) expect(text).toContain(`${g.code} ${g.title}`);
    }
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading4"\/>/);
    expect(documentXml).toContain('TOC \\h \\o &quot;1-2&quot;');
  });

  it('embeds the summary chart and one trend chart per council goal as PNG, with alternative text', () => {
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(1 + fixtureSnapshot.sections.length);
    expect(documentXml).toContain('descr="Diagram: antal mål per bedömning. Siffrorna finns i tabellen."');
    expect(files).toContain('word/footer1.xml');
  });

  it('escapes markup, ampersands and quotes: they come out as text, never as XML', () => {
    expect(documentXml).not.toContain('<script>');
    expect(documentXml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; övrigt');
    expect(textOf(documentXml)).toContain('svaren <script>alert("x")</script> & övrigt');
  });
});
