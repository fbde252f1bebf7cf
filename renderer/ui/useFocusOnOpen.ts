import { useEffect, useLayoutEffect, type RefObject } from 'react';

/**
 * Focuses `ref`'s element as its screen or dialog opens, before the browser paints it, so keys typed
 * the moment it appears land in it: a passphrase typed straight after locking, a search straight
 * after Ctrl+K, a note straight after opening a case. (A passive effect runs a frame later, and keys
 * typed in that frame went to the page.) A dialog is only shown by its own layout effect, which runs
 * after this one, and a closed dialog cannot take focus: so the element is focused again, if it does
 * not have focus by then, once the dialog is open. `when` false: nothing is focused until it turns
 * true (a form that opened by itself is focused when the practitioner asks for it). A different
 * `ref` moves focus to it (a dialog whose first field depends on what is being done).
 */
export function useFocusOnOpen(ref: RefObject<HTMLElement | null>, when = true): void {
  useLayoutEffect(() => {
    if (when) ref.current?.focus();
  }, [when, ref]);
  useEffect(() => {
    if (when && document.activeElement !== ref.current) ref.current?.focus();
  }, [when, ref]);
}
