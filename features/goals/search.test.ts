import { describe, expect, it } from 'vitest';
import { matchesSearch, normaliseForSearch } from './search';

describe('goal search', () => {
  it('ignores case for Swedish letters', () => {
    expect(matchesSearch('ÖKAD', 'Ökad trygghet i skolan')).toBe(true);
    expect(matchesSearch('åldrande', 'Ett värdigt Åldrande')).toBe(true);
    expect(matchesSearch('förskola', 'FÖRSKOLA för alla')).toBe(true);
  });

  it('treats decomposed and composed letters alike', () => {
    const decomposed = 'La\u0308sning'; // "Läsning" with a combining diaeresis
    expect(matchesSearch('läsning', decomposed)).toBe(true);
    expect(normaliseForSearch(decomposed)).toBe('läsning');
  });

  it('matches codes with any spacing and case, and does not confuse a with ä', () => {
    expect(matchesSearch('bun  2', 'BUN 2.1')).toBe(true);
    expect(matchesSearch('las', 'Läsa mer')).toBe(false);
    expect(matchesSearch('  ', 'vad som helst')).toBe(true);
    expect(matchesSearch('kf', null, undefined)).toBe(false);
  });
});
