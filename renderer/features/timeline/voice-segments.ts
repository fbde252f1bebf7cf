/**
 * Splits a note's text around the passages marked as the child's own words, so they can be shown as
 * quotes in place. Passages not found in the text (edited since they were marked) are returned apart.
 */
export type Segment = { voice: boolean; text: string };

export function voiceSegments(body: string, voice: readonly string[]): { segments: Segment[]; unplaced: string[] } {
  const ranges: Array<[number, number]> = [];
  const unplaced: string[] = [];
  for (const passage of voice) {
    const at = findFree(body, passage, ranges);
    if (at < 0) unplaced.push(passage);
    else ranges.push([at, at + passage.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    if (start > from) segments.push({ voice: false, text: body.slice(from, start) });
    segments.push({ voice: true, text: body.slice(start, end) });
    from = end;
  }
  if (from < body.length) segments.push({ voice: false, text: body.slice(from) });
  return { segments, unplaced };
}

/** The first occurrence that does not overlap a passage already placed (the same words may recur). */
function findFree(body: string, passage: string, taken: ReadonlyArray<[number, number]>): number {
  if (passage.length === 0) return -1;
  for (let at = body.indexOf(passage); at >= 0; at = body.indexOf(passage, at + 1)) {
    const end = at + passage.length;
    if (!taken.some(([s, e]) => at < e && end > s)) return at;
  }
  return -1;
}
