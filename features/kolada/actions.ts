'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/actions/validated-action';
import { fetchFromKolada } from '@/features/kolada/queries';
import { fetchStateOf } from '@/features/kolada/fetch-state';
import { koladaFetchSchema } from '@/features/kolada/validation';

// Thin: the data access layer checks that the viewer is the administrator.
export const fetchFromKoladaAction = validatedAction(koladaFetchSchema, async () => {
  const result = await fetchFromKolada();
  revalidatePath('/kolada');
  revalidatePath('/mal', 'layout');
  return fetchStateOf(result);
});
