import { PNG } from 'pngjs';
import type { ReportGoal, ReportSnapshot } from '../snapshot';
import { drawText, GLYPH_HEIGHT, textWidth } from './bitmap-font';
import { STATUS_KEYS, summaryRows, type DocumentLabels, type StatusKey } from './labels';

/**
 * The report's charts as PNG images, shared by the PDF, the DOCX and the print page. Drawn with
 * pngjs (pure JavaScript), so no native canvas is needed. Each category has its own fill pattern
 * and its name written beside it, so status is never carried by colour alone; every chart's
 * figures are also given as a table next to the image.
 */

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

type Rgb = readonly [number, number, number];
type Pattern = 'solid' | 'hatch' | 'dots' | 'cross' | 'outline';
interface Fill {
  colour: Rgb;
  pattern: Pattern;
}

const INK: Rgb = [30, 41, 59];
const GRID: Rgb = [203, 213, 225];
const WHITE: Rgb = [255, 255, 255];

export const FULFILMENT_FILLS: Record<'fulfilled' | 'partly_fulfilled' | 'not_fulfilled' | 'not_assessed', Fill> = {
  fulfilled: { colour: [21, 128, 61], pattern: 'solid' },
  partly_fulfilled: { colour: [180, 83, 9], pattern: 'hatch' },
  not_fulfilled: { colour: [185, 28, 28], pattern: 'cross' },
  not_assessed: { colour: [100, 116, 139], pattern: 'outline' },
};

export const STATUS_FILLS: Record<StatusKey, Fill> = {
  notStarted: { colour: [100, 116, 139], pattern: 'outline' },
  onTrack: { colour: [29, 78, 216], pattern: 'hatch' },
  atRisk: { colour: [180, 83, 9], pattern: 'dots' },
  offTrack: { colour: [185, 28, 28], pattern: 'cross' },
  done: { colour: [21, 128, 61], pattern: 'solid' },
};

/** Whether a pixel of a pattern is inked; absolute coordinates keep neighbouring bars aligned. */
function inked(pattern: Pattern, x: number, y: number): boolean {
  switch (pattern) {
    case 'solid':
      return true;
    case 'hatch':
      return (x + y) % 14 < 5;
    case 'dots':
      return x % 10 < 5 && y % 10 < 5;
    case 'cross':
      return (x + y) % 14 < 3 || (x - y + 14_000) % 14 < 3;
    case 'outline':
      return false;
  }
}

class Canvas {
  readonly png: PNG;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.png = new PNG({ width, height, colorType: 2 });
    this.png.data.fill(255);
  }

  set(fx: number, fy: number, [r, g, b]: Rgb) {
    // Whole pixels only: a fractional index into the buffer would silently write nothing.
    const x = Math.round(fx);
    const y = Math.round(fy);
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 4;
    this.png.data[i] = r;
    this.png.data[i + 1] = g;
    this.png.data[i + 2] = b;
    this.png.data[i + 3] = 255;
  }

  rect(x: number, y: number, w: number, h: number, colour: Rgb) {
    for (let py = y; py < y + h; py++) for (let px = x; px < x + w; px++) this.set(px, py, colour);
  }

  /** A bar: its pattern in its colour on white, framed in ink so even an outline bar shows. */
  bar(x: number, y: number, w: number, h: number, fill: Fill) {
    if (w <= 0 || h <= 0) return;
    for (let py = y; py < y + h; py++) for (let px = x; px < x + w; px++) this.set(px, py, inked(fill.pattern, px, py) ? fill.colour : WHITE);
    const t = Math.min(3, w, h);
    this.rect(x, y, w, t, INK);
    this.rect(x, y + h - t, w, t, INK);
    this.rect(x, y, t, h, INK);
    this.rect(x + w - t, y, t, h, INK);
  }

  text(text: string, x: number, y: number, scale: number, colour: Rgb = INK) {
    drawText(text.toLocaleUpperCase('sv-SE'), x, y, scale, (px, py) => this.set(px, py, colour));
  }

  // Flat colours compress well without row filters; skipping the adaptive filter search halves the time.
  encode(): ChartImage {
    return { png: PNG.sync.write(this.png, { colorType: 2, filterType: 0, deflateLevel: 6 }), width: this.width, height: this.height };
  }
}

const SCALE = 3;
const LINE = GLYPH_HEIGHT * SCALE;

