import { parseArgs } from 'node:util';
import { openDatabase } from './connection';
import { applyMigrations } from './migrate';

// `npm run db:migrate -- --db data/styrkedjan.db`
const { values } = parseArgs({ options: { db: { type: 'string', default: 'data/styrkedjan.db' } } });
const db = openDatabase(values.db);
applyMigrations(db);
db.$client.close();
console.log(`Databasen ${values.db} är uppdaterad.`);
