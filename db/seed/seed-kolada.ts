import { koladaSettings } from '../schema';
import { BulkInserter } from './bulk-insert';
import type { SeedContext } from './context';

/**
 * Sjövik is made up and has no Kolada id of its own, so the demo reports under a real
 * municipality of its size (Eksjö, 0686) and compares itself with four neighbours of similar size
 * in the same county. Only the ids are set here; values come from `npm run kolada:fetch`.
 */
export const DEMO_KOLADA = { koladaMunicipalityId: '0686', comparisonGroup: ['0682', '0685', '0687', '0684'] };

export function seedKolada(ctx: SeedContext): void {
  new BulkInserter(ctx.sqlite, koladaSettings, ['municipalityId', 'koladaMunicipalityId', 'comparisonGroup']).insert({
    municipalityId: ctx.municipalityId,
    koladaMunicipalityId: DEMO_KOLADA.koladaMunicipalityId,
    comparisonGroup: JSON.stringify(DEMO_KOLADA.comparisonGroup),
  });
}
