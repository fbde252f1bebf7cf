import { useEffect } from 'react';
import type { LockReason } from '../../../preload/contract/channels';
import { onAppEvent, onLockedAnswer } from '../../api';
import { useLatest } from '../../lib/useLatest';

/**
 * Calls `onLocked` when the main process locks the store (sessionLocked event: idle, user, system)
 * or when any answer says LOCKED (reason 'answer').
 */
export function useLockWatch(onLocked: (reason: LockReason | 'answer') => void): void {
  const handlerRef = useLatest(onLocked);
  useEffect(() => {
    const offEvent = onAppEvent('sessionLocked', (payload) => handlerRef.current(payload.reason));
    const offAnswer = onLockedAnswer(() => handlerRef.current('answer'));
    return () => {
      offEvent();
      offAnswer();
    };
  }, [handlerRef]);
}
