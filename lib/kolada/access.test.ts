import { describe, expect, it } from 'vitest';
import type { Role } from '@/db/schema';
import { canFetchKolada } from './access';

const viewer = (...roles: Role[]) => ({ personId: 1, municipalityId: 1, name: 'x', roles: roles.map((role) => ({ role, orgUnitId: null })) });

describe('canFetchKolada', () => {
  it('lets the administrator fetch, nobody else', () => {
    expect(canFetchKolada(viewer('administrator'))).toBe(true);
    expect(canFetchKolada(viewer('employee', 'administrator'))).toBe(true);
    for (const role of ['municipal_director', 'administration_director', 'unit_manager', 'employee', 'board_member', 'council_member', 'hr'] as Role[]) {
      expect(canFetchKolada(viewer(role))).toBe(false);
    }
  });
});
