/**
 * How free text becomes paragraphs in every document: a blank line starts a new paragraph, a single
 * line break stays a line break. Shared by the PDF and Word builders so both read the same.
 */
export function paragraphsOf(text: string): string[][] {
  const normalised = text.replace(/\r\n?/gu, '\n').trim();
  if (normalised === '') return [];
  return normalised.split(/\n[ \t]*\n+/u).map((block) => block.split('\n'));
}
