import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from './ErrorSummary';
import type { FormError } from './form-errors';
import { keepEscapeInside, submitOnEnter } from './form-keys';
import { Modal } from './Modal';
import { SubmitOrCancel } from './SubmitOrCancel';

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
    <div onKeyDown={keepEscapeInside}>
      <Modal labelledBy={titleId} onEscape={onCancel} className={className}>
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        {intro ? <p className="modal__intro">{intro}</p> : null}
        <ErrorSummary errors={errors} />
        <form noValidate onSubmit={submit} onKeyDown={submitOnEnter}>
          {children}
          <SubmitOrCancel submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
        </form>
      </Modal>
    </div>
  );
}
