import { dataUrl, KoladaFormatError, parseKoladaPage, type KoladaValue } from './response';

export type KoladaErrorKind = 'unreachable' | 'timeout' | 'http' | 'format';

/** Why a fetch from Kolada failed, with a message a municipality's administrator can act on. */
export class KoladaFetchError extends Error {
  constructor(
    readonly kind: KoladaErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'KoladaFetchError';
  }
}

interface KoladaFetchOptions {
  timeoutMs: number;
  /** A guard against a next_url that never ends. */
  maxPages?: number;
}

export interface KoladaKpiAnswer {
  kpiId: string;
  /** The first page's address: the source the stored values cite. */
  source: string;
  pages: number;
  values: KoladaValue[];
}

async function getJson(url: URL, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
      throw new KoladaFetchError('timeout', `Kolada svarade inte inom ${Math.round(timeoutMs / 1000)} sekunder. Försök igen senare; de tidigare hämtade värdena finns kvar.`);
    }
    throw new KoladaFetchError('unreachable', `Det gick inte att nå Kolada (${url.origin}). Kontrollera nätverket eller försök igen senare; de tidigare hämtade värdena finns kvar.`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new KoladaFetchError('http', `Kolada svarade med ett fel (HTTP ${response.status}). Försök igen senare; de tidigare hämtade värdena finns kvar.`, response.status);
  }
  try {
    return await response.json();
  } catch (err) {
    if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
      throw new KoladaFetchError('timeout', `Kolada svarade inte inom ${Math.round(timeoutMs / 1000)} sekunder. Försök igen senare; de tidigare hämtade värdena finns kvar.`);
    }
    throw new KoladaFetchError('format', 'Kolada svarade med något som inte är JSON. De tidigare hämtade värdena finns kvar.');
  }
}

/**
 * Every value of one KPI for the given Kolada municipality ids, following `next_url` page by
 * page. A next page is only followed on Kolada's own origin: the address comes from the answer,
 * and the server must not be sent elsewhere by it.
 */
export async function fetchKpiValues(baseUrl: string, kpiId: string, municipalityIds: readonly string[], options: KoladaFetchOptions): Promise<KoladaKpiAnswer> {
  const first = dataUrl(baseUrl, kpiId, municipalityIds);
  const maxPages = options.maxPages ?? 100;
  const values: KoladaValue[] = [];
  let url: URL | null = first;
  let pages = 0;
  while (url) {
    if (pages >= maxPages) throw new KoladaFetchError('format', `Kolada gav fler än ${maxPages} sidor för ${kpiId}; hämtningen avbröts och de tidigare värdena finns kvar.`);
    const json = await getJson(url, options.timeoutMs);
    let page;
    try {
      page = parseKoladaPage(json);
    } catch (err) {
      if (err instanceof KoladaFormatError) throw new KoladaFetchError('format', `${err.message} De tidigare hämtade värdena finns kvar.`);
      throw err;
    }
    pages += 1;
    // Rows of another KPI or municipality than asked for are not ours to store.
    values.push(...page.values.filter((v) => v.kpiId === kpiId && municipalityIds.includes(v.municipalityId)));
    url = page.nextUrl ? new URL(page.nextUrl, first) : null;
    if (url && url.origin !== first.origin) throw new KoladaFetchError('format', 'Kolada hänvisade nästa sida till en annan adress; hämtningen avbröts och de tidigare värdena finns kvar.');
  }
  return { kpiId, source: first.toString(), pages, values };
}
