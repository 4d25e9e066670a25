import PDFDocument from 'pdfkit';
import type { ReportAssessment, ReportGoal, ReportSnapshot } from '../snapshot';
import { reportCharts, type ChartImage } from './charts';
import { STATUS_KEYS, decisionText, fill, formatNumber, formatShare, formatTimestamp, fulfilmentText, reportTitle, summaryRows, type DocumentLabels } from './labels';

/**
 * The report as a PDF laid out as a municipal report: cover, summary with its chart, one section
 * per council goal (assessment beside the rule's proposal, indicators, trend chart, the boards'
 * contributions), page numbers and bookmarks. The standard Helvetica fonts are written in
 * WinAnsi, which holds every Swedish letter; anything outside it is replaced rather than garbled.
 */

const MARGIN = 56;
const INK = '#1e293b';
const MUTED = '#475569';
const RULE = '#cbd5e1';

// WinAnsi's characters above Latin-1 (0x80–0x9F), besides Latin-1 itself.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Text the standard fonts can draw: NFC (å as one letter), unknown characters as '?'. */
export function winAnsi(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      const code = c.codePointAt(0)!;
      if (c === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c)) return c;
      return c === '\t' ? ' ' : '?';
    })
    .join('');
}

class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private outlineTop: PDFKit.PDFOutline | null = null;

  constructor(title: string) {
    this.doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, lang: 'sv-SE', displayTitle: true, info: { Title: winAnsi(title) }, autoFirstPage: true });
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get width() {
    return this.doc.page.width - MARGIN * 2;
  }

  private bottom() {
    return this.doc.page.height - MARGIN;
  }

  ensureSpace(height: number) {
    if (this.doc.y + height > this.bottom()) this.doc.addPage();
  }

  heading(text: string, level: 1 | 2 | 3 | 4, newPage = false) {
    const size = { 1: 20, 2: 15, 3: 13, 4: 11.5 }[level];
    if (newPage) this.doc.addPage();
    else {
      this.doc.moveDown(level <= 2 ? 1 : 0.6);
      // Keep a heading with at least a few lines of what follows it.
      this.ensureSpace(size * 2 + 60);
    }
    this.doc.x = MARGIN;
    this.doc.font('Helvetica-Bold').fontSize(size).fillColor(INK).text(winAnsi(text), { width: this.width });
    this.doc.moveDown(0.3);
    if (level === 1) this.outlineTop = this.doc.outline.addItem(winAnsi(text));
    else if (level === 2) (this.outlineTop ?? this.doc.outline).addItem(winAnsi(text));
  }

  paragraph(text: string, options: { bold?: boolean; size?: number; colour?: string } = {}) {
    this.doc.x = MARGIN;
    this.doc
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(options.size ?? 10.5)
      .fillColor(options.colour ?? INK)
      .text(winAnsi(text), { width: this.width, lineGap: 2 });
    this.doc.moveDown(0.4);
  }

  /** A table with a header row repeated on each new page; widths are shares of the text width. */
  table(caption: string, headers: string[], rows: string[][], widths: number[]) {
    const cols = widths.map((w) => w * this.width);
    const pad = 4;
    const measure = (cells: string[], bold: boolean) => {
      this.doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
      return Math.max(...cells.map((c, i) => this.doc.heightOfString(winAnsi(c), { width: (cols[i] ?? 0) - pad * 2 }))) + pad * 2;
    };
    const drawRow = (cells: string[], bold: boolean, height: number) => {
      const y = this.doc.y;
      let x = MARGIN;
      if (bold) this.doc.rect(MARGIN, y, this.width, height).fill('#f1f5f9');
      this.doc
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(9.5)
        .fillColor(INK);
      cells.forEach((cell, i) => {
        this.doc.text(winAnsi(cell), x + pad, y + pad, { width: (cols[i] ?? 0) - pad * 2 });
        x += cols[i] ?? 0;
      });
      this.doc
        .moveTo(MARGIN, y + height)
        .lineTo(MARGIN + this.width, y + height)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      this.doc.x = MARGIN;
      this.doc.y = y + height;
    };
    const headerHeight = measure(headers, true);
    this.ensureSpace(headerHeight * 2 + 20);
    this.paragraph(caption, { bold: true, size: 9.5, colour: MUTED });
    drawRow(headers, true, headerHeight);
    for (const row of rows) {
      const h = measure(row, false);
      if (this.doc.y + h > this.bottom()) {
        this.doc.addPage();
        drawRow(headers, true, headerHeight);
      }
      drawRow(row, false, h);
    }
    this.doc.moveDown(0.8);
  }

  image(chart: ChartImage, width: number) {
    const height = (chart.height / chart.width) * width;
    this.ensureSpace(height + 10);
    this.doc.image(chart.png, MARGIN, this.doc.y, { width, height });
    this.doc.y += height + 8;
    this.doc.x = MARGIN;
  }

  /** "Sida 2 av 9" at the foot of every page but the cover. */
  pageNumbers(template: string) {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottomMargin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc
        .font('Helvetica')
        .fontSize(9)
        .fillColor(MUTED)
        .text(fill(template, { page: i + 1, pages: range.count }), MARGIN, this.doc.page.height - MARGIN / 2 - 6, { width: this.width, align: 'center', lineBreak: false });
      this.doc.page.margins.bottom = bottomMargin;
    }
  }

  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}

