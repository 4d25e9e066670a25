export const FOLLOW_UP_KINDS = [
  'appraisal_talk', // medarbetarsamtal
  'salary_talk', // lönesamtal
  'workplace_meeting', // arbetsplatsträff (APT)
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_STATUSES = ['booked', 'prepared', 'held', 'confirmed'] as const;

/** preparation (the employee's, before the talk), talk (written in it), salary (the salary talk's assessment). */
export const NOTE_KINDS = ['preparation', 'talk', 'salary'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
