/**
 * The API object the renderer sees as `window.casework`. Built from the contract by the preload (over
 * ipcRenderer) and by the test host (over a Playwright binding), so both expose exactly the same
 * methods. Only the transport differs.
 */
import type { AppEventName, AppEvents, Channel, RequestInput, Response } from './channels';
import { CHANNELS } from './channels';
import type { Envelope } from './errors';

export type Invoke = (channel: Channel, payload: unknown) => Promise<Envelope<unknown>>;
export type Subscribe = (listener: (name: AppEventName, payload: unknown) => void) => () => void;

export type CaseworkApi = {
  readonly [C in Channel]: (request: RequestInput<C>) => Promise<Envelope<Response<C>>>;
} & {
  readonly onEvent: <E extends AppEventName>(name: E, listener: (payload: AppEvents[E]) => void) => () => void;
};

export const API_GLOBAL_NAME = 'casework';
/** Prefix for ipcMain channel names, so our channels never collide with Electron's own. */
export const IPC_CHANNEL_PREFIX = 'casework:';
export const IPC_EVENT_CHANNEL = 'casework-event';

export function createApi(invoke: Invoke, subscribe: Subscribe): CaseworkApi {
  const api: Record<string, unknown> = {};
  for (const channel of CHANNELS) {
    api[channel] = (request: unknown) => invoke(channel, request);
  }
  api.onEvent = (name: AppEventName, listener: (payload: unknown) => void) =>
    subscribe((eventName, payload) => {
      if (eventName === name) listener(payload);
    });
  return Object.freeze(api) as CaseworkApi;
}
