'use client';

/** Opens the browser's print dialog; the page's print styles hide everything but the report. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md bg-administrative-600 px-4 py-2 font-semibold text-white hover:bg-administrative-800">
      {label}
    </button>
  );
}
