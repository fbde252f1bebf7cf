/**
 * Pure text work for note templates (no DOM, so Node tests import it): where a template's prompts go
 * in the note, and whether the note still carries them.
 */
import type { DraftStateValue } from '../../../preload/contract/channels';

/** Which template version a note started from (ids and version only: names come from the store). */
export type TemplateLink = NonNullable<DraftStateValue['template']>;

export interface TemplateInsert {
  body: string;
  /** Where the caret goes: the line under the first prompt, ready for its answer. */
  caret: number;
}

/**
 * Puts the prompts into the note at `at` (the caret). An empty box takes them at the start. Otherwise
 * they go on lines of their own, a blank line either side, so no prompt is glued to the words around
 * it. Nothing the practitioner wrote is replaced: a selection is kept, and the prompts go after it.
 */
export function insertTemplate(body: string, at: number, prompts: string): TemplateInsert {
  const text = prompts.replace(/\s+$/u, '');
  if (body.trim() === '') return { body: `${text}\n`, caret: caretUnderFirstPrompt(text, 0) };
  const position = Math.max(0, Math.min(at, body.length));
  const before = body.slice(0, position);
  const after = body.slice(position);
  const lead = before === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const tail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const start = before.length + lead.length;
  return { body: before + lead + text + tail + after, caret: caretUnderFirstPrompt(text, start) };
}

function caretUnderFirstPrompt(text: string, start: number): number {
  const firstBreak = text.indexOf('\n');
  return start + (firstBreak === -1 ? text.length : firstBreak + 1);
}

/** The template's prompts: its non-blank lines, trimmed. */
export function promptLines(prompts: string): string[] {
  return prompts
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * Decision (issue 6): the link follows the text. It stays while any one of the template's prompts is
 * still in the note, answered or left empty (an empty prompt is still a question that was asked), and
 * goes, from the composer at once and so from the saved note, when the practitioner has deleted every
 * one: a note that no longer holds the prompts was not written to them, and saying so would mislead
 * whoever reads it later. Undo brings the prompts back, and the link with them. "Remove template link"
 * drops it on purpose while the prompts stay.
 */
export function keepsPrompts(noteBody: string, prompts: string): boolean {
  return promptLines(prompts).some((line) => noteBody.includes(line));
}

/** "Home visit (v2)": how a note names the template version it started from. */
export function templateVersionLabel(template: { name: string; version: number }): string {
  return `${template.name} (v${template.version})`;
}
