import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('@/lib/auth/viewer', () => ({ requireViewer: async () => ({ personId: 1, municipalityId: 1, name: 'Test', roles: [] }) }));

const { formDataToObject, validatedAction } = await import('./validated-action');
const { z } = await import('zod');
const { ConflictError, RuleError } = await import('@/lib/errors');

describe('form data', () => {
  it('turns names ending in [] into arrays and keeps the rest as text', () => {
    const fd = new FormData();
    fd.append('title', 'Läsa mer');
    fd.append('goalIds[]', '3');
    fd.append('goalIds[]', '5');
    fd.append('$ACTION_ID_abc', '');
    expect(formDataToObject(fd)).toEqual({ title: 'Läsa mer', goalIds: ['3', '5'] });
  });
});

describe('validatedAction', () => {
  const schema = z.object({ title: z.string().trim().min(1, { error: 'validation.required' }) });
  const form = (title: string) => {
    const fd = new FormData();
    fd.append('title', title);
    return fd;
  };

  it('returns the field messages and the typed values on bad input, without running the action', async () => {
    const run = vi.fn();
    const state = await validatedAction(schema, run)({ ok: false }, form('  '));
    expect(run).not.toHaveBeenCalled();
    expect(state).toEqual({ ok: false, message: 'form.invalid', fieldErrors: { title: ['validation.required'] }, values: { title: '  ' } });
  });

  it('keeps a group of choices in the values, to refill the form', async () => {
    const fd = form('');
    fd.append('goalIds[]', '3');
    fd.append('goalIds[]', '5');
    const state = await validatedAction(schema, vi.fn())({ ok: false }, fd);
    expect(state.values).toEqual({ title: '', 'goalIds[]': '3,5' });
  });

  it('passes the parsed data and the viewer to the action', async () => {
    const run = vi.fn(async () => undefined);
    const state = await validatedAction(schema, run)({ ok: false }, form(' Ny titel '));
    expect(run).toHaveBeenCalledWith({ title: 'Ny titel' }, expect.objectContaining({ personId: 1 }));
    expect(state).toEqual({ ok: true, message: 'form.saved' });
  });

  it('shows expected errors and hides unexpected ones', async () => {
    const conflict = await validatedAction(schema, async () => {
      throw new ConflictError();
    })({ ok: false }, form('x'));
    expect(conflict.message).toBe('form.conflict');
    const rule = await validatedAction(schema, async () => {
      throw new RuleError('plans.errors.goalOutsideChain', 'goalIds');
    })({ ok: false }, form('x'));
    expect(rule.fieldErrors).toEqual({ goalIds: ['plans.errors.goalOutsideChain'] });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const crash = await validatedAction(schema, async () => {
      throw new Error('SQLITE_CORRUPT: secret details');
    })({ ok: false }, form('x'));
    expect(crash.message).toBe('form.generic');
    expect(JSON.stringify(crash)).not.toContain('secret');
    spy.mockRestore();
  });
});
