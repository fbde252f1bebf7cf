/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbours: "Amria" → "Amira" is 1),
 * bounded: gives up as soon as the answer must exceed `max`, which keeps a scan of every name cheap.
 */
export function withinEditDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return false;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/** How many typing slips a word of this length may carry and still match a name. */
export function allowedSlips(word: string): number {
  const length = [...word].length;
  if (length < 4) return 0;
  return length >= 7 ? 2 : 1;
}
