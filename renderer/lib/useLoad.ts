import { useCallback, useState, type DependencyList } from 'react';
// From the contract, not ../api: this file is also compiled by the unit tests, which have no DOM.
import type { Envelope } from '../../preload/contract/errors';
import { useAnswer } from './useAnswer';

/** Something a screen shows from main: still coming, failed (main's words), or here. */
export type Load<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; value: T };

/**
 * Loads `request`'s answer when the component opens, when `deps` change and on reload(); stale answers
 * are dropped (useAnswer). The last answer stays on screen while a reload is on its way, so rows, and
 * the focus in them, do not vanish and come back. A null request keeps what is shown.
 */
export function useLoad<T>(request: (() => Promise<Envelope<T>>) | null, deps: DependencyList) {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const [serial, setSerial] = useState(0);
  useAnswer(request, (result) => setLoad(loadOf(result)), [...deps, serial]);

  const reload = useCallback(() => setSerial((s) => s + 1), []);
  /** Main's answer to an action, put in at once (it carries what a reload would), without asking again. */
  const replace = useCallback((value: T) => setLoad({ state: 'loaded', value }), []);
  /** Part of what is shown changed by an action: the rest stays as it is. Nothing happens before the load. */
  const update = useCallback((change: (value: T) => T) => setLoad((shown) => (shown.state === 'loaded' ? { state: 'loaded', value: change(shown.value) } : shown)), []);
  return { load, reload, replace, update };
}

function loadOf<T>(result: Envelope<T>): Load<T> {
  return result.ok ? { state: 'loaded', value: result.value } : { state: 'failed', message: result.error.message };
}

type Values<T extends readonly Promise<Envelope<unknown>>[]> = {
  -readonly [K in keyof T]: Awaited<T[K]> extends Envelope<infer V> ? V : never;
};

/** Several requests made together, answered as one: the first failure, or every value in order. */
export async function allOk<T extends readonly Promise<Envelope<unknown>>[] | []>(requests: T): Promise<Envelope<Values<T>>> {
  const results = await Promise.all(requests);
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) return failed;
  return { ok: true, value: results.map((r) => (r.ok ? r.value : undefined)) as Values<T> };
}

/** An answer's value in the shape a screen wants; a failure stays as it is. */
export function mapOk<T, U>(result: Envelope<T>, shape: (value: T) => U): Envelope<U> {
  return result.ok ? { ok: true, value: shape(result.value) } : result;
}
