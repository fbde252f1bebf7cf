import { useCallback, useEffect, useState } from 'react';
import { useLatest } from './useLatest';

/** A seconds countdown (e.g. "try again in 30 seconds"). `onFinished` runs when it reaches zero. */
export function useCountdown(onFinished?: () => void) {
  const [until, setUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const finishedRef = useLatest(onFinished);

  useEffect(() => {
    if (until === null) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) {
        setUntil(null);
        finishedRef.current?.();
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [until, finishedRef]);

  const start = useCallback((seconds: number) => {
    const current = Date.now();
    setNow(current);
    setUntil(current + Math.max(1, seconds) * 1000);
  }, []);

  const remaining = until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
  return { remaining, start };
}