function cover(w: PdfWriter, snapshot: ReportSnapshot, labels: DocumentLabels, intlLocale: string) {
  const { doc } = w;
  doc.y = 200;
  w.paragraph(snapshot.municipality, { size: 14, colour: MUTED });
  w.paragraph(snapshot.body.name, { size: 16, bold: true });
  doc.moveDown(0.5);
  doc
    .font('Helvetica-Bold')
    .fontSize(30)
    .fillColor(INK)
    .text(winAnsi(reportTitle(labels, snapshot)), MARGIN, doc.y, { width: w.width });
  doc.moveDown(1);
  w.paragraph(fill(labels.period, { name: snapshot.period.name, periodEnd: snapshot.period.periodEnd }), { size: 12 });
  w.paragraph(decisionText(labels, snapshot), { size: 12, bold: snapshot.decision === null });
  if (snapshot.decision) w.paragraph(snapshot.decision.title, { size: 11, colour: MUTED });
  w.paragraph(fill(labels.takenAt, { date: formatTimestamp(snapshot.takenAt, intlLocale) }), { size: 9.5, colour: MUTED });
}

/** The assessment and the rule's proposal side by side, as a small table. */
function assessmentTable(w: PdfWriter, goal: ReportGoal, labels: DocumentLabels, interim: boolean) {
  const headers = [labels.assessment, labels.proposal, ...(interim ? [labels.forecast] : [])];
  const a = goal.assessment;
  const row = [
    a ? `${fulfilmentText(labels, a.fulfilment)}\n${fill(labels.assessedBy, { unit: a.byUnit })}` : labels.notAssessed,
    goal.rollup.proposed ? fulfilmentText(labels, goal.rollup.proposed) : labels.noProposal,
    ...(interim ? [a?.forecast ? fulfilmentText(labels, a.forecast) : labels.notAssessed] : []),
  ];
  const widths = interim ? [0.4, 0.3, 0.3] : [0.5, 0.5];
  w.table(`${goal.code} – ${labels.assessment}`, headers, [row], widths);
  const facts = [fill(labels.activities, { count: goal.rollup.activities })];
  if (goal.rollup.indicatorProgress !== null) facts.push(fill(labels.indicatorProgress, { value: formatShare(goal.rollup.indicatorProgress) }));
  w.paragraph(facts.join(' · '), { size: 9.5, colour: MUTED });
}

function analysis(w: PdfWriter, a: ReportAssessment | null, labels: DocumentLabels) {
  w.paragraph(labels.analysis, { bold: true });
  w.paragraph(a?.analysis.trim() ? a.analysis : labels.noAnalysis);
}

