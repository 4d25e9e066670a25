'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { validatedAction } from '@/lib/actions/validated-action';
import { fetchFromKolada } from '@/features/kolada/mutations';
import { fetchStateOf } from '@/features/kolada/fetch-state';
import { koladaFetchSchema } from '@/features/kolada/validation';

// Thin: the data access layer checks that the viewer is the administrator.
export const fetchFromKoladaAction = validatedAction(koladaFetchSchema, async (_data, viewer) => {
  const result = await fetchFromKolada(getDb(), viewer);
  revalidatePath('/kolada');
  revalidatePath('/mal', 'layout');
  return fetchStateOf(result);
});
