import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchKpiValues, KoladaFetchError } from './client';
import { closedPort, startKoladaFixtureServer, type KoladaFixtureServer } from '@/test-support/kolada/fixture-server';

// The client talks real HTTP to a stand-in for Kolada on a loopback port.
let kolada: KoladaFixtureServer;
const ids = ['0686', '0000', '0682', '0685', '0687', '0684'];

beforeAll(async () => {
  kolada = await startKoladaFixtureServer();
});
afterEach(() => kolada.reset());
afterAll(() => kolada.close());

async function failure(promise: Promise<unknown>): Promise<KoladaFetchError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(KoladaFetchError);
    return err as KoladaFetchError;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetchKpiValues', () => {
  it('asks for all municipalities at once and follows next_url to the second page', async () => {
    const answer = await fetchKpiValues(kolada.baseUrl, 'N15419', ids, { timeoutMs: 5000 });
    expect(kolada.requests).toEqual(['/v3/data/kpi/N15419/municipality/0686,0000,0682,0685,0687,0684', '/v3/data/kpi/N15419/municipality/0686,0000,0682,0685,0687,0684?page=2&per_page=8']);
    expect(answer.pages).toBe(2);
    expect(answer.source).toBe(`${kolada.baseUrl}data/kpi/N15419/municipality/0686,0000,0682,0685,0687,0684`);
    expect(new Set(answer.values.map((v) => v.municipalityId))).toEqual(new Set(ids));
    expect(answer.values).toHaveLength(20 + 12);
  });

  it('returns each gender and null values as they came', async () => {
    const answer = await fetchKpiValues(kolada.baseUrl, 'N15419', ids, { timeoutMs: 5000 });
    const own2022 = answer.values.filter((v) => v.municipalityId === '0686' && v.year === 2022);
    expect(own2022.map((v) => [v.gender, v.value])).toEqual([
      ['K', null],
      ['M', 76.9],
      ['T', 80.1],
    ]);
    expect(answer.values.find((v) => v.municipalityId === '0684' && v.year === 2024)).toMatchObject({ gender: 'T', value: null });
  });

  it('drops rows for municipalities that were not asked for', async () => {
    const answer = await fetchKpiValues(kolada.baseUrl, 'N15419', ['0686', '0000'], { timeoutMs: 5000 });
    expect(new Set(answer.values.map((v) => v.municipalityId))).toEqual(new Set(['0686', '0000']));
  });

  it('explains in Swedish when Kolada cannot be reached', async () => {
    const err = await failure(fetchKpiValues(`http://127.0.0.1:${await closedPort()}/v3/`, 'N15419', ids, { timeoutMs: 5000 }));
    expect(err.kind).toBe('unreachable');
    expect(err.message).toMatch(/Det gick inte att nå Kolada/);
  });

  it('reports an error answer with its status', async () => {
    kolada.answer('N15419', { status: 500 });
    const err = await failure(fetchKpiValues(kolada.baseUrl, 'N15419', ids, { timeoutMs: 5000 }));
    expect(err).toMatchObject({ kind: 'http', status: 500 });
    expect(err.message).toMatch(/HTTP 500/);
  });

  it('gives up after the timeout', async () => {
    kolada.answer('N15419', { hang: true });
    const started = Date.now();
    const err = await failure(fetchKpiValues(kolada.baseUrl, 'N15419', ids, { timeoutMs: 300 }));
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/svarade inte inom/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops paging after maxPages', async () => {
    const err = await failure(fetchKpiValues(kolada.baseUrl, 'N15419', ids, { timeoutMs: 5000, maxPages: 1 }));
    expect(err.kind).toBe('format');
  });
});
