import { hasRole, type Viewer } from '@/lib/permissions';

/**
 * Fetching from Kolada writes the municipality's comparison figures for everyone, so it is the
 * administrator's task (like the system's other settings). Reading the figures is not restricted
 * beyond the goal they are shown on.
 */
export function canFetchKolada(viewer: Viewer): boolean {
  return hasRole(viewer, 'administrator');
}
