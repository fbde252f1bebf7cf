import { useCallback, useEffect, useState } from 'react';
import { call, onAppEvent } from '../api';
import { flushAllDrafts } from '../features/drafts/draft-flush';

/**
 * Requests pushed by the main process that concern the whole app:
 *  - openQuickCapture: the OS-wide shortcut was pressed. Kept pending while locked, so the quick note
 *    opens right after unlocking.
 *  - saveBeforeClose: the window is closing; save every open draft, then say so (main waits for
 *    readyToClose, with its own timeout).
 */
export function useAppRequests() {
  const [quickNotePending, setQuickNotePending] = useState(false);

  useEffect(() => {
    const offQuick = onAppEvent('openQuickCapture', () => setQuickNotePending(true));
    const offClose = onAppEvent('saveBeforeClose', () => {
      void flushAllDrafts().then(() => call('readyToClose', {}));
    });
    return () => {
      offQuick();
      offClose();
    };
  }, []);

  const quickNoteHandled = useCallback(() => setQuickNotePending(false), []);
  return { quickNotePending, quickNoteHandled };
}
