import { useEffect } from 'react';
import { hasCommandModifier } from '../../lib/platform';
import { useLatest } from '../../lib/useLatest';

/** Ctrl+L (or Cmd+L) anywhere runs `lock`. */
export function useLockShortcut(lock: () => void): void {
  const lockRef = useLatest(lock);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'l' || !hasCommandModifier(event)) return;
      event.preventDefault();
      lockRef.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [lockRef]);
}
