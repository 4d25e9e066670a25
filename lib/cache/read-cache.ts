import 'server-only';
import type { Db } from '@/db/connection';
import { preparedPerConnection } from '@/db/prepared';

const counters = preparedPerConnection((db) => ({
  dataVersion: db.$client.prepare('PRAGMA data_version').pluck(),
  totalChanges: db.$client.prepare('SELECT total_changes()').pluck(),
}));

/**
 * A stamp that changes with every write the server process can see: total_changes() moves with
 * every write through this process's own connection, data_version with every commit by another
 * process (the other server processes, an import, a seed). Equal stamps mean nothing was written.
 */
export function dataStamp(db: Db): string {
  const c = counters(db);
  return `${c.dataVersion.get() as number}:${c.totalChanges.get() as number}`;
}

/**
 * A read model kept in memory until anything is written, then built anew by the next reader.
 * For what many readers share and is costly to assemble (the boards' and the council's
 * dashboards). Access is checked before the cache is asked, on every request; the key must hold
 * everything the result depends on (the municipality first). The values are shared between
 * requests and must not be changed by their readers.
 */
export class ReadCache<T> {
  private readonly entries = new Map<string, { stamp: string; value: T }>();

  constructor(private readonly maxEntries: number) {}

  read(db: Db, key: string, build: () => T): T {
    const stamp = dataStamp(db);
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) {
      // The most recently used last, so the oldest is the first to go.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = build();
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { stamp, value });
    return value;
  }
}
