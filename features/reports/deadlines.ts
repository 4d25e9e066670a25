/**
 * Report deadlines cascade upwards: units first, then the administration, then the board. A
 * deadline passed without the work done is late; work done after it is done late. Dates are ISO
 * (yyyy-mm-dd) in Swedish time, compared as strings.
 */
export type DeadlineState = 'open' | 'late' | 'done' | 'doneLate';

export function deadlineState(deadline: string, today: string, doneOn: string | null): DeadlineState {
  if (doneOn !== null) return doneOn > deadline ? 'doneLate' : 'done';
  return today > deadline ? 'late' : 'open';
}
