/** The composer's template text work: where prompts go, and when the note still carries them. */
import { describe, expect, it } from 'vitest';
import { insertTemplate, keepsPrompts, promptLines, templateVersionLabel } from '../../../renderer/features/templates/template-text';
import { isInsertTemplateKey } from '../../../renderer/lib/shortcut-keys';

const PROMPTS = 'What happened?\n\nActions:\n';

describe('inserting a template', () => {
  it('an empty box takes the prompts at the start, caret on the line under the first prompt', () => {
    expect(insertTemplate('', 0, PROMPTS)).toEqual({ body: 'What happened?\n\nActions:\n', caret: 15 });
    expect(insertTemplate('  \n', 3, PROMPTS).body).toBe('What happened?\n\nActions:\n');
  });

  it('goes in at the caret on lines of its own, a blank line either side, replacing nothing', () => {
    expect(insertTemplate('Saw Amira.', 10, PROMPTS)).toEqual({ body: 'Saw Amira.\n\nWhat happened?\n\nActions:\n', caret: 27 });
    expect(insertTemplate('Saw Amira. Then left.', 10, PROMPTS).body).toBe('Saw Amira.\n\nWhat happened?\n\nActions:\n\n Then left.');
    expect(insertTemplate('Start\n\nEnd', 7, PROMPTS).body).toBe('Start\n\nWhat happened?\n\nActions:\n\nEnd');
    expect(insertTemplate('Start', 0, PROMPTS).body).toBe('What happened?\n\nActions:\n\nStart');
    expect(insertTemplate('Short', 99, 'One line').body).toBe('Short\n\nOne line\n');
  });
});

describe('the link follows the text', () => {
  it('stays while any prompt is there, answered or empty; goes when every prompt is deleted', () => {
    expect(promptLines(PROMPTS)).toEqual(['What happened?', 'Actions:']);
    expect(keepsPrompts(PROMPTS, PROMPTS)).toBe(true);
    expect(keepsPrompts('What happened? We played.\nNothing else.', PROMPTS)).toBe(true);
    expect(keepsPrompts('We played in the garden.', PROMPTS)).toBe(false);
  });

  it('names a version as the timeline shows it', () => {
    expect(templateVersionLabel({ name: 'Home visit', version: 2 })).toBe('Home visit (v2)');
  });

  it('Alt+T (by physical key) opens the menu; Ctrl or Shift with it does not', () => {
    const key = { ctrlKey: false, metaKey: false, altKey: true, shiftKey: false, code: 'KeyT' };
    expect(isInsertTemplateKey(key)).toBe(true);
    expect(isInsertTemplateKey({ ...key, ctrlKey: true })).toBe(false);
    expect(isInsertTemplateKey({ ...key, shiftKey: true })).toBe(false);
    expect(isInsertTemplateKey({ ...key, code: 'KeyS' })).toBe(false);
  });
});
