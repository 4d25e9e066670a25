import catalogue from '@/messages/sv/report-exports.json';
import { fixtureSnapshot } from '@/test-support/report-snapshot';
import { summaryChart, trendChart } from '@/features/reports/export/charts';
const l = catalogue.reportExports.document;
for (let i = 0; i < 4; i++) {
  let t = performance.now(); const c = trendChart(fixtureSnapshot.sections[0]!, l); const a = performance.now() - t;
  t = performance.now(); summaryChart(fixtureSnapshot, l); console.log('trend', a.toFixed(0), 'summary', (performance.now() - t).toFixed(0), c.png.length);
}
