/**
 * Where an export goes: the native save dialog, opened by main (the renderer never supplies a path).
 * An encrypted archive is one .zip file; unencrypted files go into a folder the practitioner picks.
 */
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ExportDestination } from '../export/ports';

export function createElectronExportDestination(parent: () => BrowserWindow | null): ExportDestination {
  return {
    async choose({ name, kind }) {
      const window = parent();
      const defaultPath = path.join(app.getPath('documents'), name);
      if (kind === 'archive') {
        const options = { title: 'Save the encrypted pack', defaultPath, filters: [{ name: 'Encrypted archive', extensions: ['zip'] }] };
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      }
      const options = {
        title: 'Choose a folder for the pack (not encrypted)',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const folder = result.canceled ? undefined : result.filePaths[0];
      return folder ? path.join(folder, name) : null;
    },
  };
}
