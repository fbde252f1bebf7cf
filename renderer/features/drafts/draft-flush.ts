/**
 * Every open note box registers here, so that anything about to drop the page's state (Lock, closing
 * the window, switching to another draft) can first make sure what was typed is in the store.
 */

type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();

export function registerDraftFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/**
 * Starts saving every open draft at once (the requests leave synchronously, before the caller goes on
 * to unmount anything) and resolves when all have answered, or after `timeoutMs` so that a store which
 * does not answer can never stop the app from locking.
 */
export function flushAllDrafts(timeoutMs = 2000): Promise<void> {
  const pending = Promise.all([...flushers].map((flush) => flush().catch(() => undefined)));
  let timer: number | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = window.setTimeout(resolve, timeoutMs);
  });
  return Promise.race([pending.then(() => undefined), timeout]).finally(() => window.clearTimeout(timer));
}
