/**
 * The renderer's only door to the main process: the typed `window.casework` API installed by the
 * preload (or by the UI-test host). Every call goes through `call()`, which
 *  - never rejects (a broken transport becomes an INTERNAL error envelope), and
 *  - tells the app when any answer says the store is LOCKED, so the app can drop case data.
 * Only types are imported from the contract, so zod is not bundled into the renderer.
 */
import type { CaseworkApi } from '../preload/contract/api';
import type { AppEventName, AppEvents, Channel, RequestInput, Response } from '../preload/contract/channels';
import type { AppErrorBody, Envelope } from '../preload/contract/errors';

declare global {
  interface Window {
    readonly casework?: CaseworkApi;
  }
}

export type { AppErrorBody, Envelope };

export function isApiAvailable(): boolean {
  return typeof window.casework === 'object' && window.casework !== null;
}

const lockedListeners = new Set<() => void>();

/** Called whenever any answer carries the LOCKED error code. Returns an unsubscribe function. */
export function onLockedAnswer(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

const TRANSPORT_FAILURE: AppErrorBody = {
  code: 'INTERNAL',
  message: 'Casework could not complete that. Try again, and restart Casework if it keeps happening.',
};

export async function call<C extends Channel>(
  channel: C,
  request: RequestInput<C>,
): Promise<Envelope<Response<C>>> {
  const api = window.casework;
  if (!api) return { ok: false, error: TRANSPORT_FAILURE };
  let result: Envelope<Response<C>>;
  try {
    // The mapped type cannot be indexed generically; each method has exactly this shape.
    const method = api[channel] as unknown as (r: RequestInput<C>) => Promise<Envelope<Response<C>>>;
    result = await method(request);
  } catch {
    return { ok: false, error: TRANSPORT_FAILURE };
  }
  if (!result.ok && result.error.code === 'LOCKED') {
    for (const listener of [...lockedListeners]) listener();
  }
  return result;
}

/** Subscribes to an event pushed by the main process. Returns an unsubscribe function. */
export function onAppEvent<E extends AppEventName>(name: E, listener: (payload: AppEvents[E]) => void): () => void {
  const api = window.casework;
  if (!api) return () => undefined;
  return api.onEvent(name, listener);
}
