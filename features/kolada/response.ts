import { z } from 'zod';
import { KOLADA_GENDERS, type KoladaGender } from '@/lib/domain/kolada';

/**
 * One page of Kolada's v3 answer to /data/kpi/{kpi}/municipality/{ids}: a count, the rows (one
 * per KPI, municipality and year, each with a value per gender) and, when more pages follow, the
 * absolute address of the next page in `next_url`. Values may be null (no figure for that
 * year), and a value Kolada has withdrawn is marked `isdeleted`. The schema accepts v2's
 * `next_page` as well, since older gateways still answer with it.
 */
const genderValue = z.object({
  gender: z.string(),
  value: z.number().nullable().optional(),
  status: z.string().nullable().optional(),
  count: z.number().nullable().optional(),
  isdeleted: z.boolean().optional(),
});

const row = z.object({
  kpi: z.string(),
  municipality: z.string(),
  period: z.union([z.number().int(), z.string().regex(/^\d{4}$/)]).transform(Number),
  values: z.array(genderValue),
});

const page = z.object({
  count: z.number().int().nonnegative().optional(),
  values: z.array(row),
  next_url: z.string().nullable().optional(),
  next_page: z.string().nullable().optional(),
});

export interface KoladaValue {
  kpiId: string;
  municipalityId: string;
  year: number;
  gender: KoladaGender;
  /** null: Kolada has the row but no figure ("saknas"). */
  value: number | null;
  status: string | null;
  /** Kolada withdrew the value: the stored one is removed. */
  deleted: boolean;
}

export interface KoladaPage {
  values: KoladaValue[];
  nextUrl: string | null;
}

export class KoladaFormatError extends Error {
  constructor(detail: string) {
    super(`Kolada svarade i ett format som inte gick att läsa (${detail}).`);
    this.name = 'KoladaFormatError';
  }
}

const isGender = (g: string): g is KoladaGender => (KOLADA_GENDERS as readonly string[]).includes(g);

/** A page of JSON to flat values, one per gender; genders other than T, K and M are skipped. */
export function parseKoladaPage(json: unknown): KoladaPage {
  const parsed = page.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new KoladaFormatError(first ? `${first.path.join('.') || 'svaret'}: ${first.message}` : 'okänt fel');
  }
  const values: KoladaValue[] = [];
  for (const r of parsed.data.values) {
    for (const v of r.values) {
      if (!isGender(v.gender)) continue;
      values.push({
        kpiId: r.kpi,
        municipalityId: r.municipality,
        year: r.period,
        gender: v.gender,
        value: v.value ?? null,
        status: v.status ? v.status : null,
        deleted: v.isdeleted === true,
      });
    }
  }
  const next = parsed.data.next_url ?? parsed.data.next_page ?? null;
  return { values, nextUrl: next ? next : null };
}

/** The data address for one KPI and a list of Kolada municipality ids (the API takes them comma-separated). */
export function dataUrl(baseUrl: string, kpiId: string, municipalityIds: readonly string[]): URL {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(`data/kpi/${encodeURIComponent(kpiId)}/municipality/${municipalityIds.map(encodeURIComponent).join(',')}`, base);
}
