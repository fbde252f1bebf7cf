import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from './ErrorSummary';
import type { FormError } from './form-errors';
import { submitOnEnter } from './form-keys';
import { SubmitOrCancel } from './SubmitOrCancel';
import { TitledModal } from './TitledModal';

interface FormDialogProps {
  titleId: string;
  title: ReactNode;
  intro?: ReactNode;
  /** The dialog's own class (its width and spacing), e.g. "key-dates-dialog". */
  className: string;
  errors: readonly FormError[];
  busy: boolean;
  submitLabel: string;
  /** Called on submit unless a save is already in flight. */
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of a dialog that is one form: a modal named by its title, the error summary, a form that
 * Enter submits from any control, then the action and Cancel. The caller focuses its first field.
 */
export function FormDialog({ titleId, title, intro, className, errors, busy, submitLabel, onSubmit, onCancel, children }: FormDialogProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <TitledModal titleId={titleId} title={title} className={className} onEscape={onCancel}>
      {intro ? <p className="modal__intro">{intro}</p> : null}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} onKeyDown={submitOnEnter}>
        {children}
        <SubmitOrCancel submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </TitledModal>
  );
}
