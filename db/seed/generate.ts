import type { Db } from '../connection';
import { hashPassword } from '../../lib/auth/password';
import { rebuildRollups } from '../../lib/rollup/store';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../lib/demo-accounts';
import { idCounter, type SeedContext } from './context';
import { PRESETS, type PresetName } from './presets';
import { Random } from './random';
import { seedOrganisation } from './seed-organisation';
import { seedGoals, type YearGoals } from './seed-goals';
import { seedKolada } from './seed-kolada';
import { seedApprovedReports } from './seed-reports';
import { seedPlans } from './seed-plans';
import { seedFollowUps } from './seed-follow-ups';
import { pickDemoPeople, seedDemoAccounts } from './seed-demo-accounts';

export interface SeedOptions {
  preset: PresetName;
  seed: number;
  /** The demo's "today"; fixed by default so the same seed always gives the same database. */
  asOf?: string;
}

export interface SeedCounts {
  preset: PresetName;
  seed: number;
  units: number;
  employees: number;
  politicians: number;
  councilGoals: number;
  boardGoals: number;
  administrationGoals: number;
  activities: number;
  assignments: number;
  followUpEvents: number;
  followUps: number;
  ms: number;
}

/** Fills an empty, migrated database with the demo municipality Sjövik, in one transaction. */
export async function generateMunicipality(db: Db, options: SeedOptions): Promise<SeedCounts> {
  const started = performance.now();
  const sqlite = db.$client;
  const asOf = options.asOf ?? '2026-11-20';
  const current = Number(asOf.slice(0, 4));
  const ctx: SeedContext = {
    sqlite,
    rng: new Random(options.seed),
    preset: PRESETS[options.preset],
    municipalityId: 1,
    asOf,
    years: { previous: current - 1, current },
    nextId: idCounter(),
  };
  // scrypt is asynchronous and the transaction below is not: hash the demo passwords first.
  const passwordHashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));

  let counts!: Omit<SeedCounts, 'ms'>;
  let years: YearGoals[] = [];
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    // People are written after the rows that refer to them; check references at commit instead.
    sqlite.pragma('defer_foreign_keys = ON');
    const org = seedOrganisation(ctx) as ReturnType<typeof seedOrganisation> & { finishPeople: () => void };
    const demo = pickDemoPeople(ctx, org);
    years = seedGoals(ctx, org);
    seedKolada(ctx);
    // The demo people's assignments are agreed. The board secretary's account came later: leaving it
    // out keeps the random draws, and so the rest of the demo municipality, as they were.
    const agreed = new Set(Object.entries(demo).flatMap(([key, id]) => (key === 'boardSecretary' ? [] : [id])));
    const plans = seedPlans(ctx, org, years, agreed);
    const followUps = seedFollowUps(ctx, org, years, plans);
    seedDemoAccounts(ctx, org, demo, passwordHashes);
    org.finishPeople();
    const currentPlans = plans[plans.length - 1]!;
    const currentGoals = years[years.length - 1]!;
    counts = {
      preset: options.preset,
      seed: options.seed,
      units: org.staffedUnits.filter((u) => u.kind === 'unit').length,
      employees: org.employees.length,
      politicians: org.politicianCount,
      councilGoals: currentGoals.goalCount.council,
      boardGoals: currentGoals.goalCount.board,
      administrationGoals: currentGoals.goalCount.administration,
      activities: currentPlans.activityCount,
      assignments: currentPlans.assignmentCount,
      followUpEvents: followUps.events,
      followUps: followUps.entries,
    };
    sqlite.exec('COMMIT');
  } catch (err) {
    sqlite.exec('ROLLBACK');
    throw err;
  }
  // The dashboards' maintained roll-up starts complete for every plan year.
  for (const row of sqlite.prepare('SELECT id FROM plan_years ORDER BY year').all() as { id: number }[]) rebuildRollups(db, row.id);
  // Approved reports are frozen from the roll-ups, so they come last.
  seedApprovedReports(db, years);
  sqlite.pragma('optimize');
  return { ...counts, ms: Math.round(performance.now() - started) };
}
