import { assessmentsCsv } from '@/features/public/open-data';
import { openDataResponse } from '@/features/public/open-data-response';

export async function GET(_request: Request, { params }: { params: Promise<{ kod: string }> }) {
  return openDataResponse(params, 'text/csv; charset=utf-8', 'bedomningar.csv', assessmentsCsv);
}
