import { getDb } from '@/db';
import { openDataResponse } from '@/features/public/open-data-response';

export async function GET(_request: Request, { params }: { params: Promise<{ kod: string }> }) {
  return openDataResponse(getDb(), params, 'application/json; charset=utf-8', 'mal.json', (data) => JSON.stringify(data, null, 2));
}
