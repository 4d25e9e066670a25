import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/roles';
import { canFetchKolada } from './access';

const viewer = (...roles: Role[]) => ({ personId: 1, municipalityId: 1, name: 'x', roles: roles.map((role) => ({ role, orgUnitId: null })) });

const HERE = { municipalityId: 1 };

describe('canFetchKolada', () => {
  it('lets the administrator fetch, nobody else', () => {
    expect(canFetchKolada(viewer('administrator'), HERE)).toBe(true);
    expect(canFetchKolada(viewer('employee', 'administrator'), HERE)).toBe(true);
    for (const role of ['municipal_director', 'administration_director', 'unit_manager', 'employee', 'board_member', 'council_member', 'hr'] as Role[]) {
      expect(canFetchKolada(viewer(role), HERE)).toBe(false);
    }
  });

  it('lets no administrator fetch for another municipality', () => {
    expect(canFetchKolada(viewer('administrator'), { municipalityId: 2 })).toBe(false);
  });
});
