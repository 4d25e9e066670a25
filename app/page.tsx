import { redirect } from 'next/navigation';

// The start page is the reader's own line of sight; the proxy sends anyone signed out to sign in.
export default function Home() {
  redirect('/min-styrkedja');
}
