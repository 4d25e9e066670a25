import { describe, expect, it } from 'vitest';
import { ANALYSES } from './content';

describe("the demo's assessment texts", () => {
  it('state a judgement and its reasons, never a figure the page shows beside them', () => {
    const claims = /målvärde|indikator|aktiviteter(na)? (är|har)|procent|%|\d/i;
    const texts = Object.values(ANALYSES).flat();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => claims.test(t))).toEqual([]);
  });
});
