import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Focus for a list that rebuilds itself (an item added, moved, removed, an editor closed): ask for an
 * element by id (null: none), and it takes focus once the next render is on screen, where the
 * practitioner is working.
 */
export function useFocusAfterRender(): (id: string | null) => void {
  const next = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (next.current === null) return;
    document.getElementById(next.current)?.focus();
    next.current = null;
  });
  return useCallback((id: string | null) => {
    next.current = id;
  }, []);
}
