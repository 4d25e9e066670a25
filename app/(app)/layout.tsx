import { AppHeader } from '@/components/layout/app-header';
import { getViewer } from '@/lib/dal/viewer';

// Which links to show is a convenience, not a permission: every page checks access itself.
const MANAGING_ROLES = ['unit_manager', 'administration_director', 'municipal_director'];

// Navigation only. Layouts do not re-render on navigation, so no access decision is made here:
// every page asks the data access layer, which checks the session itself.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  return (
    <>
      <AppHeader viewerName={viewer?.name ?? null} isManager={viewer?.roles.some((r) => MANAGING_ROLES.includes(r.role)) ?? false} />
      <main id="innehall" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
