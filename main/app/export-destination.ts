/**
 * Where an export goes: the native save dialog, opened by main (the renderer never supplies a path).
 * An encrypted archive is one .zip file, the team's templates one .yaml file; unencrypted pack files go
 * into a folder the practitioner picks.
 */
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ExportDestination } from '../export/ports';

const ARCHIVE = { title: 'Save the encrypted pack', filters: [{ name: 'Encrypted archive', extensions: ['zip'] }] };
const TEMPLATES = { title: 'Save the note templates', filters: [{ name: 'Casework templates file', extensions: ['yaml', 'yml'] }] };

export function createElectronExportDestination(parent: () => BrowserWindow | null): ExportDestination {
  return {
    async choose({ name, kind }) {
      const window = parent();
      const defaultPath = path.join(app.getPath('documents'), name);
      if (kind === 'archive' || kind === 'templates') {
        const options = { ...(kind === 'archive' ? ARCHIVE : TEMPLATES), defaultPath };
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
