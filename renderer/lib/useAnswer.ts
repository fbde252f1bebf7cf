import { useEffect, type DependencyList } from 'react';
import { useLatest } from './useLatest';

/**
 * Asks main for something when the component opens and again whenever `deps` change, and hands the
 * answer to `onAnswer` — unless, by the time it arrives, the component has gone or asked again. A late
 * answer must never overwrite a newer one (switching quickly between two children, changing a filter)
 * or reach a screen that has closed. A null `request` asks nothing this time (what is shown stays).
 *
 * `request` and `onAnswer` may be written inline: `deps` alone decide when to ask again (say so in
 * them), and the answer goes to the latest `onAnswer`.
 */
export function useAnswer<T>(request: (() => Promise<T>) | null, onAnswer: (answer: T) => void, deps: DependencyList): void {
  const onAnswerRef = useLatest(onAnswer);
  useEffect(() => {
    if (!request) return;
    let current = true;
    void request().then((answer) => {
      if (current) onAnswerRef.current(answer);
    });
    return () => {
      current = false;
    };
    // The caller's deps are the contract (see above).
  }, deps);
}
