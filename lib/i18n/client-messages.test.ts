import { describe, expect, it } from 'vitest';
import core from '@/messages/sv/core.json';
import plans from '@/messages/sv/plans.json';
import coreEn from '@/messages/en/core.json';
import plansEn from '@/messages/en/plans.json';
import { clientMessages } from './client-messages';

describe('the messages sent to the browser', () => {
  const all = { ...core, ...plans };

  it('keep what forms need and leave out what only the server renders', () => {
    const picked = clientMessages(all);
    expect(Object.keys(picked)).toEqual(expect.arrayContaining(['form', 'validation', 'status', 'signIn', 'plans']));
    expect(picked).not.toHaveProperty('lineOfSight');
    expect(picked).not.toHaveProperty('organisation');
    expect(Object.keys(picked.plans as object).sort()).toEqual(['errors', 'form', 'saved']);
  });

  it('are smaller than the whole catalogue', () => {
    expect(JSON.stringify(clientMessages(all)).length).toBeLessThan(JSON.stringify(all).length * 0.8);
  });
});

describe('the English messages sent to the browser', () => {
  it('have the same parts as the Swedish ones', () => {
    const sv = clientMessages({ ...core, ...plans });
    const en = clientMessages({ ...coreEn, ...plansEn });
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    expect(Object.keys(en.plans as object).sort()).toEqual(['errors', 'form', 'saved']);
  });
});
