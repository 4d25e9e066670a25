import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ORG_HEADER, PEOPLE_HEADER, exportFromDb, toCsv } from '@/test-support/hr-csv';

// The import page's upload against a seeded database (Norrvik beside Sjövik), given its connection and viewer as the route gives them.
vi.mock('server-only', () => ({}));

const { demoDatabase, viewerOf: demoViewer } = await import('@/test-support/demo-database');
const { importHrUpload, requireHrImporter } = await import('./hr-import');
const { NotFoundError } = await import('@/lib/errors');
type Db = import('@/db/connection').Db;
type Upload = Awaited<ReturnType<Parameters<typeof importHrUpload>[2]>>;

let db: Db;
const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
const all = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
const imports = () => one<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'hr_import.apply'").n;
const register = (municipalityId: number) =>
  JSON.stringify([
    all('SELECT p.* FROM people p WHERE p.municipality_id = ? ORDER BY p.id', municipalityId),
    all('SELECT e.* FROM employments e JOIN people p ON p.id = e.person_id WHERE p.municipality_id = ? ORDER BY e.id', municipalityId),
    all('SELECT u.* FROM org_units u WHERE u.municipality_id = ? ORDER BY u.id', municipalityId),
    all('SELECT a.* FROM accounts a JOIN people p ON p.id = a.person_id WHERE p.municipality_id = ? ORDER BY a.id', municipalityId),
  ]);

let files: { org: string; people: string };
let leaverNumber: string;

beforeAll(async () => {
  db = await demoDatabase(1, { secondMunicipality: true });
  const { org, people } = exportFromDb(db.$client, 1);
  leaverNumber = one<{ n: string }>("SELECT p.employee_number AS n FROM people p JOIN accounts a ON a.person_id = p.id WHERE a.email = 'medarbetare2@sjovik.se'").n;
  files = {
    org: toCsv(ORG_HEADER, org),
    people: toCsv(
      PEOPLE_HEADER,
      people.filter((r) => r[0] !== leaverNumber),
    ),
  };
});
afterAll(() => db.$client.close());

describe('the HR import upload', () => {
  it('refuses everyone but the administrator before the files are read, writing nothing', async () => {
    const before = register(1);
    for (const local of ['medarbetare', 'enhetschef', 'forvaltningschef', 'kommundirektor', 'hr', 'namndledamot']) {
      const viewer = demoViewer(db, `${local}@sjovik.se`);
      const read = vi.fn(async (): Promise<Upload> => ({ mode: 'apply', files, contentHash: 'x', planHash: 'y' }));
      await expect(importHrUpload(db, viewer, read), local).rejects.toBeInstanceOf(NotFoundError);
      await expect(requireHrImporter(viewer), local).rejects.toBeInstanceOf(NotFoundError);
      expect(read).not.toHaveBeenCalled();
    }
    expect(register(1)).toBe(before);
    expect(imports()).toBe(0);
  });

  it('previews, then applies exactly the preview into the administrator’s own municipality, leaving the other one as it was', async () => {
    const admin = demoViewer(db, 'admin@sjovik.se');
    await expect(requireHrImporter(admin)).resolves.toBeUndefined();
    const norrvik = register(2);
    const preview = await importHrUpload(db, admin, async () => ({ mode: 'preview', files }));
    expect(preview).toMatchObject({ applied: false, counts: { people: { ended: 1, created: 0 } } });
    expect(preview.people.ended.map((p) => p.number)).toEqual([leaverNumber]);
    expect(imports()).toBe(0);

    // A confirmation that does not match what was shown writes nothing.
    const before = register(1);
    await expect(importHrUpload(db, admin, async () => ({ mode: 'apply', files, contentHash: preview.contentHash, planHash: '0'.repeat(64) }))).rejects.toMatchObject({ messageKey: 'import.stale' });
    await expect(importHrUpload(db, admin, async () => ({ mode: 'apply', files: { ...files, org: null }, contentHash: preview.contentHash, planHash: preview.planHash }))).rejects.toMatchObject({ messageKey: 'import.stale' });
    await expect(importHrUpload(db, admin, async () => ({ mode: 'apply', files }))).rejects.toMatchObject({ messageKey: 'import.stale' });
    expect(register(1)).toBe(before);

    const applied = await importHrUpload(db, admin, async () => ({ mode: 'apply', files, contentHash: preview.contentHash, planHash: preview.planHash }));
    expect(applied).toMatchObject({ applied: true, counts: { people: { ended: 1 } } });
    expect(one('SELECT a.active FROM accounts a JOIN people p ON p.id = a.person_id WHERE p.employee_number = ? AND p.municipality_id = 1', leaverNumber)).toEqual({ active: 0 });
    expect(all("SELECT actor_person_id AS actor, object_id AS municipalityId FROM audit_log WHERE action = 'hr_import.apply'")).toEqual([{ actor: admin.personId, municipalityId: 1 }]);
    expect(register(2)).toBe(norrvik);
  });
});
