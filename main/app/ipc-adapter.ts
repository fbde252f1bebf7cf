/**
 * The Electron transport for the one dispatcher. Every contract channel gets an ipcMain handler that
 * first checks who is asking (the main frame of our main window, showing app://casework/) and only then
 * hands the raw payload to core.dispatch, which validates it. Events go back over one channel.
 */
import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, IPC_CHANNEL_PREFIX, IPC_EVENT_CHANNEL } from '../../preload/contract';
import type { AppEventName, AppEvents, Envelope } from '../../preload/contract';
import type { Core } from '../ipc/core';
import { isAppUrl } from './app-origin';

const REFUSED: Envelope<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'UNKNOWN_CHANNEL', message: 'This request was refused.' }),
}) as Envelope<never>;

export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  const frame = event.senderFrame;
  const mainFrame = contents.mainFrame;
  if (!frame || frame.parent !== null) return false;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  return isAppUrl(frame.url);
}

export interface IpcAdapter {
  send<E extends AppEventName>(name: E, payload: AppEvents[E]): void;
  dispose(): void;
}

export function installIpcAdapter(core: Pick<Core, 'dispatch'>, getWindow: () => BrowserWindow | null): IpcAdapter {
  const names = CHANNELS.map((channel) => IPC_CHANNEL_PREFIX + channel);
  CHANNELS.forEach((channel, i) => {
    ipcMain.handle(names[i] as string, (event, payload: unknown) => {
      if (!isTrustedSender(event, getWindow())) return REFUSED;
      return core.dispatch(channel, payload);
    });
  });
  return {
    send(name, payload) {
      const window = getWindow();
      if (!window || window.isDestroyed()) return;
      const contents = window.webContents;
      if (contents.isDestroyed() || !isAppUrl(contents.mainFrame.url)) return;
      contents.mainFrame.send(IPC_EVENT_CHANNEL, name, payload);
    },
    dispose() {
      for (const name of names) ipcMain.removeHandler(name);
    },
  };
}
