import type { FormState } from '@/lib/actions/form-state';
import type { KoladaRunResult } from './store';

/** The button's answer: a catalogue key with the figures it needs. */
export interface KoladaFetchState extends FormState {
  params?: Record<string, string | number>;
}

/** A run's outcome as a message: catalogue keys, so the page can be shown in another language. */
export function fetchStateOf(result: KoladaRunResult): KoladaFetchState {
  if (result.ok) return { ok: true, message: 'kolada.result.ok', params: { kpis: result.kpis.length, stored: result.stored, removed: result.removed } };
  const params: Record<string, string | number> = { kpi: result.failedKpi ?? '', stored: result.kpis.length };
  if (result.kind === 'http') {
    const status = /HTTP (\d+)/.exec(result.message)?.[1];
    params.status = status ?? '?';
  }
  return { ok: false, message: `kolada.errors.${result.kind}`, params };
}
