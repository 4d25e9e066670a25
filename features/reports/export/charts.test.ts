import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import catalogue from '@/messages/sv/report-exports.json';
import { fixtureSnapshot } from '@/test-support/report-snapshot';
import { glyphRows } from './bitmap-font';
import { FULFILMENT_FILLS, STATUS_FILLS, reportCharts, summaryChart, trendChart } from './charts';

const labels = catalogue.reportExports.document;
const colours = (png: Buffer) => {
  const image = PNG.sync.read(png);
  const seen = new Set<string>();
  for (let i = 0; i < image.data.length; i += 4) seen.add(`${image.data[i]},${image.data[i + 1]},${image.data[i + 2]}`);
  return { image, seen };
};

describe('chart images', () => {
  it('draws the summary as a PNG of the size it reports, with every category it has a count for', () => {
    const chart = summaryChart(fixtureSnapshot, labels);
    const { image, seen } = colours(chart.png);
    expect([image.width, image.height]).toEqual([chart.width, chart.height]);
    for (const key of ['fulfilled', 'partly_fulfilled', 'not_fulfilled'] as const) expect(seen).toContain(FULFILMENT_FILLS[key].colour.join(','));
  });

  it('draws the trend with every status in the legend, even those with no activities', () => {
    const { seen } = colours(trendChart({ trend: [{ periodEnd: '2026-08-31', notStarted: 0, onTrack: 0, atRisk: 0, offTrack: 0, done: 4 }] }, labels).png);
    for (const fill of Object.values(STATUS_FILLS)) if (fill.pattern !== 'outline') expect(seen).toContain(fill.colour.join(','));
  });

  it("draws a report's charts: the summary and one trend per council goal that has one", async () => {
    const noTrend = structuredClone(fixtureSnapshot);
    noTrend.sections[2]!.trend = [];
    const charts = await reportCharts(noTrend, labels);
    expect(charts.summary.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([...charts.trends.keys()]).toEqual([101, 102]);
  });

  it('gives each category its own pattern, so status is not carried by colour alone', () => {
    expect(new Set(Object.values(FULFILMENT_FILLS).map((f) => f.pattern)).size).toBe(4);
    expect(new Set(Object.values(STATUS_FILLS).map((f) => f.pattern)).size).toBe(5);
  });

  it('has a glyph for every letter of the labels drawn into the charts', () => {
    const unknown = glyphRows('?').join('');
    const drawn = [...Object.values(labels.fulfilment), ...Object.values(labels.status), '0123456789-%'].join('');
    for (const char of new Set(drawn.replace(/[?]/g, ''))) expect(glyphRows(char).join(''), char).not.toBe(unknown);
  });
});
