import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { exportMyData } from '@/features/privacy/my-data';
import { requireViewer } from '@/lib/auth/viewer';
import { myDataAsText } from '@/features/privacy/my-data-text';
import { dayInStockholm } from '@/lib/dates/stockholm-time';

// Personal data: never cached by the browser or anything in between, and never prerendered.
export const dynamic = 'force-dynamic';

/**
 * The signed-in person's own data as a file (GDPR art. 15). The person is the session's own;
 * nothing in the request chooses whose data it is.
 */
export async function GET(request: Request) {
  const format = new URL(request.url).searchParams.get('format') === 'text' ? 'text' : 'json';
  const data = exportMyData(getDb(), await requireViewer(), format);
  const day = dayInStockholm(new Date(data.generatedAt));
  const headers = { 'cache-control': 'no-store, private', 'x-content-type-options': 'nosniff' };
  if (format === 'json') {
    return new Response(JSON.stringify(data, null, 2), {
      headers: { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="mina-uppgifter-${day}.json"` },
    });
  }
  const t = await getTranslations({ locale: 'sv', namespace: 'myData.file' });
  const text = myDataAsText(data, (key) => (t.has(key as 'title') ? t(key as 'title') : undefined));
  return new Response(text, {
    headers: { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-disposition': `attachment; filename="mina-uppgifter-${day}.txt"` },
  });
}
