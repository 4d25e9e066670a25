import fs from 'node:fs';
import path from 'node:path';

/** The figures `npm run verify:reliability` reads, merged into one JSON file per area. */
export function writeSummary(file: string, figures: Record<string, unknown>) {
  const target = path.join('test-results', file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, `${JSON.stringify(figures, null, 2)}\n`);
}
