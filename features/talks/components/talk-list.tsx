import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';

/** Talks as links with their status; the caller words each link (own talk, or with whom). */
export function TalkList({ talks }: { talks: { id: number; status: string; label: string }[] }) {
  return (
    <ul className="mt-2 space-y-2">
      {talks.map((talk) => (
        <li key={talk.id} className="flex flex-wrap items-center gap-3 rounded-md bg-white p-3 shadow-sm">
          <TextLink href={`/samtal/${talk.id}`}>{talk.label}</TextLink>
          <StatusBadge kind="event" value={talk.status} />
        </li>
      ))}
    </ul>
  );
}
