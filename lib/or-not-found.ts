import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/errors';

/**
 * For pages: a missing or foreign object (the data access layer's NotFoundError) becomes the
 * 404 page; any other error goes on to the segment's error boundary.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}
