import { execSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The follow-up rows hold what each person said and agreed in their talks. Only these modules
 * read them, each for a reason the rules cover; a new reader must be added here on purpose, after
 * checking that whatever it shows outside the unit goes through features/talks/figures.ts.
 */
const READERS = new Map([
  ['features/talks/queries.ts', 'the talk page: the employee, their manager, HR'],
  ['features/talks/mutations.ts', 'the talk forms'],
  ['features/meetings/queries.ts', 'APT: the unit itself'],
  ['features/meetings/mutations.ts', 'APT: the unit itself'],
  ['features/privacy/my-data.ts', "the person's own data"],
  ['features/talks/aggregates.ts', 'the plan page, through the small-group rule'],
  ['features/privacy/disposal.ts', 'gallring'],
  ['features/rollup/store.ts', 'the roll-up, workplace meetings only (tested in features/talks/aggregates.test.ts)'],
  ['features/rollup/unit-figures.ts', 'the roll-up split by unit, workplace meetings only (equal to the roll-up: features/rollup/unit-figures.test.ts)'],
]);

describe('who reads the follow-up rows', () => {
  it('is only the modules listed, each for its reason', () => {
    const found = execSync(String.raw`grep -rlE "followUpEntries|follow_up_entries|confidentialNotes|confidential_notes" app lib components features server --include=*.ts --include=*.tsx || true`, { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((f) => f && !f.endsWith('.test.ts') && !f.includes('/testing/'));
    expect(found.filter((f) => !READERS.has(f))).toEqual([]);
  });
});
