import { useCallback, useState } from 'react';

export interface StatusMessage {
  text: string;
  /** Changes on every announcement, so the same words ("Note saved") are read out again. */
  serial: number;
}

let nextSerial = 1;

/** State for a LiveStatus region: announce(text) shows and reads out a message; clear() empties it. */
export function useStatus(initial: string | null = null) {
  const [status, setStatus] = useState<StatusMessage | null>(() =>
    initial ? { text: initial, serial: nextSerial++ } : null,
  );
  const announce = useCallback((text: string) => setStatus({ text, serial: nextSerial++ }), []);
  const clear = useCallback(() => setStatus(null), []);
  return { status, announce, clear };
}
