/**
 * The sandboxed preload: exposes exactly `window.casework` (built from the contract by createApi) and
 * nothing else. ipcRenderer and IPC event objects never cross into the page. Bundled to one CJS file
 * (dist/preload/index.cjs) with only `electron` left external, as sandboxed preloads require.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { API_GLOBAL_NAME, IPC_CHANNEL_PREFIX, IPC_EVENT_CHANNEL, createApi } from './contract/api';
import type { Invoke, Subscribe } from './contract/api';
import type { AppEventName } from './contract/channels';
import type { Envelope } from './contract/errors';

const TRANSPORT_FAILED: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Casework could not complete that request. Please try again.' },
};

// The main process answers every request with an envelope; a rejection here means the transport itself
// failed (e.g. the main process is shutting down). Its message is not passed on: it is not for the user.
const invoke: Invoke = (channel, payload) =>
  (ipcRenderer.invoke(IPC_CHANNEL_PREFIX + channel, payload) as Promise<Envelope<unknown>>).catch(
    () => TRANSPORT_FAILED,
  );

const subscribe: Subscribe = (listener) => {
  const onEvent = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
    if (typeof name === 'string') listener(name as AppEventName, payload);
  };
  ipcRenderer.on(IPC_EVENT_CHANNEL, onEvent);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, onEvent);
  };
};

contextBridge.exposeInMainWorld(API_GLOBAL_NAME, createApi(invoke, subscribe));
