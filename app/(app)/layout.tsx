import { AppHeader } from '@/components/layout/app-header';
import { getViewer } from '@/lib/auth/viewer';
import { navigationFor } from '@/lib/navigation';

// Navigation only. Layouts do not re-render on navigation, so no access decision is made here:
// every page asks the data access layer, which checks the session itself.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  return (
    <>
      <AppHeader viewerName={viewer?.name ?? null} items={navigationFor(viewer?.roles.map((r) => r.role) ?? [])} />
      <main id="innehall" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
