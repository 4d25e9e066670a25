// Exploration aid: prints the observed status of every read target and the forms each role sees.
// Run against a started server: E2E_PORT=… DATABASE_PATH=… npx tsx e2e/http/probe.ts
import { openTestDb, readFacts } from './facts';
import { harvestForms } from './forms';
import { ROLES, signInAll } from './session';
import { readTargets } from './targets';

async function main() {
  const db = openTestDb();
  const facts = readFacts(db);
  console.log(JSON.stringify(facts));
  const sessions = await signInAll();
  for (const t of readTargets(facts)) {
    const row: string[] = [];
    for (const role of ROLES) {
      const r = await sessions.get(role)!.get(t.path);
      row.push(`${role}:${r.status}${r.location ? '→' + r.location.replace(/^https?:\/\/[^/]+/, '').slice(0, 20) : ''}`);
    }
    console.log(t.path, row.join(' '));
  }
  if (process.argv[2] === 'forms') {
    for (const t of readTargets(facts).filter((x) => x.kind === 'page')) {
      for (const role of ROLES) {
        const r = await sessions.get(role)!.get(t.path);
        if (r.status !== 200) continue;
        for (const f of harvestForms(t.path, r.body)) console.log('FORM', t.path, role, f.actionId.slice(0, 12), f.inputNames.join(','));
      }
    }
  }
}
void main();
