import { execSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvText, toCsv } from './write';

const rowsOf = (csv: string) => parse(csv, { delimiter: ';', bom: true }) as string[][];

describe('toCsv', () => {
  it('writes a byte-order mark, semicolons, CRLF and decimal commas', () => {
    expect(
      toCsv(
        ['Mål', 'Värde'],
        [
          ['KF 1', 81.25],
          ['KF 2', 12],
          ['KF 3', null],
        ],
      ),
    ).toBe('\uFEFFMål;Värde\r\nKF 1;81,25\r\nKF 2;12\r\nKF 3;\r\n');
  });

  it('quotes separators, quotes and line breaks', () => {
    const csv = toCsv(['a'], [['a;b'], ['säger "ja"'], ['rad 1\nrad 2'], ['rad 1\r\nrad 2']]);
    expect(csv).toBe('\uFEFFa\r\n"a;b"\r\n"säger ""ja"""\r\n"rad 1\nrad 2"\r\n"rad 1\r\nrad 2"\r\n');
  });

  it.each(['=SUMMA(A1)', '+46 70', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://example.org";"klicka")'])('keeps %j as text, not a formula', (text) => {
    const [, row] = rowsOf(toCsv(['a'], [[text]]));
    expect(row![0]).toBe(`'${text}`);
  });

  it('never guards a number, negative ones included', () => {
    expect(rowsOf(toCsv(['a'], [[-2.5]]))[1]).toEqual(['-2,5']);
  });

  it('for any texts: every cell reads back as written, and none starts a formula', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', ';', '"', '\n').chain((c) => fc.string().map((s) => c + s)),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), (rows) => {
        const back = rowsOf(toCsv(['a', 'b', 'c'], rows)).slice(1);
        expect(back).toEqual(rows.map((r) => r.map(csvText)));
        for (const r of back) for (const c of r) expect(/^[=+\-@\t\r]/.test(c)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('one CSV writer', () => {
  const filesWith = (pattern: string) =>
    execSync(`grep -rlE ${JSON.stringify(pattern)} app lib components features db server --include=*.ts --include=*.tsx || true`, { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((f) => f && !f.startsWith('lib/csv/') && !f.endsWith('.test.ts'));

  it('no other module of the product writes a spreadsheet CSV by hand or with the library directly', () => {
    // A hand-written CSV for Excel is recognised by its byte-order mark; it would lack the formula guard.
    expect(filesWith(String.raw`['"]\\uFEFF['"] *\+|csv-stringify`)).toEqual([]);
  });

  it('every CSV route gets its body from a module that writes with toCsv', () => {
    const routes = filesWith('text/csv').filter((f) => f.endsWith('/route.ts'));
    expect(routes.length).toBeGreaterThanOrEqual(2);
    const producers = new Set(filesWith('toCsv\\(').map((f) => f.replace(/\.ts$/, '')));
    expect(producers).toEqual(new Set(['features/public/open-data', 'features/reports/export/csv']));
  });
});
