import { useLayoutEffect, type RefObject } from 'react';

/**
 * Sets a CSS custom property on an element through the CSSOM. The renderer's CSP (style-src 'self')
 * refuses style="" attributes; script-set properties are allowed, and the stylesheet reads the value.
 */
export function useCssVariable(ref: RefObject<HTMLElement | null>, name: string, value: string): void {
  useLayoutEffect(() => {
    ref.current?.style.setProperty(name, value);
  }, [ref, name, value]);
}
