import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openDatabase, type Db } from '@/db/connection';
import * as schema from '@/db/schema';
import { applyMigrations } from '@/db/migrate';
import { generateMunicipality } from '@/db/seed/generate';
import { closedPort, startKoladaFixtureServer, type KoladaFixtureServer } from '@/test-support/kolada/fixture-server';
import { koladaTargets, runKoladaFetch } from './store';

// The fetch job against a seeded database and a stand-in for Kolada reached over HTTP.
let db: Db;
let kolada: KoladaFixtureServer;
const all = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const valuesNow = () => all<{ kpi: string; m: string; year: number; gender: string; value: number | null }>('SELECT kpi_id AS kpi, kolada_municipality_id AS m, year, gender, value FROM kolada_values ORDER BY kpi, m, year, gender');
const audits = (action: string) => all<{ detail: string; actor: number | null }>('SELECT detail, actor_person_id AS actor FROM audit_log WHERE action = ? ORDER BY id', action);
const at = new Date('2026-11-22T09:00:00Z');
const run = (baseUrl = kolada.baseUrl, timeoutMs = 5000) => runKoladaFetch(db, { municipalityId: 1, actorPersonId: null, baseUrl, timeoutMs, now: () => at });

// Seeding takes seconds: seed once, and give each test a fresh copy of that database.
let seeded: Buffer;
beforeAll(async () => {
  kolada = await startKoladaFixtureServer();
  const source = openDatabase(':memory:');
  applyMigrations(source);
  await generateMunicipality(source, { preset: 'small', seed: 1 });
  seeded = source.$client.serialize();
  source.$client.close();
});
beforeEach(() => {
  const sqlite = new Database(seeded);
  sqlite.pragma('foreign_keys = ON');
  db = drizzle({ client: sqlite, schema, casing: 'snake_case' }) as unknown as Db;
});
afterEach(() => {
  kolada.reset();
  db.$client.close();
});
afterAll(() => kolada.close());

describe('koladaTargets', () => {
  it("reads the demo's Kolada id, comparison group and linked KPIs", () => {
    expect(koladaTargets(db, 1)).toEqual({ koladaMunicipalityId: '0686', comparisonGroup: ['0682', '0685', '0687', '0684'], kpiIds: ['N15419'] });
  });
});

describe('runKoladaFetch', () => {
  it('stores every page, per gender, with nulls kept, its source and fetch time, and an audit row', async () => {
    const result = await run();
    expect(result).toEqual({ ok: true, kpis: [{ kpiId: 'N15419', stored: 32, removed: 0 }], stored: 32, removed: 0 });
    const rows = valuesNow();
    expect(rows).toHaveLength(32);
    expect(rows.filter((r) => r.m === '0686' && r.year === 2022)).toEqual([
      { kpi: 'N15419', m: '0686', year: 2022, gender: 'K', value: null },
      { kpi: 'N15419', m: '0686', year: 2022, gender: 'M', value: 76.9 },
      { kpi: 'N15419', m: '0686', year: 2022, gender: 'T', value: 80.1 },
    ]);
    expect(rows.find((r) => r.m === '0684' && r.year === 2024)?.value).toBeNull();
    expect(one('SELECT DISTINCT source, fetched_at AS fetchedAt FROM kolada_values')).toEqual({ source: `${kolada.baseUrl}data/kpi/N15419/municipality/0686,0000,0682,0685,0687,0684`, fetchedAt: at.getTime() / 1000 });
    expect(JSON.parse(audits('kolada.values_stored')[0]!.detail)).toMatchObject({ kpi: 'N15419', pages: 2, stored: 32, removed: 0 });
  });

  it('updates revised values and removes withdrawn ones on the next fetch', async () => {
    await run();
    kolada.answer('N15419', { pages: 'N15419.revised' });
    const result = await run();
    expect(result).toMatchObject({ ok: true, stored: 1, removed: 1 });
    const rows = valuesNow();
    expect(rows).toHaveLength(31);
    expect(rows.find((r) => r.m === '0686' && r.year === 2024 && r.gender === 'T')?.value).toBe(83.9);
    expect(rows.find((r) => r.m === '0686' && r.year === 2022 && r.gender === 'M')).toBeUndefined();
  });

  it('keeps the old values and audits the failure when Kolada cannot be reached', async () => {
    await run();
    const before = valuesNow();
    const result = await run(`http://127.0.0.1:${await closedPort()}/v3/`);
    expect(result).toMatchObject({ ok: false, kind: 'unreachable', failedKpi: 'N15419', kpis: [] });
    expect(!result.ok && result.message).toMatch(/Det gick inte att nå Kolada/);
    expect(valuesNow()).toEqual(before);
    expect(JSON.parse(audits('kolada.fetch_failed')[0]!.detail)).toMatchObject({ reason: 'unreachable', kpi: 'N15419' });
  });

  it('keeps the old values when Kolada answers 500 or not at all', async () => {
    await run();
    const before = valuesNow();
    kolada.answer('N15419', { status: 500 });
    expect(await run()).toMatchObject({ ok: false, kind: 'http' });
    kolada.answer('N15419', { hang: true });
    expect(await run(kolada.baseUrl, 300)).toMatchObject({ ok: false, kind: 'timeout' });
    expect(valuesNow()).toEqual(before);
    expect(audits('kolada.fetch_failed').map((a) => JSON.parse(a.detail).reason)).toEqual(['http', 'timeout']);
  });

  it('writes nothing of a KPI whose second page fails, and keeps the KPIs stored before it', async () => {
    // A second linked KPI, fetched first (the KPIs go in id order).
    db.$client.prepare("UPDATE indicators SET kolada_kpi_id = 'N00945' WHERE id = (SELECT min(id) FROM indicators WHERE kolada_kpi_id IS NULL)").run();
    kolada.answer('N15419', { pages: 'N15419', failFromPage: 2 });
    const result = await run();
    expect(result).toMatchObject({ ok: false, kind: 'http', failedKpi: 'N15419', kpis: [{ kpiId: 'N00945', stored: 2, removed: 0 }] });
    expect(kolada.requests.filter((r) => r.includes('N15419'))).toHaveLength(2);
    expect(valuesNow().map((r) => r.kpi)).toEqual(['N00945', 'N00945']);
    expect(audits('kolada.values_stored')).toHaveLength(1);
    expect(audits('kolada.fetch_failed')).toHaveLength(1);
  });

  it('says so when no indicator is linked to Kolada', async () => {
    db.$client.prepare('UPDATE indicators SET kolada_kpi_id = NULL').run();
    const result = await run();
    expect(result).toMatchObject({ ok: false, kind: 'noKpis' });
    expect(kolada.requests).toEqual([]);
    expect(audits('kolada.fetch_failed')).toHaveLength(1);
  });
});
