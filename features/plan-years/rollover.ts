import { isoDate, lastDayOfMonth } from '@/lib/dates/calendar-date';
import type { GoalLevel } from '@/lib/domain/goals';
import type { PeriodKind } from '@/lib/domain/periods';

/** Pure rules of the year rollover; the data access layer applies them in one transaction. */

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** The year a new plan year opens for: the one after the latest, or this year in Stockholm when there is none yet. */
export function nextPlanYear(latestYear: number | undefined, today: string): number {
  return latestYear === undefined ? Number(today.slice(0, 4)) : latestYear + 1;
}

interface PeriodPlan {
  kind: PeriodKind;
  name: string;
  periodEnd: string;
  unitDeadline: string;
  administrationDeadline: string;
  boardDeadline: string;
}

/**
 * A plan year's follow-up periods, the demo municipality's included: eleven monthly board
 * follow-ups (none for July), the interim report per 31 August and the annual report per
 * 31 December. Deadlines cascade upwards: units first, then the administration, then the board.
 */
export function followUpPeriodsFor(year: number): PeriodPlan[] {
  const out: PeriodPlan[] = [];
  for (let m = 1; m <= 12; m++) {
    if (m === 7) continue;
    const [ny, nm] = m === 12 ? [year + 1, 1] : [year, m + 1];
    out.push({ kind: 'monthly', name: `Månadsuppföljning ${MONTHS[m - 1]} ${year}`, periodEnd: isoDate(year, m, lastDayOfMonth(year, m)), unitDeadline: isoDate(ny, nm, 5), administrationDeadline: isoDate(ny, nm, 10), boardDeadline: isoDate(ny, nm, 20) });
  }
  out.push({ kind: 'interim', name: `Delårsrapport per 31 augusti ${year}`, periodEnd: isoDate(year, 8, 31), unitDeadline: isoDate(year, 9, 12), administrationDeadline: isoDate(year, 9, 22), boardDeadline: isoDate(year, 10, 6) });
  out.push({ kind: 'annual', name: `Årsredovisning ${year}`, periodEnd: isoDate(year, 12, 31), unitDeadline: isoDate(year + 1, 1, 20), administrationDeadline: isoDate(year + 1, 2, 3), boardDeadline: isoDate(year + 1, 2, 24) });
  return out;
}

export interface GoalToCarry {
  id: number;
  level: GoalLevel;
  ownerUnitId: number;
  responsiblePersonId: number | null;
  code: string;
  title: string;
  description: string | null;
  sortOrder: number;
}

/**
 * A goal as it enters the next year: the same wording and owner, but a draft without a decision
 * until the body adopts it again, pointing back at the goal it came from.
 */
export function carriedGoal(goal: GoalToCarry, planYearId: number) {
  return {
    planYearId,
    level: goal.level,
    ownerUnitId: goal.ownerUnitId,
    responsiblePersonId: goal.responsiblePersonId,
    code: goal.code,
    title: goal.title,
    description: goal.description,
    decisionId: null,
    status: 'draft' as const,
    carriedFromGoalId: goal.id,
    sortOrder: goal.sortOrder,
  };
}

/**
 * Links and activity–goal pairs follow their goals into the new year. A pair whose goal was not
 * carried (it should not happen, but an old row may point anywhere) is dropped rather than
 * pointing back into the closed year.
 */
export function remapPairs<K extends string, L extends string>(pairs: readonly Record<K | L, number>[], keys: [K, L], map: { from: ReadonlyMap<number, number>; to: ReadonlyMap<number, number> }) {
  const out: Record<K | L, number>[] = [];
  for (const p of pairs) {
    const a = map.from.get(p[keys[0]]);
    const b = map.to.get(p[keys[1]]);
    if (a !== undefined && b !== undefined) out.push({ [keys[0]]: a, [keys[1]]: b } as Record<K | L, number>);
  }
  return out;
}
