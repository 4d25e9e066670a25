import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import core from '@/messages/sv/core.json';
import plans from '@/messages/sv/plans.json';
import followUps from '@/messages/sv/follow-ups.json';
import coreEn from '@/messages/en/core.json';
import plansEn from '@/messages/en/plans.json';
import { AREA_PARTS, clientMessages } from './client-messages';

describe('the messages sent to the browser', () => {
  const all = { ...core, ...plans, ...followUps };

  it('keep what every page’s forms and header need, and no area’s own parts', () => {
    const picked = clientMessages(all);
    expect(Object.keys(picked).sort()).toEqual(['errors', 'form', 'nav', 'status', 'validation']);
  });

  it('add the area’s own parts on its pages, and leave out what only the server renders', () => {
    const picked = clientMessages(all, 'plans');
    expect(Object.keys(picked)).toEqual(expect.arrayContaining(['form', 'validation', 'status', 'plans']));
    expect(picked).not.toHaveProperty('followUp');
    expect(picked).not.toHaveProperty('lineOfSight');
    expect(Object.keys(picked.plans as object).sort()).toEqual(['errors', 'form', 'saved']);
    expect(clientMessages(all, 'followUp')).not.toHaveProperty('plans');
  });

  it('are a small part of the whole catalogue', () => {
    expect(JSON.stringify(clientMessages(all)).length).toBeLessThan(JSON.stringify(all).length * 0.2);
  });
});

describe('the English messages sent to the browser', () => {
  it('have the same parts as the Swedish ones', () => {
    const sv = clientMessages({ ...core, ...plans }, 'plans');
    const en = clientMessages({ ...coreEn, ...plansEn }, 'plans');
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    expect(Object.keys(en.plans as object).sort()).toEqual(['errors', 'form', 'saved']);
  });
});

describe('the areas', () => {
  // A client component that asks for a namespace its page was not given shows the key, not the text.
  const sourceFiles = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.tsx') ? [path.join(dir, e.name)] : []));

  it('give every namespace a client component asks for to some page', () => {
    const given = new Set(['form', 'validation', 'status', 'nav', 'errors', ...Object.values(AREA_PARTS).flatMap((p) => Object.keys(p))]);
    for (const file of ['components', 'features'].flatMap(sourceFiles)) {
      const text = fs.readFileSync(file, 'utf8');
      if (!text.startsWith("'use client'")) continue;
      for (const [, ns] of text.matchAll(/useTranslations\('([^'.]+)/g)) expect(given, `${file} uses ${ns}`).toContain(ns);
    }
  });
});
