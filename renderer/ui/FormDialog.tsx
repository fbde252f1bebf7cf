import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from '../../ui/ErrorSummary';
import type { FormError } from '../../ui/form-errors';
import { keepEscapeInside, submitOnEnter } from '../../ui/form-keys';
import { Modal } from '../../ui/Modal';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';

interface FormDialogProps {
  titleId: string;
  title: string;
  intro?: string;
  errors: readonly FormError[];
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame every key-dates dialog shares: a modal named by its title, the error summary, a form that
 * Enter submits from any control, then the action and Cancel. The caller focuses its first field.
 */
export function FormDialog({ titleId, title, intro, errors, busy, submitLabel, onSubmit, onCancel, children }: FormDialogProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <div onKeyDown={keepEscapeInside}>
      <Modal labelledBy={titleId} onEscape={onCancel} className="key-dates-dialog">
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
