import type { Db } from '@/db/connection';
import { NotFoundError } from '@/lib/errors';
import { getPublicResults } from '@/features/public/queries';
import type { OpenData } from '@/features/public/open-data';

/**
 * The open-data files share one shape of answer: public, cacheable for five minutes (they change
 * only when the council adopts goals or a report is approved), 404 for an unknown municipality.
 */
export async function openDataResponse(db: Db, params: Promise<{ kod: string }>, contentType: string, filename: string, render: (data: OpenData) => string): Promise<Response> {
  const { kod } = await params;
  try {
    const body = render(await getPublicResults(db, kod));
    return new Response(body, {
      headers: {
        'content-type': contentType,
        'content-disposition': `inline; filename="${filename}"`,
        'cache-control': 'public, max-age=300',
        'access-control-allow-origin': '*',
      },
    });
  } catch (err) {
    if (err instanceof NotFoundError) return new Response('Kommunen finns inte.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    throw err;
  }
}
