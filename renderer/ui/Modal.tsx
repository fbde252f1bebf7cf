/**
 * A modal dialog on the native <dialog> element: showModal() puts it in the top layer and makes the
 * rest of the page inert, so focus and screen readers stay inside. Mount it to open and unmount it to
 * close; focus goes back to where it was. Escape calls `onEscape` (the owner decides what closing
 * means) instead of closing the element behind React's back. Tab wraps inside, as in the WAI-ARIA
 * dialog pattern, even where the browser would otherwise let focus leave to its own UI.
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import { cx } from '../lib/cx';

interface ModalProps {
  /** Id of the element (usually the heading) that names the dialog. */
  labelledBy: string;
  onEscape: () => void;
  className?: string;
  children: ReactNode;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function Modal({ labelledBy, onEscape, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);

  // A layout effect runs before the children's focus effects, so the note box can take focus after
  // showModal() has done its own initial focusing.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      // If what had focus is gone (e.g. the draft it continued was saved), the main area takes it.
      if (returnTo?.isConnected) returnTo.focus();
      else document.querySelector<HTMLElement>('main')?.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusables = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
      (el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0,
    );
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // The browser's own close request (Escape on some platforms) goes through onEscape as well.
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onEscape();
  };

  return (
    <dialog ref={ref} className={cx('modal', className)} aria-labelledby={labelledBy} aria-modal="true" onKeyDown={onKeyDown} onCancel={onCancel}>
      {children}
    </dialog>
  );
}