function indicators(w: PdfWriter, goal: ReportGoal, labels: DocumentLabels) {
  if (goal.indicators.length === 0) return;
  w.table(
    fill(labels.indicatorsCaption, { code: goal.code }),
    [labels.indicator, labels.baseline, labels.value, labels.target],
    goal.indicators.map((i) => [i.name, `${formatNumber(i.baseline)} ${i.unit}`, i.value === null ? labels.noValue : `${formatNumber(i.value)} ${i.unit}`, `${formatNumber(i.target)} ${i.unit}`]),
    [0.46, 0.18, 0.18, 0.18],
  );
}

function trend(w: PdfWriter, goal: ReportGoal, chart: ChartImage | undefined, labels: DocumentLabels) {
  w.heading(labels.trend, 3);
  if (goal.trend.length === 0 || !chart) {
    w.paragraph(labels.noTrend);
    return;
  }
  w.image(chart, 380);
  w.table(
    fill(labels.trendCaption, { code: goal.code }),
    [labels.periodEnd, ...STATUS_KEYS.map((k) => labels.status[k]), labels.total],
    goal.trend.map((p) => [p.periodEnd, ...STATUS_KEYS.map((k) => String(p[k])), String(STATUS_KEYS.reduce((s, k) => s + p[k], 0))]),
    [0.19, 0.14, 0.14, 0.16, 0.12, 0.14, 0.11],
  );
}

/** The report as a PDF; `labels` and `intlLocale` are the reader's language. */
export async function reportPdf(snapshot: ReportSnapshot, labels: DocumentLabels, intlLocale: string): Promise<Buffer> {
  const title = `${reportTitle(labels, snapshot)} – ${snapshot.body.name}`;
  const w = new PdfWriter(title);
  const interim = snapshot.period.kind === 'interim';
  const charts = await reportCharts(snapshot, labels);
  cover(w, snapshot, labels, intlLocale);

  w.heading(labels.summary, 1, true);
  const rows = summaryRows(labels, snapshot);
  w.paragraph(fill(labels.summaryIntro, { count: rows.reduce((s, r) => s + r.count, 0) }));
  w.image(charts.summary, 360);
  w.table(
    labels.summaryCaption,
    [labels.category, labels.count],
    rows.map((r) => [r.label, String(r.count)]),
    [0.7, 0.3],
  );

  for (const section of snapshot.sections) {
    // One council goal at a time, letting other requests in between.
    await new Promise<void>((resolve) => setImmediate(resolve));
    w.heading(`${section.code} ${section.title}`, 1, true);
    w.paragraph(labels.councilGoal, { size: 9.5, colour: MUTED });
    assessmentTable(w, section, labels, interim);
    analysis(w, section.assessment, labels);
    if (section.assessmentsBelow.length > 0) {
      w.heading(labels.assessmentsBelow, 3);
      for (const below of section.assessmentsBelow) {
        w.paragraph(`${below.byUnit}: ${fulfilmentText(labels, below.fulfilment)}`, { bold: true, size: 10 });
        w.paragraph(below.analysis);
      }
    }
    w.heading(labels.indicators, 3);
    if (section.indicators.length === 0) w.paragraph(labels.noIndicators);
    indicators(w, section, labels);
    trend(w, section, charts.trends.get(section.id), labels);

    w.heading(labels.contributions, 2);
    if (section.contributions.length === 0) w.paragraph(labels.noContributions);
    for (const contribution of section.contributions) {
      w.heading(contribution.boardName, 3);
      for (const goal of contribution.goals) {
        w.heading(`${goal.code} ${goal.title}`, 4);
        assessmentTable(w, goal, labels, interim);
        analysis(w, goal.assessment, labels);
        indicators(w, goal, labels);
      }
    }
  }
  w.pageNumbers(labels.page);
  return w.finish();
}
