import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, restoreDatabase } from './database-backup';

// npm run backup -- [--db data/styrkedjan.db] [--out backups]
// npm run restore -- --from backups/styrkedjan-….db [--db data/styrkedjan.db]
// Prints what was done as one JSON line (the last line), or a Swedish error and exit code 1.
// A restore ends every session and applies the disposal rule again (docs/security.md).
const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({ args: rest, options: { db: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' } } });
const db = values.db ?? process.env.DATABASE_PATH ?? 'data/styrkedjan.db';

try {
  if (command === 'backup') {
    const manifest = backupDatabase(db, values.out ?? 'backups');
    console.log(JSON.stringify({ backup: path.join(values.out ?? 'backups', manifest.file), bytes: manifest.bytes, sha256: manifest.sha256, rows: Object.values(manifest.counts).reduce((s, n) => s + n, 0) }));
  } else if (command === 'restore') {
    if (!values.from) throw new Error('Ange säkerhetskopian med --from.');
    const result = restoreDatabase(values.from, db);
    const disposal = { notes: result.disposal.reduce((n, r) => n + r.notes, 0), entryTexts: result.disposal.reduce((n, r) => n + r.entryTexts, 0) };
    console.error(
      `Alla inloggningar är avslutade. ${result.accounts.activeInBackup} konton var aktiva i säkerhetskopian` +
        (result.accounts.deactivationsKept > 0 ? `; ${result.accounts.deactivationsKept} som var avaktiverade i den ersatta databasen hålls avaktiverade` : '') +
        '. Avaktivera igen de konton som avaktiverades efter säkerhetskopian (docs/security.md).',
    );
    console.log(JSON.stringify({ restored: result.target, rows: Object.values(result.counts).reduce((s, n) => s + n, 0), accounts: result.accounts, disposal }));
  } else {
    throw new Error('Använd "backup" eller "restore".');
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
