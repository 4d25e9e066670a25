import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/connection';
import { demoDatabase } from '@/test-support/demo-database';
import { getPublicResults } from '@/features/public/queries';

vi.mock('server-only', () => ({}));

let db: Db;
beforeAll(async () => {
  db = await demoDatabase();
}, 120_000);

describe('the public page of a municipality', () => {
  it('shows the compiled report to the council, not a board report that KS approved later', async () => {
    const report = (await getPublicResults(db, '9999')).latestApprovedReport;
    const council = db.$client.prepare("SELECT name FROM org_units WHERE kind = 'council' AND municipality_id = (SELECT id FROM municipalities WHERE scb_code = '9999')").pluck().get();
    expect(report?.body).toBe(council);
    expect(report?.sections.length).toBeGreaterThan(0);
    expect(report?.sections.every((s) => s.fulfilment !== null)).toBe(true);
  });
});
