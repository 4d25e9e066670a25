import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startKoladaFixtureServer, type KoladaFixtureServer } from '@/test-support/kolada/fixture-server';

// The administrator's fetch against a seeded database (Norrvik beside Sjövik) and a stand-in for Kolada.
const kolada = vi.hoisted(() => ({ baseUrl: '' }));
vi.mock('server-only', () => ({}));
vi.mock('@/lib/env', async (importOriginal) => {
  const { env } = await importOriginal<typeof import('@/lib/env')>();
  return {
    env: {
      ...env,
      koladaTimeoutMs: 5000,
      get koladaBaseUrl() {
        return kolada.baseUrl;
      },
    },
  };
});

const { demoDatabase, viewerOf: demoViewer } = await import('@/test-support/demo-database');
const { fetchFromKolada } = await import('./mutations');
const { getKoladaOverview } = await import('./queries');
const { NotFoundError } = await import('@/lib/errors');
type Db = import('@/db/connection').Db;

let db: Db;
let server: KoladaFixtureServer;
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const writes = () => one<{ n: number }>("SELECT (SELECT count(*) FROM kolada_values) + (SELECT count(*) FROM audit_log WHERE action LIKE 'kolada.%') AS n").n;

beforeAll(async () => {
  server = await startKoladaFixtureServer();
  kolada.baseUrl = server.baseUrl;
  db = await demoDatabase(1, { secondMunicipality: true });
});
afterAll(async () => {
  db.$client.close();
  await server.close();
});

describe('fetching from Kolada', () => {
  it('is refused to everyone but the administrator, asking Kolada nothing and writing nothing', async () => {
    const before = writes();
    for (const local of ['medarbetare', 'enhetschef', 'forvaltningschef', 'kommundirektor', 'hr', 'namndledamot']) {
      const viewer = demoViewer(db, `${local}@sjovik.se`);
      await expect(fetchFromKolada(db, viewer), local).rejects.toBeInstanceOf(NotFoundError);
      await expect(getKoladaOverview(db, viewer), local).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(server.requests).toEqual([]);
    expect(writes()).toBe(before);
  });

  it('stores the figures for the administrator’s own municipality, recorded as theirs and no other municipality’s', async () => {
    const admin = demoViewer(db, 'admin@sjovik.se');
    const result = await fetchFromKolada(db, admin);
    expect(result).toMatchObject({ ok: true, stored: 32 });
    expect(server.requests.every((r) => r.includes('/municipality/0686,'))).toBe(true);
    expect(db.$client.prepare("SELECT actor_person_id AS actor, object_id AS municipalityId FROM audit_log WHERE action LIKE 'kolada.%'").all()).toEqual([{ actor: admin.personId, municipalityId: 1 }]);
    expect(await getKoladaOverview(db, admin)).toMatchObject({ koladaMunicipalityId: '0686', kpis: [{ kpiId: 'N15419', values: 32 }], lastFetch: { ok: true } });
    // The other municipality's administrator sees no fetch of theirs.
    expect((await getKoladaOverview(db, demoViewer(db, 'admin@norrvik.se'))).lastFetch).toBeNull();
  });
});
