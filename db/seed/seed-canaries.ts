import type Database from 'better-sqlite3';

/**
 * Writes the canary into every kind of text a municipality keeps about itself: talk notes and
 * comments, workplace meeting minutes, assignment texts, plans and activities, goals, the vision,
 * decisions and the assessments' analyses (before the reports are frozen, so the approved
 * reports and the open data carry it too). Only rows of the given id range are touched: the
 * second municipality's own. The name of the first municipality in the shared texts is replaced
 * by the second's, so nothing of the second reads as if it were the first.
 */
export function writeCanaries(sqlite: Database.Database, idFrom: number, canary: string, names: { from: string; to: string }) {
  const tag = (column: string) => `CASE WHEN ${column} IS NULL OR ${column} = '' THEN '${canary}' ELSE ${column} || ' ${canary}' END`;
  const rename = (column: string) => `replace(${column}, '${names.from}', '${names.to}')`;
  const statements = [
    `UPDATE confidential_notes SET body = ${tag('body')} WHERE id > ?`,
    `UPDATE follow_up_entries SET comment = ${tag('comment')}, self_comment = CASE WHEN self_comment IS NULL THEN NULL ELSE self_comment || ' ${canary}' END WHERE id > ?`,
    `UPDATE follow_up_events SET minutes = ${tag('minutes')} WHERE kind = 'workplace_meeting' AND id > ?`,
    `UPDATE assignments SET description = ${tag('description')} WHERE id > ?`,
    `UPDATE assignment_activities SET contribution = ${tag('contribution')} WHERE assignment_id > ?`,
    `UPDATE activities SET title = ${tag('title')}, description = ${tag('description')}, expected_result = ${tag('expected_result')} WHERE id > ?`,
    `UPDATE plan_events SET comment = ${tag('comment')} WHERE id > ?`,
    `UPDATE goals SET title = ${rename(tag('title'))}, description = ${rename(tag('description'))} WHERE id > ?`,
    `UPDATE indicators SET name = ${tag('name')} WHERE id > ?`,
    `UPDATE visions SET statement = ${rename(tag('statement'))}, description = ${rename(tag('description'))} WHERE id > ?`,
    `UPDATE decisions SET title = ${rename(tag('title'))} WHERE id > ?`,
    `UPDATE assessments SET analysis = ${rename(tag('analysis'))} WHERE id > ?`,
  ];
  for (const sql of statements) sqlite.prepare(sql).run(idFrom);
}
