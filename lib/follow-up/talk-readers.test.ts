import { execSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The follow-up rows hold what each person said and agreed in their talks. Only these modules
 * read them, each for a reason the rules cover; a new reader must be added here on purpose, after
 * checking that whatever it shows outside the unit goes through lib/follow-up/talk-figures.ts.
 */
const READERS = new Map([
  ['lib/dal/talks.ts', 'the talk page: the employee, their manager, HR'],
  ['lib/dal/talk-writes.ts', 'the talk forms'],
  ['lib/dal/meetings.ts', 'APT: the unit itself'],
  ['lib/dal/meeting-writes.ts', 'APT: the unit itself'],
  ['lib/dal/my-data.ts', "the person's own data"],
  ['lib/dal/follow-up-aggregates.ts', 'the plan page, through the small-group rule'],
  ['lib/privacy/disposal.ts', 'gallring'],
  ['lib/rollup/store.ts', 'the roll-up, workplace meetings only (tested in lib/dal/follow-up-aggregates.test.ts)'],
]);

describe('who reads the follow-up rows', () => {
  it('is only the modules listed, each for its reason', () => {
    const found = execSync(String.raw`grep -rlE "followUpEntries|follow_up_entries|confidentialNotes|confidential_notes" app lib components --include=*.ts --include=*.tsx || true`, { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((f) => f && !f.endsWith('.test.ts') && !f.includes('/testing/'));
    expect(found.filter((f) => !READERS.has(f))).toEqual([]);
  });
});
