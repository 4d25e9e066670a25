import type { Db } from '../connection';
import { hashPassword } from '../../lib/auth/password';
import { rebuildRollups } from '../../features/rollup/store';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../lib/demo-accounts';
import { idCounter, type SeedContext } from './context';
import { PRESETS, SECOND_MUNICIPALITY_PRESET, type PresetName } from './presets';
import { MUNICIPALITY, SECOND_MUNICIPALITY, SECOND_MUNICIPALITY_CANARY } from './content';
import { writeCanaries } from './seed-canaries';
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
  /** Also seed Norrvik, the second municipality the end-to-end tests keep apart from Sjövik. */
  secondMunicipality?: boolean;
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

/** The parts of one seeded municipality that the steps after its transaction need. */
interface SeededMunicipality {
  counts: Omit<SeedCounts, 'ms' | 'preset' | 'seed'>;
  years: YearGoals[];
}

/** One municipality's rows, inside the caller's transaction. */
function seedMunicipality(ctx: SeedContext, passwordHashes: string[]): SeededMunicipality {
  const org = seedOrganisation(ctx) as ReturnType<typeof seedOrganisation> & { finishPeople: () => void };
  const demo = pickDemoPeople(ctx, org);
  const years = seedGoals(ctx, org);
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
  return {
    years,
    counts: {
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
    },
  };
}

/**
 * The second municipality's ids start above a round number past everything the first used: a
 * million for the demo sizes, more for a larger first municipality.
 */
export function secondIdBase(highestFirstId: number): number {
  return Math.max(1_000_000, 10 ** Math.ceil(Math.log10(highestFirstId + 1)));
}

/**
 * Fills an empty, migrated database with the demo municipality Sjövik, in one transaction, and on
 * request a second, smaller one (Norrvik) with ids of its own and canaries in its texts. Sjövik is
 * seeded first with its own random draws, so it is the same with or without the second.
 */
export async function generateMunicipality(db: Db, options: SeedOptions): Promise<SeedCounts> {
  const started = performance.now();
  const sqlite = db.$client;
  const asOf = options.asOf ?? '2026-11-20';
  const current = Number(asOf.slice(0, 4));
  const firstIds = idCounter();
  const ctx: SeedContext = {
    sqlite,
    rng: new Random(options.seed),
    preset: PRESETS[options.preset],
    municipalityId: 1,
    municipality: MUNICIPALITY,
    asOf,
    years: { previous: current - 1, current },
    nextId: firstIds,
  };
  // scrypt is asynchronous and the transaction below is not: hash the demo passwords first.
  const passwordHashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  const secondHashes = options.secondMunicipality ? await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD))) : [];

  let first!: SeededMunicipality;
  let second: (SeededMunicipality & { nextId: SeedContext['nextId'] }) | undefined;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    // People are written after the rows that refer to them; check references at commit instead.
    sqlite.pragma('defer_foreign_keys = ON');
    first = seedMunicipality(ctx, passwordHashes);
    if (options.secondMunicipality) {
      const base = secondIdBase(firstIds.highest());
      const nextId = idCounter(base);
      const secondCtx: SeedContext = { ...ctx, rng: new Random(options.seed + 7919), preset: SECOND_MUNICIPALITY_PRESET, municipalityId: 2, municipality: SECOND_MUNICIPALITY, nextId };
      second = { ...seedMunicipality(secondCtx, secondHashes), nextId };
      writeCanaries(sqlite, base, SECOND_MUNICIPALITY_CANARY, { from: MUNICIPALITY.shortName, to: SECOND_MUNICIPALITY.shortName });
    }
    sqlite.exec('COMMIT');
  } catch (err) {
    sqlite.exec('ROLLBACK');
    throw err;
  }
  // The dashboards' maintained roll-up starts complete for every plan year.
  for (const row of sqlite.prepare('SELECT id FROM plan_years ORDER BY year, id').all() as { id: number }[]) rebuildRollups(db, row.id);
  // Approved reports are frozen from the roll-ups, so they come last.
  seedApprovedReports(db, first.years);
  if (second) seedApprovedReports(db, second.years, second.nextId);
  sqlite.pragma('optimize');
  return { preset: options.preset, seed: options.seed, ...first.counts, ms: Math.round(performance.now() - started) };
}
