'use client';

import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog; the page's print styles hide everything but the report. */
export function PrintButton({ label }: { label: string }) {
  return <Button onClick={() => window.print()}>{label}</Button>;
}
