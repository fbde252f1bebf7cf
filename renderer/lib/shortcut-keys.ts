/** Keyboard shortcuts shared by several screens (no DOM globals here, so Node tests can import it). */

/** Ctrl/Cmd+Shift+M, by physical key (any layout): mark the selected words as third-party information. */
export function isMarkThirdPartyKey(event: { ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; code: string }): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyM';
}

/**
 * Alt+T in the note box, by physical key (Option+T on a Mac types "†" otherwise): open "Insert template".
 * Free beside the box's Alt+S / Alt+A / Alt+N, and no menu bar mnemonic (File, Edit, View, Window) uses T.
 */
export function isInsertTemplateKey(event: { ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; code: string }): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyT';
}
