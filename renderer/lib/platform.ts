/** Keyboard conventions of the platform: Cmd on macOS, Ctrl elsewhere. */
export const isMac = /Mac|iPhone|iPad/u.test(navigator.platform || navigator.userAgent);

/** What to print for the modifier key in hints ("Ctrl" or "⌘"). */
export const modifierLabel = isMac ? '⌘' : 'Ctrl';

/** The modifier's name for aria-keyshortcuts. */
export const modifierAria = isMac ? 'Meta' : 'Control';

/** True for Ctrl+<key> or Cmd+<key> (either works on every platform), without Alt or Shift. */
export function hasCommandModifier(event: {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