/** Horizontal bars, one per assessment category, each labelled with its name and count. */
export function summaryChart(snapshot: ReportSnapshot, labels: DocumentLabels): ChartImage {
  const rows = summaryRows(labels, snapshot);
  const width = 1200;
  const rowHeight = 70;
  const pad = 30;
  const labelWidth = Math.max(...rows.map((r) => textWidth(r.label, SCALE))) + 30;
  const canvas = new Canvas(width, pad * 2 + rows.length * rowHeight);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const barSpace = width - pad * 2 - labelWidth - 120;
  rows.forEach((row, i) => {
    const y = pad + i * rowHeight;
    canvas.text(row.label, pad, y + (rowHeight - LINE) / 2, SCALE);
    const w = Math.round((row.count / max) * barSpace);
    canvas.bar(pad + labelWidth, y + 10, Math.max(w, 3), rowHeight - 20, FULFILMENT_FILLS[row.key]);
    canvas.text(String(row.count), pad + labelWidth + Math.max(w, 3) + 16, y + (rowHeight - LINE) / 2, SCALE);
  });
  return canvas.encode();
}

/** "2026-08-31" → "2026-08": the period's month is what the reader needs under a bar. */
const monthOf = (periodEnd: string) => periodEnd.slice(0, 7);

/** Stacked bars of the activities' statuses at each period's end, with a legend of the patterns. */
export function trendChart(goal: Pick<ReportGoal, 'trend'>, labels: DocumentLabels): ChartImage {
  const width = 1200;
  const pad = 30;
  const plotTop = pad + LINE + 10;
  const plotHeight = 360;
  const axisY = plotTop + plotHeight;
  const legendTop = axisY + LINE + 40;
  const legendRow = LINE + 24;
  // The legend wraps: lay it out first to know the image's height.
  const legend: { key: StatusKey; x: number; y: number }[] = [];
  let lx = pad;
  let ly = legendTop;
  for (const key of STATUS_KEYS) {
    const w = 50 + textWidth(labels.status[key], SCALE) + 40;
    if (lx + w > width - pad) {
      lx = pad;
      ly += legendRow;
    }
    legend.push({ key, x: lx, y: ly });
    lx += w;
  }
  const canvas = new Canvas(width, ly + legendRow + pad);

  const points = goal.trend;
  const totals = points.map((p) => STATUS_KEYS.reduce((sum, k) => sum + p[k], 0));
  const max = Math.max(1, ...totals);
  const slot = (width - pad * 2) / Math.max(points.length, 1);
  const barWidth = Math.min(160, slot * 0.6);
  // Show as many month labels as fit; the table beside the chart lists every period.
  const labelWidth = textWidth('2026-08', SCALE) + 20;
  const every = Math.max(1, Math.ceil(labelWidth / slot));

  canvas.rect(pad, axisY, width - pad * 2, 3, INK);
  for (let g = 1; g <= 4; g++) canvas.rect(pad, axisY - Math.round((plotHeight * g) / 4), width - pad * 2, 1, GRID);
  points.forEach((p, i) => {
    const cx = pad + slot * i + slot / 2;
    const x = Math.round(cx - barWidth / 2);
    let top = axisY;
    for (const key of STATUS_KEYS) {
      const h = Math.round((p[key] / max) * plotHeight);
      if (h > 0) canvas.bar(x, top - h, Math.round(barWidth), h, STATUS_FILLS[key]);
      top -= h;
    }
    const total = String(totals[i] ?? 0);
    canvas.text(total, Math.round(cx - textWidth(total, SCALE) / 2), top - LINE - 6, SCALE);
    if (i % every === 0) {
      const month = monthOf(p.periodEnd);
      canvas.text(month, Math.round(cx - textWidth(month, SCALE) / 2), axisY + 14, SCALE);
    }
  });
  for (const item of legend) {
    canvas.bar(item.x, item.y, 40, LINE, STATUS_FILLS[item.key]);
    canvas.text(labels.status[item.key], item.x + 50, item.y, SCALE);
  }
  return canvas.encode();
}

export interface ReportCharts {
  summary: ChartImage;
  /** The trend chart of each council goal with a trend, by goal id. */
  trends: Map<number, ChartImage>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * All of a report's charts, drawn one at a time with a pause between them: each takes tens of
 * milliseconds of CPU, and a report with many council goals must not hold up other requests.
 */
export async function reportCharts(snapshot: ReportSnapshot, labels: DocumentLabels): Promise<ReportCharts> {
  const summary = summaryChart(snapshot, labels);
  const trends = new Map<number, ChartImage>();
  for (const section of snapshot.sections) {
    if (section.trend.length === 0) continue;
    await yieldToEventLoop();
    trends.set(section.id, trendChart(section, labels));
  }
  return { summary, trends };
}
