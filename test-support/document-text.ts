import JSZip from 'jszip';

/**
 * For the exports' tests (unit and end-to-end) only: what a reader of the file would get out of it.
 * The PDF's text as pdf.js extracts it, whitespace collapsed so a wrapped heading still matches.
 */
export async function pdfText(data: Uint8Array): Promise<{ text: string; pages: number }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
    parts.push(' ');
  }
  const text = parts.join('').replace(/\s+/g, ' ');
  await pdf.destroy();
  return { text, pages: pdf.numPages };
}

/** The DOCX's main XML and the names of its embedded media. */
export async function docxParts(data: Uint8Array): Promise<{ documentXml: string; media: string[]; files: string[] }> {
  const zip = await JSZip.loadAsync(data);
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const files = Object.keys(zip.files);
  return { documentXml, media: files.filter((f) => f.startsWith('word/media/')), files };
}
