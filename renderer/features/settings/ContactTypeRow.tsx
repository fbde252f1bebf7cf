import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { rowFieldId, type ContactTypeRow as Row } from './contact-type-rows';

interface ContactTypeRowProps {
  row: Row;
  /** The id notes will store: fixed for a saved type, made from the name for a new one. */
  id: string;
  position: number;
  count: number;
  errors: { label?: string; tags?: string };
  /** The section's explanation of tags, read with every tags box. */
  tagsHintId: string;
  onChange: (row: Row) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export const rowButtonId = (row: Pick<Row, 'key'>, action: 'up' | 'down' | 'remove') => `contact-type-${row.key}-${action}`;

/**
 * One contact type: its name and tags, and buttons to move or remove it. Each button's name says which
 * type it acts on (GOV.UK's hidden-context pattern: the visible words come first).
 */
export function ContactTypeRow({ row, id, position, count, errors, tagsHintId, onChange, onMove, onRemove }: ContactTypeRowProps) {
  const name = row.label.trim() || `contact type ${position + 1}`;
  const context = <span className="visually-hidden"> {name}</span>;
  return (
    <li className="contact-type">
      <fieldset className="contact-type__fields">
        <legend className="visually-hidden">
          Contact type {position + 1} of {count}
        </legend>
        <TextField
          id={rowFieldId(row, 'label')}
          label="Name"
          hint={`${row.id ? 'Typed' : 'Will be typed'} in notes as #${id}`}
          width="full"
          spellCheck
          value={row.label}
          onChange={(label) => onChange({ ...row, label })}
          error={errors.label}
        />
        <TextField
          id={rowFieldId(row, 'tags')}
          label="Tags"
          width="full"
          describedBy={tagsHintId}
          value={row.tags}
          onChange={(tags) => onChange({ ...row, tags })}
          error={errors.tags}
        />
      </fieldset>
      <div className="contact-type__actions">
        <Button id={rowButtonId(row, 'up')} variant="secondary" unavailable={position === 0} onClick={() => onMove(-1)}>
          Move up{context}
        </Button>
        <Button id={rowButtonId(row, 'down')} variant="secondary" unavailable={position === count - 1} onClick={() => onMove(1)}>
          Move down{context}
        </Button>
        <Button id={rowButtonId(row, 'remove')} variant="secondary" onClick={onRemove}>
          Remove{context}
        </Button>
      </div>
    </li>
  );
}
