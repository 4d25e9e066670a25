import { AlignmentType, Document, Footer, HeadingLevel, ImageRun, Packer, PageBreak, PageNumber, Paragraph, ShadingType, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import type { ReportAssessment, ReportGoal, ReportSnapshot } from '../snapshot';
import { reportCharts, type ChartImage } from './charts';
import { STATUS_KEYS, decisionText, fill, formatNumber, formatShare, formatTimestamp, fulfilmentText, reportTitle, summaryRows, type DocumentLabels } from './labels';

/**
 * The report as a Word document for the council's agenda, laid out like the PDF. Headings are
 * Word's own Heading 1–4 styles, so the table of contents and the navigation pane work; tables
 * have header rows repeated across pages; charts are PNG images with alternative text and their
 * figures in a table beside them. The docx package escapes all text, so no input becomes markup.
 */

const MUTED = '475569';
const HEADER_FILL = 'F1F5F9';

const heading = (text: string, level: 1 | 2 | 3 | 4, pageBreakBefore = false) => new Paragraph({ text, heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][level - 1], pageBreakBefore });

/** Each line of a text as its own break, so an analysis keeps its paragraphs. */
function paragraph(text: string, options: { bold?: boolean; size?: number; colour?: string } = {}) {
  const lines = text.split(/\r?\n/);
  return new Paragraph({
    spacing: { after: 120 },
    children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, bold: options.bold, size: options.size, color: options.colour })),
  });
}

function cell(text: string, header: boolean, widthPct: number) {
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children: text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 19 })] })),
  });
}

/** A caption (as Word's Caption style) followed by the table. */
function table(caption: string, headers: string[], rows: string[][], widths: number[]): FileChild[] {
  const pct = widths.map((w) => Math.round(w * 100));
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun({ text: caption })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, true, pct[i] ?? 10)) }), ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, false, pct[i] ?? 10)) }))],
    }),
    new Paragraph({ text: '' }),
  ];
}

function image(chart: ChartImage, widthPx: number, alt: string, name: string) {
  return new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width: widthPx, height: Math.round((chart.height / chart.width) * widthPx) },
        altText: { name, title: alt, description: alt },
      }),
    ],
  });
}

function assessmentBlock(goal: ReportGoal, labels: DocumentLabels, interim: boolean): FileChild[] {
  const a = goal.assessment;
  const headers = [labels.assessment, labels.proposal, ...(interim ? [labels.forecast] : [])];
  const row = [
    a ? `${fulfilmentText(labels, a.fulfilment)}\n${fill(labels.assessedBy, { unit: a.byUnit })}` : labels.notAssessed,
    goal.rollup.proposed ? fulfilmentText(labels, goal.rollup.proposed) : labels.noProposal,
    ...(interim ? [a?.forecast ? fulfilmentText(labels, a.forecast) : labels.notAssessed] : []),
  ];
  const facts = [fill(labels.activities, { count: goal.rollup.activities })];
  if (goal.rollup.indicatorProgress !== null) facts.push(fill(labels.indicatorProgress, { value: formatShare(goal.rollup.indicatorProgress) }));
  return [...table(`${goal.code} – ${labels.assessment}`, headers, [row], interim ? [0.4, 0.3, 0.3] : [0.5, 0.5]), paragraph(facts.join(' · '), { colour: MUTED, size: 19 })];
}

function analysis(a: ReportAssessment | null, labels: DocumentLabels): FileChild[] {
  return [paragraph(labels.analysis, { bold: true }), paragraph(a?.analysis.trim() ? a.analysis : labels.noAnalysis)];
}

function indicators(goal: ReportGoal, labels: DocumentLabels): FileChild[] {
  if (goal.indicators.length === 0) return [];
  return table(
    fill(labels.indicatorsCaption, { code: goal.code }),
    [labels.indicator, labels.baseline, labels.value, labels.target],
    goal.indicators.map((i) => [i.name, `${formatNumber(i.baseline)} ${i.unit}`, i.value === null ? labels.noValue : `${formatNumber(i.value)} ${i.unit}`, `${formatNumber(i.target)} ${i.unit}`]),
    [0.46, 0.18, 0.18, 0.18],
  );
}

