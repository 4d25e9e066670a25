import { AreaMessages } from '@/components/i18n/area-messages';

// The forms of this area need their part of the catalogue in the browser.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="reports">{children}</AreaMessages>;
}
