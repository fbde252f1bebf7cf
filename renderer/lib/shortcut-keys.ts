/** Keyboard shortcuts shared by several screens (no DOM globals here, so Node tests can import it). */

/** Ctrl/Cmd+Shift+M, by physical key (any layout): mark the selected words as third-party information. */
export function isMarkThirdPartyKey(event: { ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; code: string }): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyM';
}
