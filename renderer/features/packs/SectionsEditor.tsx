import { useEffect, useState } from 'react';
import type { PackChild, PackSection } from '../../../preload/contract/packs';
import { Button } from '../../ui/Button';
import { errorFor, type FormError } from '../../ui/form-errors';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { ConfirmDialog } from './ConfirmDialog';
import { fieldId, type FieldRef } from './pack-fields';

interface SectionsEditorProps {
  child: PackChild;
  index: number;
  errors: readonly FormError[];
  setField: (ref: FieldRef, value: string) => void;
  updateChild: (update: (child: PackChild) => PackChild) => void;
}

const MAX_SECTIONS = 20;

/**
 * The sections the team writes: the child's views (drafted from their words), parents' views, the
 * team's headings (Signs of Safety by default), recommendation. Headings are renamed, sections added
 * and removed here, per pack: that is how headings are configured for now.
 */
export function SectionsEditor({ child, index, errors, setField, updateChild }: SectionsEditorProps) {
  const [removing, setRemoving] = useState<PackSection | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const addId = `pack-${index}-add-section`;

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const add = () => {
    const key = `added-${Date.now().toString(36)}`;
    updateChild((c) => ({ ...c, sections: [...c.sections, { key, heading: 'New section', text: '' }] }));
    setFocusId(fieldId({ child: index, part: 'sections', row: child.sections.length, prop: 'heading' }));
  };

  const remove = (section: PackSection) => {
    updateChild((c) => ({ ...c, sections: c.sections.filter((s) => s.key !== section.key) }));
    setRemoving(null);
    setFocusId(addId);
  };

  return (
    <>
      {child.sections.map((section, row) => {
        const heading: FieldRef = { child: index, part: 'sections', row, prop: 'heading' };
        const text: FieldRef = { ...heading, prop: 'text' };
        const name = section.heading.trim() || 'Untitled section';
        return (
          <fieldset key={section.key} className="pack-section">
            <legend className="pack-section__legend">{name}</legend>
            <TextField
              id={fieldId(heading)}
              label="Heading"
              value={section.heading}
              onChange={(value) => setField(heading, value)}
              error={errorFor(errors, fieldId(heading))}
              width="full"
              spellCheck
            />
            <TextAreaField
              id={fieldId(text)}
              label="Text"
              value={section.text}
              onChange={(value) => setField(text, value)}
              error={errorFor(errors, fieldId(text))}
              rows={section.text.length > 400 ? 10 : 5}
            />
            <Button variant="secondary" className="button--small" onClick={() => setRemoving(section)}>
              Remove section<span className="visually-hidden">: {name}</span>
            </Button>
          </fieldset>
        );
      })}
      <Button id={addId} variant="secondary" unavailable={child.sections.length >= MAX_SECTIONS} onClick={add}>
        Add a section<span className="visually-hidden"> for {child.childName}</span>
      </Button>
      {removing ? (
        <ConfirmDialog
          title={`Remove “${removing.heading.trim() || 'Untitled section'}”?`}
          body={removing.text.trim() ? 'Its text is removed from this pack. The notes are not changed.' : 'The section is empty.'}
          confirmLabel="Remove section"
          onConfirm={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </>
  );
}
