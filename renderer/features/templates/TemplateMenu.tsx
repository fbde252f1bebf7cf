/**
 * "Insert template": a menu button (WAI-ARIA menu button pattern) listing the team's active templates,
 * opened by a click, Enter, or Alt+T in the note box. Arrow keys, Home and End move; Enter chooses; Esc
 * or Tab closes. Choosing never leaves focus in the menu: the composer puts it back in the note box.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { NoteTemplate } from '../../../preload/contract/templates';
import { call } from '../../api';
import { useAnswer } from '../../lib/useAnswer';
import { cx } from '../../lib/cx';
import { Button } from '../../ui/Button';
import '../../styles/templates.css';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; templates: NoteTemplate[] };

interface TemplateMenuProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onChoose: (template: NoteTemplate) => void;
  /** Where focus goes when the menu closes without a choice; null: back to the button (WAI-ARIA). */
  onDismiss: (() => void) | null;
}

export function TemplateMenu({ open, onOpenChange, onChoose, onDismiss }: TemplateMenuProps) {
  const menuId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [active, setActive] = useState(0);
  const itemRefs = useRef<Array<HTMLLIElement | null>>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Read when the composer opens, so the menu opens full, and again on every opening, so an edit made
  // in Settings meanwhile is offered. Whichever list is shown, the link set matches the text inserted.
  // Closing, with a list: nothing to read.
  useAnswer(
    open || loaded.state !== 'ready' ? () => call('listTemplates', {}) : null,
    (result) => {
      if (result.ok) setLoaded({ state: 'ready', templates: result.value.filter((t) => !t.retired) });
      // A list already shown stays rather than being replaced by an error.
      else setLoaded((shown) => (shown.state === 'ready' ? shown : { state: 'failed', message: `Templates could not be read: ${result.error.message}` }));
    },
    [open],
  );
  useEffect(() => {
    if (open) setActive(0);
  }, [open]);

  const templates = loaded.state === 'ready' ? loaded.templates : [];
  // The menu takes focus as it opens, and the active item keeps it as the arrows move.
  useLayoutEffect(() => {
    if (open) itemRefs.current[Math.min(active, Math.max(templates.length - 1, 0))]?.focus();
  }, [open, active, loaded]);

  const close = () => {
    onOpenChange(false);
    if (onDismiss) onDismiss();
    else buttonRef.current?.focus();
  };
  const choose = (template: NoteTemplate) => {
    onOpenChange(false);
    onChoose(template);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const count = templates.length;
    const moves: Record<string, number | undefined> = {
      ArrowDown: (active + 1) % Math.max(count, 1),
      ArrowUp: (active - 1 + count) % Math.max(count, 1),
      Home: 0,
      End: Math.max(count - 1, 0),
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setActive(move);
    } else if (event.key === 'Escape') {
      // Only the menu closes: not the quick note dialog it may sit in.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      onOpenChange(false);
    } else if ((event.key === 'Enter' || event.key === ' ') && templates[active]) {
      event.preventDefault();
      event.stopPropagation(); // Enter must not reach the composer's Ctrl+Enter or a form.
      choose(templates[active]);
    }
  };

  // A click elsewhere closes the menu, as a menu does.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) onOpenChange(false);
  };

  const placeholder = loaded.state === 'loading' ? 'Loading templates…' : loaded.state === 'failed' ? loaded.message : 'No templates: add one in Settings';
  return (
    <div ref={rootRef} className="template-menu" onBlur={onBlur}>
      <Button
        ref={buttonRef}
        variant="secondary"
        className="button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-keyshortcuts="Alt+T"
        title="Insert a template's prompts into the note (Alt+T)"
        onClick={() => onOpenChange(!open)}
      >
        Insert template
      </Button>
      {open ? (
        <ul id={menuId} role="menu" aria-label="Note templates" className="popup-list" onKeyDown={onMenuKeyDown}>
          {templates.length === 0 ? (
            <li ref={(el) => void (itemRefs.current[0] = el)} role="menuitem" aria-disabled="true" tabIndex={-1} className="popup-list__option template-menu__item">
              {placeholder}
            </li>
          ) : (
            templates.map((template, index) => (
              <li
                key={template.id}
                ref={(el) => void (itemRefs.current[index] = el)}
                role="menuitem"
                tabIndex={-1}
                className={cx('popup-list__option', 'template-menu__item', index === active && 'popup-list__option--active')}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(template)}
              >
                {template.name}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
