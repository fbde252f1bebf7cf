/**
 * Settings → Contact types: the team's list of #types, in its order. A type taken off the list is
 * retired by the store, not deleted, so notes already tagged keep their type; the page says so. The
 * store checks the tags (no tag for two types, none that marks significance) and its message is
 * linked to the box to fix.
 */
import { useState, type FormEvent } from 'react';
import type { ContactType } from '../../../preload/contract/contact-types';
import { call } from '../../api';
import { useAnswer } from '../../lib/useAnswer';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, type FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { useFocusAfterRender } from '../../ui/useFocusAfterRender';
import { useStatus } from '../../ui/useStatus';
import { useContactTypes } from '../contact-types/ContactTypesProvider';
import { fieldIdForError, newRow, rowFieldId, rowIds, rowsFrom, saveRequest, type ContactTypeRow as Row } from './contact-type-rows';
import { ContactTypeRow, rowButtonId } from './ContactTypeRow';
import './settings.css';

const HEADING_ID = 'contact-types-heading';
const TAGS_HINT_ID = 'contact-types-tags-hint';
const ADD_ID = 'contact-types-add';

export function ContactTypesForm() {
  const { adopt, active } = useContactTypes();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [retired, setRetired] = useState<readonly ContactType[]>([]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const { status, announce, clear } = useStatus();
  const focusNext = useFocusAfterRender();

  const show = (types: readonly ContactType[]) => {
    setRows(rowsFrom(types));
    setRetired(types.filter((t) => t.retired));
  };

  // Read again whenever the team's list changes elsewhere: importing a rule pack (Settings → Timescales)
  // adds types, and a save from a stale list would retire them.
  useAnswer(
    () => call('listContactTypes', {}),
    (result) => {
      if (result.ok) show(result.value);
      else setErrors([{ message: result.error.message }]);
    },
    [active],
  );

  if (rows === null) {
    return (
      <section className="section" aria-labelledby={HEADING_ID}>
        <h2 id={HEADING_ID} className="section-heading">
          Contact types
        </h2>
        <ErrorSummary errors={errors} />
        {errors.length === 0 ? <p className="muted">Loading contact types…</p> : null}
      </section>
    );
  }

  const ids = rowIds(rows, retired);
  const change = (next: Row[], focusId: string | null = null) => {
    focusNext(focusId);
    setRows(next);
    clear();
  };
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= rows.length) return;
    const next = [...rows];
    [next[index], next[to]] = [next[to]!, next[index]!];
    change(next, rowButtonId(rows[index]!, by < 0 ? 'up' : 'down'));
    announce(`Moved ${rows[index]!.label.trim() || 'contact type'} to position ${to + 1} of ${rows.length}`);
  };
  const remove = (index: number) => {
    const gone = rows[index]!;
    const next = rows.filter((_, i) => i !== index);
    const neighbour = next[index] ?? next[index - 1];
    change(next, neighbour ? rowFieldId(neighbour, 'label') : ADD_ID);
    const name = gone.label.trim() || 'New type';
    announce(gone.id ? `${name} will come off the list when you save. Notes already tagged keep their type.` : `${name} removed`);
  };
  const add = () => {
    const row = newRow();
    change([...rows, row], rowFieldId(row, 'label'));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    clear();
    setBusy(true);
    const result = await call('saveContactTypes', saveRequest(rows, retired));
    setBusy(false);
    if (!result.ok) {
      const fieldId = fieldIdForError(result.error.field, rows);
      setErrors([fieldId ? { fieldId, message: result.error.message } : { message: result.error.message }]);
      return;
    }
    setErrors([]);
    show(result.value);
    adopt(result.value);
    announce('Contact types saved');
  };

  return (
    <section className="section" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} className="section-heading">
        Contact types
      </h2>
      <ErrorSummary errors={errors} />
      <p className="body">
        The types a note can be tagged with, in the order they are offered. Removing a type takes it off this list
        only: notes already tagged keep their type.
      </p>
      <p id={TAGS_HINT_ID} className="body muted">
        Tags are the words typed after # in a note, separated by commas or spaces, like “visit, hv”. A tag can mean
        only one type.
      </p>
      <form onSubmit={submit} noValidate>
        <ol className="contact-types">
          {rows.map((row, index) => (
            <ContactTypeRow
              key={row.key}
              row={row}
              id={ids[index]!}
              position={index}
              count={rows.length}
              errors={{ label: errorFor(errors, rowFieldId(row, 'label')), tags: errorFor(errors, rowFieldId(row, 'tags')) }}
              tagsHintId={TAGS_HINT_ID}
              onChange={(changed) => change(rows.map((r) => (r.key === changed.key ? changed : r)))}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
        {retired.length > 0 ? (
          <p className="muted contact-types__retired">
            No longer on the list: {retired.map((t) => t.label).join(', ')}. Notes already tagged keep their type; add a
            type with the same name to bring one back.
          </p>
        ) : null}
        <div className="composer__actions">
          <Button id={ADD_ID} variant="secondary" onClick={add}>
            Add a contact type
          </Button>
          <Button type="submit" unavailable={busy}>
            Save contact types
          </Button>
          <LiveStatus status={status} className="status--inline" />
        </div>
      </form>
    </section>
  );
}
