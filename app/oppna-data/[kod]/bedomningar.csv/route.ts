import { assessmentsCsv } from '@/features/public/open-data';
import { getDb } from '@/db';
import { openDataResponse } from '@/features/public/open-data-response';

export async function GET(_request: Request, { params }: { params: Promise<{ kod: string }> }) {
  return openDataResponse(getDb(), params, 'text/csv; charset=utf-8', 'bedomningar.csv', assessmentsCsv);
}
