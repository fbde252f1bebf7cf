/**
 * Filling {placeholders} and drawing from pools without near repeats. A template whose placeholder has
 * no value here (a family without siblings, a child without family time) is not used, rather than
 * printing a gap — a note with "{siblings}" in it would be worse than a shorter note.
 */
import type { Rng } from './prng';

export type Vars = Readonly<Record<string, string | undefined>>;

const PLACEHOLDER = /\{(\w+)\}/gu;

/** The filled text, or null when a placeholder has no value. */
export function fill(template: string, vars: Vars): string | null {
  let missing = false;
  const text = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = vars[name];
    if (value === undefined || value === '') missing = true;
    return value ?? '';
  });
  return missing ? null : text;
}

/** "Kelly", "Kelly and Dean", "Kelly, Dean and Pauline". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/**
 * Each pool is dealt like a shuffled deck: every item comes up once before any comes up again, so a
 * family's strengths or a child's words do not repeat in consecutive notes. Decks are per key (e.g. per
 * child for their words), and dealing order depends only on the seed.
 */
export class Decks {
  private readonly decks = new Map<string, { order: number[]; next: number }>();

  constructor(private readonly rng: Rng) {}

  draw<T>(key: string, items: readonly T[]): T {
    if (items.length === 0) throw new Error(`Nothing to draw for ${key}`);
    let deck = this.decks.get(key);
    if (!deck || deck.next >= deck.order.length || deck.order.length !== items.length) {
      deck = { order: this.rng.sample(items.map((_, i) => i), items.length), next: 0 };
      this.decks.set(key, deck);
    }
    return items[deck.order[deck.next++]!]!;
  }

  /** Draws templates until one can be filled with these vars; null if none can. */
  drawFilled(key: string, templates: readonly string[], vars: Vars): string | null {
    const usable = templates.filter((t) => fill(t, vars) !== null);
    if (usable.length === 0) return null;
    return fill(this.draw(`${key}:${usable.length}`, usable), vars);
  }
}
