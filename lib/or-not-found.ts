import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/errors';

/**
 * A missing, malformed or foreign id and a forbidden object look the same to the reader: 404.
 * Any other error is left to the segment's error page.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}
