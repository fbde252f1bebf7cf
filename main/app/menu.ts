/**
 * A minimal application menu. Edit roles make clipboard shortcuts work on macOS; zoom roles let people
 * enlarge text (WCAG 1.4.4). Reload and developer tools exist only in development builds. Lock (Ctrl/Cmd+L)
 * is handled by the renderer, so it is not a menu accelerator here.
 */
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

export function buildApplicationMenu(options: { isPackaged: boolean; isMac: boolean }): Menu {
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) {
    template.push({
      role: 'appMenu',
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  } else {
    template.push({ label: '&File', submenu: [{ role: 'quit', label: 'E&xit' }] });
  }
  template.push({ role: 'editMenu' });
  template.push({
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.isPackaged
        ? []
        : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
    ],
  });
  template.push({ role: 'windowMenu' });
  return Menu.buildFromTemplate(template);
}

/** Cut/copy/paste on right-click in text fields (Electron shows no context menu by default). */
export function editContextMenu(params: { isEditable: boolean; selectionText: string }): Menu | null {
  if (params.isEditable) {
    return Menu.buildFromTemplate([{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }]);
  }
  if (params.selectionText.trim() !== '') return Menu.buildFromTemplate([{ role: 'copy' }]);
  return null;
}
