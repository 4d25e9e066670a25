import { describe, expect, it } from 'vitest';
import { fetchStateOf } from './fetch-state';

describe('fetchStateOf', () => {
  it('sums a successful run', () => {
    expect(fetchStateOf({ ok: true, kpis: [{ kpiId: 'N15419', stored: 30, removed: 1 }], stored: 30, removed: 1 })).toEqual({ ok: true, message: 'kolada.result.ok', params: { kpis: 1, stored: 30, removed: 1 } });
  });
  it('names the failure, the KPI, the HTTP status and how many KPIs were stored before it', () => {
    expect(fetchStateOf({ ok: false, kind: 'http', message: 'Kolada svarade med ett fel (HTTP 503).', failedKpi: 'N15419', kpis: [] })).toEqual({ ok: false, message: 'kolada.errors.http', params: { kpi: 'N15419', stored: 0, status: '503' } });
    expect(fetchStateOf({ ok: false, kind: 'unreachable', message: 'x', failedKpi: 'N15419', kpis: [{ kpiId: 'N00945', stored: 2, removed: 0 }] })).toEqual({ ok: false, message: 'kolada.errors.unreachable', params: { kpi: 'N15419', stored: 1 } });
  });
});
