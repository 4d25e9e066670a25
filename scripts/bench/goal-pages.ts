/**
 * Times Målkedjan on a running server: signs in through the form in Chromium, then fetches the
 * pages with the session cookie and prints median and p95 in ms.
 *   npm run bench:goal-pages -- http://127.0.0.1:3411 [rounds]
 */
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const rounds = Number(process.argv[3] ?? 40);

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto(`${base}/logga-in`);
  await page.getByLabel('E-postadress').fill('medarbetare@sjovik.se');
  await page.getByLabel('Lösenord').fill('Styrkedjan-demo-2026');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/min-styrkedja/);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  await browser.close();

  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return body;
  };
  // Ids of the first council goal and, once it is open, of its first board goal and that one's first administration goal.
  const ids = (html: string) => [...html.matchAll(/href="\/mal\/(\d+)"/g)].map((m) => Number(m[1]));
  const top = ids(await get('/mal'));
  const kf = top[0]!;
  const lvl2 = ids(await get(`/mal?oppna=${kf}`)).filter((id) => !top.includes(id));
  const board = lvl2[0]!;
  const lvl3 = ids(await get(`/mal?oppna=${kf},${board}`)).filter((id) => !top.includes(id) && !lvl2.includes(id));
  const admin = lvl3[0]!;
  const paths = ['/mal', `/mal?oppna=${kf},${board},${admin}`, `/mal?sok=${encodeURIComponent('trygg')}`, `/mal/${admin}`, `/mal/${kf}`];

  for (const path of paths) {
    await get(path); // warm-up: compiles nothing in production, but fills the per-year count cache once
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      bytes = (await get(path)).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
    console.log(`${path.padEnd(40)} median ${at(0.5).toFixed(0)} ms  p95 ${at(0.95).toFixed(0)} ms  (${rounds} requests, ${(bytes / 1024).toFixed(0)} kB)`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
