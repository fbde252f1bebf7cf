import type { KeyboardEvent } from 'react';

/**
 * Enter submits a dialog's form from any control, as it does from a text box. Browsers submit
 * implicitly only from text inputs; a select, radio or checkbox would otherwise ignore Enter.
 */
export function submitOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  const choice = target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox'));
  if (!choice) return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}

/**
 * Escape is handled by the innermost dialog only. A dialog opened from inside another (the person
 * form from the quick note) would otherwise let the key bubble through React to the outer one and
 * close both.
 */
export function keepEscapeInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Escape') event.stopPropagation();
}
