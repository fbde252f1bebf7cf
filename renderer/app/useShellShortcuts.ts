import { useLayoutEffect } from 'react';
import { hasCommandModifier } from '../lib/platform';
import { useLatest } from '../lib/useLatest';

interface ShellShortcuts {
  /** Ctrl/Cmd+Shift+N: the quick note, from any screen. */
  onQuickNote: () => void;
  /** Ctrl/Cmd+K: search. */
  onSearch: () => void;
}

/** The app-wide keys while unlocked (Ctrl/Cmd+L, Lock, has its own hook). Physical keys, any layout. */
export function useShellShortcuts(shortcuts: ShellShortcuts): void {
  const latest = useLatest(shortcuts);
  // Attached before the shell is first painted: a shortcut pressed the moment the screen appears works.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = event.ctrlKey || event.metaKey;
      if (command && event.shiftKey && !event.altKey && event.code === 'KeyN') {
        event.preventDefault();
        latest.current.onQuickNote();
      } else if (hasCommandModifier(event) && event.code === 'KeyK') {
        event.preventDefault();
        latest.current.onSearch();
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [latest]);
}
