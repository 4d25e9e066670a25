import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { openDatabase } = await import('@/db/connection');
const { ReadCache, dataStamp } = await import('./read-cache');

function freshDb() {
  const db = openDatabase(':memory:');
  db.$client.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  return db;
}

describe('the read cache', () => {
  it('builds once while nothing is written, and again after any write', () => {
    const db = freshDb();
    const cache = new ReadCache<number>(10);
    const build = vi.fn(() => db.$client.prepare('SELECT count(*) FROM t').pluck().get() as number);
    expect(cache.read(db, 'k', build)).toBe(0);
    expect(cache.read(db, 'k', build)).toBe(0);
    expect(build).toHaveBeenCalledTimes(1);
    db.$client.prepare("INSERT INTO t (v) VALUES ('a')").run();
    expect(cache.read(db, 'k', build)).toBe(1);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('sees a commit made through another connection to the same file', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'read-cache-')), 'x.db');
    const one = openDatabase(file);
    one.$client.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
    const other = openDatabase(file);
    const before = dataStamp(one);
    other.$client.prepare("INSERT INTO t (v) VALUES ('b')").run();
    expect(dataStamp(one)).not.toBe(before);
    one.$client.close();
    other.$client.close();
  });

  it('keeps separate keys apart and lets the least recently used go first', () => {
    const db = freshDb();
    const cache = new ReadCache<string>(2);
    const build = vi.fn((v: string) => v);
    cache.read(db, 'a', () => build('a'));
    cache.read(db, 'b', () => build('b'));
    cache.read(db, 'a', () => build('a'));
    cache.read(db, 'c', () => build('c'));
    expect(build).toHaveBeenCalledTimes(3);
    cache.read(db, 'a', () => build('a'));
    expect(build).toHaveBeenCalledTimes(3);
    cache.read(db, 'b', () => build('b'));
    expect(build).toHaveBeenCalledTimes(4);
  });

  it('does not keep a failed build', () => {
    const db = freshDb();
    const cache = new ReadCache<number>(2);
    expect(() =>
      cache.read(db, 'x', () => {
        throw new Error('saknas');
      }),
    ).toThrow('saknas');
    expect(cache.read(db, 'x', () => 7)).toBe(7);
  });
});