function trend(goal: ReportGoal, chart: ChartImage | undefined, labels: DocumentLabels): FileChild[] {
  if (goal.trend.length === 0 || !chart) return [heading(labels.trend, 3), paragraph(labels.noTrend)];
  return [
    heading(labels.trend, 3),
    image(chart, 460, fill(labels.trendChart, { code: goal.code }), `trend-${goal.code}`),
    ...table(
      fill(labels.trendCaption, { code: goal.code }),
      [labels.periodEnd, ...STATUS_KEYS.map((k) => labels.status[k]), labels.total],
      goal.trend.map((p) => [p.periodEnd, ...STATUS_KEYS.map((k) => String(p[k])), String(STATUS_KEYS.reduce((s, k) => s + p[k], 0))]),
      [0.19, 0.14, 0.14, 0.16, 0.12, 0.14, 0.11],
    ),
  ];
}

/** The report as a Word document; `labels` and `intlLocale` are the reader's language. */
export async function reportDocx(snapshot: ReportSnapshot, labels: DocumentLabels, intlLocale: string): Promise<Buffer> {
  const interim = snapshot.period.kind === 'interim';
  const title = reportTitle(labels, snapshot);
  const rows = summaryRows(labels, snapshot);
  const charts = await reportCharts(snapshot, labels);

  const cover: FileChild[] = [
    new Paragraph({ spacing: { before: 2400 }, children: [new TextRun({ text: snapshot.municipality, size: 28, color: MUTED })] }),
    new Paragraph({ children: [new TextRun({ text: snapshot.body.name, size: 32, bold: true })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 240, after: 240 }, children: [new TextRun({ text: title })] }),
    paragraph(fill(labels.period, { name: snapshot.period.name, periodEnd: snapshot.period.periodEnd }), { size: 24 }),
    paragraph(decisionText(labels, snapshot), { size: 24, bold: snapshot.decision === null }),
    ...(snapshot.decision ? [paragraph(snapshot.decision.title, { colour: MUTED })] : []),
    paragraph(fill(labels.takenAt, { date: formatTimestamp(snapshot.takenAt, intlLocale) }), { colour: MUTED, size: 19 }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ style: 'TOCHeading', children: [new TextRun({ text: labels.contents, bold: true, size: 32 })] }),
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];

  const summary: FileChild[] = [
    heading(labels.summary, 1, true),
    paragraph(fill(labels.summaryIntro, { count: rows.reduce((s, r) => s + r.count, 0) })),
    image(charts.summary, 460, labels.summaryChart, 'sammanfattning'),
    ...table(
      labels.summaryCaption,
      [labels.category, labels.count],
      rows.map((r) => [r.label, String(r.count)]),
      [0.7, 0.3],
    ),
  ];

  const sections: FileChild[] = snapshot.sections.flatMap((section) => [
    heading(`${section.code} ${section.title}`, 1, true),
    paragraph(labels.councilGoal, { colour: MUTED, size: 19 }),
    ...assessmentBlock(section, labels, interim),
    ...analysis(section.assessment, labels),
    ...(section.assessmentsBelow.length > 0 ? [heading(labels.assessmentsBelow, 3), ...section.assessmentsBelow.flatMap((b) => [paragraph(`${b.byUnit}: ${fulfilmentText(labels, b.fulfilment)}`, { bold: true }), paragraph(b.analysis)])] : []),
    heading(labels.indicators, 3),
    ...(section.indicators.length === 0 ? [paragraph(labels.noIndicators)] : indicators(section, labels)),
    ...trend(section, charts.trends.get(section.id), labels),
    heading(labels.contributions, 2),
    ...(section.contributions.length === 0 ? [paragraph(labels.noContributions)] : []),
    ...section.contributions.flatMap((c) => [heading(c.boardName, 3), ...c.goals.flatMap((g) => [heading(`${g.code} ${g.title}`, 4), ...assessmentBlock(g, labels, interim), ...analysis(g.assessment, labels), ...indicators(g, labels)])]),
  ]);

  const [before, after] = labels.page.split('{page}') as [string, string?];
  const [middle, end] = (after ?? '').split('{pages}') as [string, string?];
  const doc = new Document({
    creator: snapshot.body.name,
    title: `${title} – ${snapshot.body.name}`,
    description: decisionText(labels, snapshot),
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'sv-SE' } } } },
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, end ?? ''], size: 18, color: MUTED })] })],
          }),
        },
        children: [...cover, ...summary, ...sections],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
