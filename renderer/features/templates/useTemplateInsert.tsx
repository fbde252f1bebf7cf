/**
 * Templates in the composer: the "Insert template" menu (and Alt+T), putting the chosen prompts into
 * the note, and the note's link to that template version ("Template: Home visit (v2)", removable).
 * The prompts are only text: the note saves with every one left empty. Which link a save sends follows
 * the text (see keepsPrompts in template-text.ts for the decision and why).
 */
import { useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { NoteTemplate } from '../../../preload/contract/templates';
import { call } from '../../api';
import { useAnswer } from '../../lib/useAnswer';
import { isInsertTemplateKey } from '../../lib/shortcut-keys';
import { Button } from '../../ui/Button';
import { insertTemplate, keepsPrompts, templateVersionLabel, type TemplateLink } from './template-text';
import { TemplateMenu } from './TemplateMenu';

interface Wording {
  /** Null when the version could not be read. */
  name: string | null;
  /** Null when the version could not be read: then the link is kept (never dropped on a guess). */
  body: string | null;
}

const keyOf = (link: TemplateLink) => `${link.id}@${link.version}`;

interface TemplateInsertOptions {
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** The note's text and template link as they are now. */
  body: string;
  link: TemplateLink | null;
  /** Sets the text and the link together and puts focus back in the note box (at `caret`, if given). */
  apply: (body: string, link: TemplateLink | null, caret: number | null) => void;
  focusNote: () => void;
  announce: (text: string) => void;
}

export interface TemplateInsert {
  /** The link a save sends: null once the note no longer holds any of the template's prompts. */
  linkToSave: TemplateLink | null;
  /** Alt+T in the note box opens the menu. True when the key was handled. */
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  /** The menu button and, while the note keeps a template, its link. */
  tools: ReactNode;
}

export function useTemplateInsert({ textareaRef, body, link, apply, focusNote, announce }: TemplateInsertOptions): TemplateInsert {
  const [open, setOpen] = useState(false);
  const [fromKeys, setFromKeys] = useState(false);
  const [wordings, setWordings] = useState<Readonly<Record<string, Wording>>>({});
  const wording = link ? wordings[keyOf(link)] : undefined;

  // A restored draft knows its link but not the prompts: read that version once.
  useAnswer(
    link && !wording ? () => call('getTemplateVersion', { templateId: link.id, version: link.version }) : null,
    (result) => {
      if (!link) return;
      const read: Wording = result.ok ? { name: result.value.name, body: result.value.body } : { name: null, body: null };
      setWordings((known) => ({ ...known, [keyOf(link)]: read }));
    },
    [link, wording],
  );

  const linkToSave = link && (!wording || wording.body === null || keepsPrompts(body, wording.body)) ? link : null;

  const choose = (template: NoteTemplate) => {
    const chosen = { id: template.id, version: template.version };
    setWordings((known) => ({ ...known, [keyOf(chosen)]: { name: template.name, body: template.body } }));
    const at = textareaRef.current?.selectionEnd ?? body.length;
    const edit = insertTemplate(body, at, template.body);
    // One template per note: a second one inserted becomes the note's link (the latest prompts used).
    apply(edit.body, chosen, edit.caret);
    announce(`${template.name} template inserted. Every prompt is optional: leave any empty.`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!isInsertTemplateKey(event)) return false;
    event.preventDefault();
    setFromKeys(true);
    setOpen(true);
    return true;
  };

  const tools = (
    <>
      <TemplateMenu
        open={open}
        onOpenChange={(next) => {
          if (next) setFromKeys(false);
          setOpen(next);
        }}
        onChoose={choose}
        onDismiss={fromKeys ? focusNote : null}
      />
      {linkToSave ? (
        <p className="template-link">
          <span>Template: {wording?.name ? templateVersionLabel({ name: wording.name, version: linkToSave.version }) : `v${linkToSave.version}`}</span>
          <Button
            variant="link"
            onClick={() => {
              apply(body, null, null);
              announce('Template link removed. The prompts stay in the note as text.');
            }}
          >
            Remove template link
          </Button>
        </p>
      ) : null}
    </>
  );

  return { linkToSave, onKeyDown, tools };
}
