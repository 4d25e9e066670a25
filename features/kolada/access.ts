import { hasRole, sameMunicipality, type InMunicipality, type Viewer } from '@/lib/permissions';

/**
 * Fetching from Kolada writes the municipality's comparison figures for everyone, so it is the
 * administrator's task (like the system's other settings). Reading the figures is not restricted
 * beyond the goal they are shown on.
 */
export function canFetchKolada(viewer: Viewer, municipality: InMunicipality): boolean {
  return sameMunicipality(viewer, municipality) && hasRole(viewer, 'administrator');
}
