import { describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/permissions';
import { canApproveReport, canReadReport, canReturnReport, canSubmitReport, canWriteBodyAssessments, canWriteUnitAssessment, type ReportScope } from './permissions';
import type { ReportStatus } from '@/lib/domain/reports';

const BUN = 10;
const BUF = 20;
const KS = 2;
const KLK = 30;
const KF = 1;
const person = (roles: Viewer['roles']): Viewer => ({ personId: 1, municipalityId: 1, name: 'x', roles });
const director = person([{ role: 'administration_director', orgUnitId: BUF }]);
const otherDirector = person([{ role: 'administration_director', orgUnitId: 21 }]);
const secretary = person([{ role: 'board_secretary', orgUnitId: BUN }]);
const ksSecretary = person([{ role: 'board_secretary', orgUnitId: KS }]);
const member = person([{ role: 'board_member', orgUnitId: BUN }]);
const otherMember = person([{ role: 'board_member', orgUnitId: 11 }]);
const councillor = person([{ role: 'council_member', orgUnitId: KF }]);
const manager = person([{ role: 'unit_manager', orgUnitId: 100 }]);
const cmd = person([{ role: 'municipal_director', orgUnitId: KLK }]);
const admin = person([{ role: 'administrator', orgUnitId: null }]);
const employee = person([{ role: 'employee', orgUnitId: 100 }]);

const board = (status: ReportStatus): ReportScope => ({ municipalityId: 1, kind: 'board', bodyId: BUN, administrationId: BUF, executiveBoardId: KS, status });
const ks = (status: ReportStatus): ReportScope => ({ municipalityId: 1, kind: 'board', bodyId: KS, administrationId: KLK, executiveBoardId: KS, status });
const compiled = (status: ReportStatus): ReportScope => ({ municipalityId: 1, kind: 'compiled', bodyId: KF, administrationId: null, executiveBoardId: KS, status });

describe('reading reports', () => {
  it('lets everyone signed in read an approved report: it is a public document', () => {
    for (const v of [employee, councillor, otherMember, manager]) {
      expect(canReadReport(v, board('approved'))).toBe(true);
      expect(canReadReport(v, compiled('approved'))).toBe(true);
    }
  });
  it('keeps a draft or submitted report to those preparing or approving it', () => {
    for (const status of ['draft', 'submitted'] as const) {
      for (const v of [director, secretary, member, cmd, admin]) expect(canReadReport(v, board(status))).toBe(true);
      for (const v of [otherDirector, otherMember, councillor, manager, employee]) expect(canReadReport(v, board(status))).toBe(false);
      expect(canReadReport(cmd, compiled(status))).toBe(true);
      expect(canReadReport(ksSecretary, compiled(status))).toBe(true);
      expect(canReadReport(member, compiled(status))).toBe(false);
    }
  });
});

describe('writing, submitting, returning and approving', () => {
  it('lets only the serving administration’s director write and submit the board’s draft', () => {
    expect(canWriteBodyAssessments(director, board('draft'))).toBe(true);
    expect(canSubmitReport(director, board('draft'))).toBe(true);
    for (const v of [otherDirector, secretary, member, manager, admin]) {
      expect(canWriteBodyAssessments(v, board('draft'))).toBe(false);
      expect(canSubmitReport(v, board('draft'))).toBe(false);
    }
    expect(canWriteBodyAssessments(director, board('submitted'))).toBe(false);
    expect(canSubmitReport(director, board('submitted'))).toBe(false);
  });
  it('lets the kommundirektör prepare KS’s own report and the compiled report', () => {
    expect(canSubmitReport(cmd, ks('draft'))).toBe(true);
    expect(canSubmitReport(cmd, compiled('draft'))).toBe(true);
    expect(canSubmitReport(director, compiled('draft'))).toBe(false);
  });
  it('lets a unit manager write the unit’s assessment only while the report is a draft', () => {
    expect(canWriteUnitAssessment(manager, { municipalityId: 1, unitId: 100 }, 'draft')).toBe(true);
    expect(canWriteUnitAssessment(manager, { municipalityId: 1, unitId: 101 }, 'draft')).toBe(false);
    expect(canWriteUnitAssessment(manager, { municipalityId: 1, unitId: 100 }, 'submitted')).toBe(false);
    expect(canWriteUnitAssessment(director, { municipalityId: 1, unitId: 100 }, 'draft')).toBe(false);
  });
  it('lets the director return a submitted report before approval, never an approved one', () => {
    expect(canReturnReport(director, board('submitted'))).toBe(true);
    expect(canReturnReport(director, board('draft'))).toBe(false);
    expect(canReturnReport(director, board('approved'))).toBe(false);
    expect(canReturnReport(secretary, board('submitted'))).toBe(false);
  });
  it('lets the board’s secretary or the administrator approve a submitted report', () => {
    expect(canApproveReport(secretary, board('submitted'))).toBe(true);
    expect(canApproveReport(admin, board('submitted'))).toBe(true);
    expect(canApproveReport(secretary, board('draft'))).toBe(false);
    expect(canApproveReport(secretary, board('approved'))).toBe(false);
    for (const v of [director, member, ksSecretary, cmd, councillor]) expect(canApproveReport(v, board('submitted'))).toBe(false);
    expect(canApproveReport(ksSecretary, compiled('submitted'))).toBe(true);
    expect(canApproveReport(secretary, compiled('submitted'))).toBe(false);
    expect(canApproveReport(cmd, compiled('submitted'))).toBe(false);
  });
});

describe('reports of another municipality', () => {
  const abroad = (scope: ReportScope): ReportScope => ({ ...scope, municipalityId: 2 });
  it('are read, prepared and approved by nobody here, approved and public ones included', () => {
    for (const v of [employee, councillor, member, director, secretary, ksSecretary, cmd, admin]) {
      expect(canReadReport(v, abroad(board('approved')))).toBe(false);
      expect(canReadReport(v, abroad(compiled('approved')))).toBe(false);
    }
    expect(canReadReport(admin, abroad(board('draft')))).toBe(false);
    expect(canWriteBodyAssessments(director, abroad(board('draft')))).toBe(false);
    expect(canSubmitReport(director, abroad(board('draft')))).toBe(false);
    expect(canSubmitReport(cmd, abroad(compiled('draft')))).toBe(false);
    expect(canReturnReport(director, abroad(board('submitted')))).toBe(false);
    expect(canApproveReport(admin, abroad(board('submitted')))).toBe(false);
    expect(canApproveReport(ksSecretary, abroad(compiled('submitted')))).toBe(false);
    expect(canWriteUnitAssessment(manager, { municipalityId: 2, unitId: 100 }, 'draft')).toBe(false);
  });
  it('are allowed at home for the same viewers (the refusals above are the municipality)', () => {
    expect(canReadReport(employee, board('approved'))).toBe(true);
    expect(canApproveReport(admin, board('submitted'))).toBe(true);
    expect(canSubmitReport(director, board('draft'))).toBe(true);
  });
});
