/**
 * Word-level differences between two versions of a note, for the amendment history. A longest-common-
 * subsequence over words, after trimming the words both versions share at the start and the end (an
 * amendment usually changes a few words in the middle, so the table stays small). Words keep the
 * whitespace after them: the unchanged and added parts, joined, give the new text back exactly.
 */

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Beyond this many cells (words × words in the changed middle) the middle is shown replaced whole. */
const MAX_TABLE_CELLS = 4_000_000;

/** "Word + following whitespace" tokens; leading whitespace is a token of its own. */
export function wordTokens(text: string): string[] {
  return text.match(/^\s+|\S+\s*/gu) ?? [];
}

/** Tokens compare by their word: a changed line break after a word is not a changed word. */
const word = (token: string) => token.trimEnd();

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = wordTokens(before);
  const b = wordTokens(after);
  let start = 0;
  while (start < a.length && start < b.length && word(a[start]!) === word(b[start]!)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && word(a[endA - 1]!) === word(b[endB - 1]!)) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  // Shared words are shown as the new version has them (its whitespace).
  for (let i = 0; i < start; i++) push('same', b[i]!);
  for (const part of middleDiff(a.slice(start, endA), b.slice(start, endB))) push(part.kind, part.text);
  for (let i = endB; i < b.length; i++) push('same', b[i]!);
  return parts;
}

function middleDiff(a: readonly string[], b: readonly string[]): DiffPart[] {
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_TABLE_CELLS) {
    return [
      { kind: 'removed', text: a.join('') },
      { kind: 'added', text: b.join('') },
    ];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..], one flat array.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        word(a[i]!) === word(b[j]!) ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (word(a[i]!) === word(b[j]!)) {
      out.push({ kind: 'same', text: b[j]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push({ kind: 'removed', text: a[i++]! });
    } else {
      out.push({ kind: 'added', text: b[j++]! });
    }
  }
  while (i < a.length) out.push({ kind: 'removed', text: a[i++]! });
  while (j < b.length) out.push({ kind: 'added', text: b[j++]! });
  return out;
}
