import { describe, expect, it } from 'vitest';
import { parseId } from './ids';

describe('parseId', () => {
  it('reads a positive id of up to nine digits', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('42')).toBe(42);
    expect(parseId('007')).toBe(7);
    expect(parseId('999999999')).toBe(999_999_999);
  });

  it('refuses zero, signs, decimals, exponents, spaces and other text', () => {
    for (const raw of ['0', '000', '-1', '+1', '1.0', '1e3', '0x10', ' 1', '1 ', '1,2', '', 'abc', '１２']) expect(parseId(raw)).toBeNull();
  });

  it('refuses ten digits and more, so no id past what the tables hold reaches a query', () => {
    expect(parseId('1000000000')).toBeNull();
    expect(parseId('9'.repeat(20))).toBeNull();
  });

  it('gives nothing for a missing value', () => {
    expect(parseId(undefined)).toBeNull();
    expect(parseId(null)).toBeNull();
  });
});
