'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/form-fields';
import { initialFormState } from '@/lib/actions/form-state';
import { agreeAsManagerAction, confirmAsEmployeeAction } from '@/features/assignments/actions';

/** One button: the employee confirms, or the manager agrees. Carries the revision it was shown. */
export function ConfirmForm({ assignmentId, revision, as, label }: { assignmentId: number; revision: number; as: 'employee' | 'manager'; label: string }) {
  const [state, action] = useActionState(as === 'employee' ? confirmAsEmployeeAction : agreeAsManagerAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="revision" value={revision} />
      <FormMessage state={state} id={`confirm-message-${as}`} />
      {state.ok ? null : <SubmitButton>{label}</SubmitButton>}
    </form>
  );
}
