/** Every piece of case text is escaped before it goes into HTML: it is data, never markup. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c]!);
}

/** Escaped, with the writer's line breaks kept (each line ends in <br>). */
export function escapeLines(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/gu, '<br>');
}
