/**
 * "Settings → Timescales" from elsewhere (the Due view): the shell opens Settings, and the Timescales
 * section takes focus when it mounts instead of the page heading. A one-shot flag keeps the shell's
 * views unchanged (Settings has no sections to address) while the practitioner still lands where the
 * link said.
 */
let pending = false;

export function requestTimescalesFocus(): void {
  pending = true;
}

/** True once after a request; the section calls it when it mounts. */
export function takeTimescalesFocus(): boolean {
  const wanted = pending;
  pending = false;
  return wanted;
}
