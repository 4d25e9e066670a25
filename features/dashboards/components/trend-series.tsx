import type { ActivityStatus } from '@/lib/domain/activity-statuses';

// Best first, as in the tables. Each status has its colour AND its own fill pattern, and the legend
// names it: colour is never the only carrier.
export const SERIES: { status: ActivityStatus; colour: string; pattern: React.ReactNode }[] = [
  { status: 'done', colour: '#0369a1', pattern: null },
  { status: 'on_track', colour: '#047857', pattern: <path d="M0 8 L8 0" stroke="#ffffff" strokeWidth="1.5" /> },
  { status: 'at_risk', colour: '#b45309', pattern: <circle cx="4" cy="4" r="1.6" fill="#ffffff" /> },
  { status: 'off_track', colour: '#b91c1c', pattern: <path d="M0 0 L8 8 M8 0 L0 8" stroke="#ffffff" strokeWidth="1.5" /> },
  { status: 'not_started', colour: '#64748b', pattern: <path d="M0 4 H8" stroke="#ffffff" strokeWidth="1.5" /> },
];
