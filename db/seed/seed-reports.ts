import { eq } from 'drizzle-orm';
import type { Db } from '../connection';
import { decisions, orgUnits, reports } from '../schema';
import { buildBoardSnapshot, buildCompiledSnapshot } from '../../features/reports/build-snapshot';
import type { YearGoals } from './seed-goals';

/**
 * The reports approved before the demo's day, each frozen with a snapshot built as the approval
 * would have built it: after the roll-ups exist, boards before KS's compiled report (which is
 * made of the boards' approved snapshots). One transaction.
 */
export function seedApprovedReports(db: Db, years: YearGoals[], nextId?: (table: string) => number): number {
  let written = 0;
  db.transaction(
    (tx) => {
      for (const year of years) {
        const ordered = [...year.approvals].sort((a, b) => a.periodId - b.periodId || (a.kind === b.kind ? 0 : a.kind === 'board' ? -1 : 1));
        for (const a of ordered) {
          const d = tx.select({ decidedOn: decisions.decidedOn, paragraph: decisions.paragraph, title: decisions.title, body: orgUnits.name }).from(decisions).innerJoin(orgUnits, eq(orgUnits.id, decisions.bodyUnitId)).where(eq(decisions.id, a.decisionId)).get()!;
          const input = { periodId: a.periodId, decision: d, takenAt: new Date(a.approvedAt * 1000) };
          const snapshot = a.kind === 'board' ? buildBoardSnapshot(tx, { ...input, boardId: a.orgUnitId }) : buildCompiledSnapshot(tx, { ...input, councilId: a.orgUnitId });
          tx.insert(reports)
            .values({
              id: nextId?.('reports'),
              periodId: a.periodId,
              orgUnitId: a.orgUnitId,
              status: 'approved',
              submittedByPersonId: a.submittedByPersonId,
              submittedAt: new Date(a.submittedAt * 1000),
              decisionId: a.decisionId,
              approvedAt: new Date(a.approvedAt * 1000),
              snapshot: JSON.stringify(snapshot),
            })
            .run();
          written++;
        }
      }
    },
    { behavior: 'immediate' },
  );
  return written;
}
