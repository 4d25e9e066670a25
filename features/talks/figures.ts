import { suppressSmallGroups, type GroupFigure, type StatusCounts } from './small-groups';

/** One follow-up entry of a confirmed appraisal talk of the year: who, which activity, which status, when. */
export interface TalkEntryRow {
  activityId: number;
  personId: number;
  eventId: number;
  heldOn: string;
  status: string;
}

/**
 * Each person counts once per activity, with what their latest talk of the year agreed about it: a
 * person with two talks is one person, not two, and the breakdown adds up to the people behind it.
 * Rows of a corrected talk must already be left out (its correction stands in for it).
 */
export function latestStatusPerPerson(rows: readonly TalkEntryRow[]): Map<number, Map<number, string>> {
  const latest = new Map<number, Map<number, TalkEntryRow>>();
  for (const row of rows) {
    const people = latest.get(row.activityId) ?? new Map<number, TalkEntryRow>();
    latest.set(row.activityId, people);
    const seen = people.get(row.personId);
    if (!seen || row.heldOn > seen.heldOn || (row.heldOn === seen.heldOn && row.eventId > seen.eventId)) people.set(row.personId, row);
  }
  return new Map([...latest].map(([activityId, people]) => [activityId, new Map([...people].map(([personId, row]) => [personId, row.status]))]));
}

/**
 * What the talks say about each activity, as it may leave the unit: a status breakdown only where
 * at least six people stand behind it. An activity nobody talked about looks exactly like one with
 * too few people, so a reader cannot tell "no one" from "a few". The activities of one page are
 * one family for the derivation guard.
 */
export function talkFiguresForActivities(activityIds: readonly number[], rows: readonly TalkEntryRow[]): Map<number, TalkFigure> {
  const perActivity = latestStatusPerPerson(rows);
  const groups = activityIds.map((id) => {
    const statuses = [...(perActivity.get(id)?.values() ?? [])];
    const counts: StatusCounts = {};
    for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
    return { key: id, people: statuses.length, counts };
  });
  return new Map(suppressSmallGroups(groups).map((f) => [f.key, shown(f)]));
}

export type TalkFigure = { people: number; counts: StatusCounts } | null;

const shown = (f: GroupFigure<number>): TalkFigure => (f.suppressed ? null : { people: f.people, counts: f.counts });
