'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/actions/validated-action';
import { fetchFromKolada } from '@/lib/dal/kolada';
import { fetchStateOf } from '@/lib/kolada/fetch-state';
import { koladaFetchSchema } from '@/lib/validation/kolada';

// Thin: the data access layer checks that the viewer is the administrator.
export const fetchFromKoladaAction = validatedAction(koladaFetchSchema, async () => {
  const result = await fetchFromKolada();
  revalidatePath('/kolada');
  revalidatePath('/mal', 'layout');
  return fetchStateOf(result);
});
