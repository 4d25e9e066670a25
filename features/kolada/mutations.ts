import 'server-only';
import type { Db } from '@/db/connection';
import { env } from '@/lib/env';
import { NotFoundError } from '@/lib/errors';
import { ownMunicipality, type Viewer } from '@/lib/permissions';
import { canFetchKolada } from '@/features/kolada/access';
import { runKoladaFetch, type KoladaRunResult } from '@/features/kolada/store';

/**
 * The administrator's button: fetch every linked KPI of their own municipality now. Errors of
 * Kolada come back as a result, not thrown; anyone else is told the page does not exist.
 */
export async function fetchFromKolada(db: Db, viewer: Viewer): Promise<KoladaRunResult> {
  if (!canFetchKolada(viewer, ownMunicipality(viewer))) throw new NotFoundError('Sidan');
  return runKoladaFetch(db, { municipalityId: viewer.municipalityId, actorPersonId: viewer.personId, baseUrl: env.koladaBaseUrl, timeoutMs: env.koladaTimeoutMs });
}
