/**
 * Chip types shared by the quick-note parser modules, and the dismissal key.
 *
 * Why a key of kind + text + occurrence, not offsets: the composer re-parses on every keystroke and the
 * user's "remove chip" must survive that. Raw offsets shift whenever anything is typed or deleted BEFORE
 * the chip, so an offset key would resurrect the chip (or, worse, dismiss a different one). The chip's own
 * text and its position among chips of the same kind with the same text are unchanged by typing anywhere
 * after it, and by most typing before it (unless the user types an identical chip earlier, which is the
 * one case where the dismissal moves to the earlier twin). Editing the chip's own text yields a new key on
 * purpose: it is a different chip now, and it should be offered again.
 */

export type ChipKind = 'mention' | 'contact-date' | 'contact-type' | 'significant' | 'voice' | 'tag';

/** A range of the note body: [start, end), with `text === body.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A span the UI can show as a removable chip; `key` is what the UI puts in `dismissed` to remove it. */
export interface Chip extends Span {
  key: string;
}

/** The stable dismissal key of the `occurrence`-th (0-based) chip of `kind` whose text is `text`. */
export function chipKey(kind: ChipKind, text: string, occurrence = 0): string {
  return `${kind}:${occurrence}:${text}`;
}

/**
 * Hands out keys in document order. Keep one per kind and feed it EVERY candidate of that kind (dismissed
 * or not, chosen or not), so that occurrence numbers do not depend on what the user has dismissed.
 */
export class ChipKeyer {
  private readonly seen = new Map<string, number>();

  constructor(private readonly kind: ChipKind) {}

  next(text: string): string {
    const occurrence = this.seen.get(text) ?? 0;
    this.seen.set(text, occurrence + 1);
    return chipKey(this.kind, text, occurrence);
  }
}

export function span(body: string, start: number, end: number): Span {
  return { start, end, text: body.slice(start, end) };
}
