import Link from 'next/link';
import { EventStatus } from '@/features/follow-ups/components/event-status';

/** Talks as links with their status; the caller words each link (own talk, or with whom). */
export function TalkList({ talks }: { talks: { id: number; status: string; label: string }[] }) {
  return (
    <ul className="mt-2 space-y-2">
      {talks.map((talk) => (
        <li key={talk.id} className="flex flex-wrap items-center gap-3 rounded-md bg-white p-3 shadow-sm">
          <Link href={`/samtal/${talk.id}`} className="font-medium text-administrative-800 underline">
            {talk.label}
          </Link>
          <EventStatus status={talk.status} />
        </li>
      ))}
    </ul>
  );
}
