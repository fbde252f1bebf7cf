/**
 * Runs inside the page before the renderer loads: installs `window.casework` exactly as the preload
 * does in Electron, but over a Playwright binding instead of ipcRenderer. Same createApi, same methods.
 */
import { API_GLOBAL_NAME, createApi, type AppEventName } from '../../../preload/contract';

type Listener = (name: AppEventName, payload: unknown) => void;

declare global {
  interface Window {
    __caseworkInvoke(channel: string, payload: unknown): Promise<never>;
    __caseworkEmit(name: AppEventName, payload: unknown): void;
  }
}

const listeners = new Set<Listener>();
// The host pushes events (e.g. sessionLocked) by calling this from page.evaluate.
Object.defineProperty(window, '__caseworkEmit', {
  value: (name: AppEventName, payload: unknown) => listeners.forEach((listener) => listener(name, payload)),
});

const api = createApi(
  (channel, payload) => window.__caseworkInvoke(channel, payload),
  (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
);
Object.defineProperty(window, API_GLOBAL_NAME, { value: api, enumerable: true });
