import { accounts, roleAssignments } from '../schema';
import { DEMO_ACCOUNTS, demoEmail, type DemoAccountKey } from '../../lib/demo-accounts';
import { BulkInserter } from './bulk-insert';
import type { Organisation, SeedContext } from './context';

/** Picks one real person of the generated municipality for each demo role. */
export function pickDemoPeople(ctx: SeedContext, org: Organisation): Record<DemoAccountKey, number> {
  const bun = org.boards.find((b) => b.spec.shortName === 'BUN')!;
  const von = org.boards.find((b) => b.spec.shortName === 'VON')!;
  const bunIndex = org.boards.indexOf(bun);
  const vonIndex = org.boards.indexOf(von);
  const school = org.staffedUnits.find((u) => u.kind === 'unit' && u.boardIndex === bunIndex && u.memberPersonIds.length >= 3)!;
  const care = org.staffedUnits.find((u) => u.kind === 'unit' && u.boardIndex === vonIndex && u.memberPersonIds.length >= 2)!;
  const digital = org.staffedUnits.find((u) => u.kind === 'unit' && u.boardIndex === 0 && u.memberPersonIds.length >= 2)!;
  const bunOffice = org.staffedUnits.find((u) => u.kind === 'administration' && u.boardIndex === bunIndex)!;
  const hrDepartment = org.staffedUnits.find((u) => u.kind === 'department' && u.name === 'HR-avdelningen')!;
  const onBoards = new Set(org.boardMemberIds.flat());
  const bunMembers = org.boardMemberIds[bunIndex]!;
  return {
    employee: school.memberPersonIds[1]!,
    colleague: school.memberPersonIds[2]!,
    otherEmployee: care.memberPersonIds[1]!,
    unitManager: school.managerPersonId,
    otherUnitManager: care.managerPersonId,
    administrationDirector: bun.directorPersonId,
    municipalDirector: org.municipalDirectorPersonId,
    boardMember: bunMembers[bunMembers.length - 1]!,
    councilMember: org.councilMemberIds.find((id) => !onBoards.has(id))!,
    administrator: digital.memberPersonIds[1]!,
    hr: hrDepartment.memberPersonIds[1]!,
    // An official of BUN's administration who keeps the board's minutes.
    boardSecretary: bunOffice.memberPersonIds.find((id) => id !== bun.directorPersonId)!,
  };
}

/** `hashes` holds one password hash per demo account, in DEMO_ACCOUNTS order. */
export function seedDemoAccounts(ctx: SeedContext, org: Organisation, picked: Record<DemoAccountKey, number>, hashes: string[]) {
  const accountIns = new BulkInserter(ctx.sqlite, accounts, ['id', 'personId', 'email', 'passwordHash', 'active', 'sessionVersion']);
  DEMO_ACCOUNTS.forEach((a, i) => {
    const email = demoEmail(a.key, ctx.municipality.emailDomain);
    org.setEmail(picked[a.key], email);
    accountIns.insert({ id: ctx.nextId('accounts'), personId: picked[a.key], email, passwordHash: hashes[i]!, active: 1, sessionVersion: 1 });
  });
  const roleIns = new BulkInserter(ctx.sqlite, roleAssignments, ['id', 'personId', 'role', 'orgUnitId', 'label']);
  roleIns.insert({ id: ctx.nextId('roles'), personId: picked.administrator, role: 'administrator', orgUnitId: null, label: null });
  // The municipality names one HR role that may read talk notes across the organisation.
  roleIns.insert({ id: ctx.nextId('roles'), personId: picked.hr, role: 'hr', orgUnitId: null, label: null });
  // BUN's secretary records the board's decisions, among them the approval of its reports.
  const bun = org.boards.find((b) => b.spec.shortName === 'BUN')!;
  roleIns.insert({ id: ctx.nextId('roles'), personId: picked.boardSecretary, role: 'board_secretary', orgUnitId: bun.boardId, label: 'nämndsekreterare' });
}
