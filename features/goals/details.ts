import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '@/db/connection';
import { assessments, decisions, followUpPeriods, goalLinks, goals, indicatorValues, indicators, orgUnits, people } from '@/db/schema';
import type { Fulfilment } from '@/lib/domain/fulfilment';
import type { GoalLevel } from '@/lib/domain/goals';

export interface GoalSummary {
  id: number;
  level: GoalLevel;
  code: string;
  title: string;
  description: string | null;
  ownerName: string;
  responsibleName: string | null;
  decision: { body: string; decidedOn: string; paragraph: string } | null;
  contributesTo: number[];
  latestAssessment: { fulfilment: Fulfilment; periodName: string } | null;
  indicators: { id: number; name: string; unit: string; baseline: number; target: number; direction: 'increase' | 'decrease'; latestValue: number | null }[];
}

/** Follows the "contributes to" links upwards from some goals to the council goals they serve. */
export function goalChainUpwards(db: Db, startGoalIds: number[]): Map<number, number[]> {
  const parents = new Map<number, number[]>();
  let frontier = [...new Set(startGoalIds)];
  // Three levels at most (administration → board → council); the bound also stops a faulty cycle.
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const links = db.select().from(goalLinks).where(inArray(goalLinks.goalId, frontier)).all();
    const next: number[] = [];
    for (const id of frontier) parents.set(id, []);
    for (const l of links) {
      parents.get(l.goalId)!.push(l.contributesToGoalId);
      if (!parents.has(l.contributesToGoalId)) next.push(l.contributesToGoalId);
    }
    frontier = [...new Set(next)];
  }
  for (const id of frontier) if (!parents.has(id)) parents.set(id, []);
  return parents;
}

/** Goals with their owner, decision, latest own assessment and indicators; a few indexed queries. */
export function loadGoalSummaries(db: Db, goalIds: number[], parents: Map<number, number[]>): GoalSummary[] {
  if (goalIds.length === 0) return [];
  const body = alias(orgUnits, 'decision_body');
  const rows = db
    .select({
      goal: goals,
      ownerName: orgUnits.name,
      responsibleGiven: people.givenName,
      responsibleFamily: people.familyName,
      decisionBody: body.name,
      decidedOn: decisions.decidedOn,
      paragraph: decisions.paragraph,
    })
    .from(goals)
    .innerJoin(orgUnits, eq(orgUnits.id, goals.ownerUnitId))
    .leftJoin(people, eq(people.id, goals.responsiblePersonId))
    .leftJoin(decisions, eq(decisions.id, goals.decisionId))
    .leftJoin(body, eq(body.id, decisions.bodyUnitId))
    .where(inArray(goals.id, goalIds))
    .orderBy(goals.level, goals.sortOrder, goals.code)
    .all();

  const assessed = db
    .select({ goalId: assessments.goalId, assessingUnitId: assessments.assessingUnitId, fulfilment: assessments.fulfilment, periodName: followUpPeriods.name, periodEnd: followUpPeriods.periodEnd })
    .from(assessments)
    .innerJoin(followUpPeriods, eq(followUpPeriods.id, assessments.periodId))
    .where(inArray(assessments.goalId, goalIds))
    .all();
  const latest = new Map<number, (typeof assessed)[number]>();
  const ownerOf = new Map(rows.map((r) => [r.goal.id, r.goal.ownerUnitId]));
  for (const a of assessed) {
    // A goal's status is its owner's own assessment, not one written at another level.
    if (a.assessingUnitId !== ownerOf.get(a.goalId)) continue;
    const seen = latest.get(a.goalId);
    if (!seen || seen.periodEnd < a.periodEnd) latest.set(a.goalId, a);
  }

  const indicatorRows = db.select().from(indicators).where(inArray(indicators.goalId, goalIds)).orderBy(indicators.sortOrder).all();
  const values = indicatorRows.length
    ? db
        .select({ indicatorId: indicatorValues.indicatorId, value: indicatorValues.value, periodEnd: followUpPeriods.periodEnd })
        .from(indicatorValues)
        .innerJoin(followUpPeriods, eq(followUpPeriods.id, indicatorValues.periodId))
        .where(
          inArray(
            indicatorValues.indicatorId,
            indicatorRows.map((i) => i.id),
          ),
        )
        .all()
    : [];
  const latestValue = new Map<number, { value: number; periodEnd: string }>();
  for (const v of values) {
    const seen = latestValue.get(v.indicatorId);
    if (!seen || seen.periodEnd < v.periodEnd) latestValue.set(v.indicatorId, v);
  }

  return rows.map((r) => ({
    id: r.goal.id,
    level: r.goal.level,
    code: r.goal.code,
    title: r.goal.title,
    description: r.goal.description,
    ownerName: r.ownerName,
    responsibleName: r.responsibleGiven ? `${r.responsibleGiven} ${r.responsibleFamily}` : null,
    decision: r.decisionBody && r.decidedOn && r.paragraph ? { body: r.decisionBody, decidedOn: r.decidedOn, paragraph: r.paragraph } : null,
    contributesTo: parents.get(r.goal.id) ?? [],
    latestAssessment: latest.has(r.goal.id) ? { fulfilment: latest.get(r.goal.id)!.fulfilment, periodName: latest.get(r.goal.id)!.periodName } : null,
    indicators: indicatorRows.filter((i) => i.goalId === r.goal.id).map((i) => ({ id: i.id, name: i.name, unit: i.unit, baseline: i.baseline, target: i.target, direction: i.direction, latestValue: latestValue.get(i.id)?.value ?? null })),
  }));
}

export function councilGoalIds(db: Db, planYearId: number): number[] {
  return db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.planYearId, planYearId), eq(goals.level, 'council')))
    .all()
    .map((g) => g.id);
}
