import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import sv from '@/messages/sv/core.json';
import { withFallbackMessages } from './fallback-message';

const schema = z.object({
  title: z.string().trim().min(1, { error: 'validation.required' }),
  kind: z.enum(['a', 'b']),
  count: z.coerce.number().int().max(10),
  note: z.string().max(3),
});

const messagesOf = (input: unknown) => {
  const r = schema.safeParse(input, withFallbackMessages);
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
};

describe('fallback messages', () => {
  it('names a missing field as required instead of the validator’s own English text', () => {
    expect(messagesOf({})).toEqual({ title: 'validation.required', kind: 'validation.required', count: 'validation.invalidValue', note: 'validation.required' });
  });

  it('gives wrong choices, wrong shapes and too long values a message from the catalogue', () => {
    expect(messagesOf({ title: 'x', kind: 'c', count: '11', note: 'abcd' })).toEqual({ kind: 'validation.invalidChoice', count: 'validation.tooLong', note: 'validation.tooLong' });
    expect(messagesOf({ title: ['x'], kind: 'a', count: 'tolv', note: { a: 1 } })).toEqual({ title: 'validation.invalidValue', count: 'validation.invalidValue', note: 'validation.invalidValue' });
  });

  it('keeps the schema’s own message where it has one', () => {
    expect(messagesOf({ title: '  ', kind: 'a', count: '1', note: '' })).toEqual({ title: 'validation.required' });
  });

  it('only hands out keys the Swedish catalogue has', () => {
    const keys = new Set(Object.keys(sv.validation).map((k) => `validation.${k}`));
    const all = [messagesOf({}), messagesOf({ title: 'x', kind: 'c', count: '11', note: 'abcd' }), messagesOf({ title: ['x'], kind: 'a', count: 'tolv', note: {} })];
    for (const messages of all) for (const key of Object.values(messages)) expect(keys).toContain(key);
  });
});
