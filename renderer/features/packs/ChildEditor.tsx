import type { PackChild } from '../../../preload/contract/packs';
import type { FormError } from '../../ui/form-errors';
import { ChronologyEditor } from './ChronologyEditor';
import { DetailsEditor } from './DetailsEditor';
import type { FieldRef } from './pack-fields';
import { markedPassages, markedText } from './pack-text';
import { SectionsEditor } from './SectionsEditor';
import { SeenEditor } from './SeenEditor';

interface ChildEditorProps {
  child: PackChild;
  index: number;
  errors: readonly FormError[];
  setField: (ref: FieldRef, value: string) => void;
  updateChild: (index: number, update: (child: PackChild) => PackChild) => void;
}

/** One child's part of the pack (a separate section each, as conference reports are written). */
export function ChildEditor({ child, index, errors, setField, updateChild }: ChildEditorProps) {
  const ids = {
    heading: `pack-child-${index}`,
    seen: `pack-child-${index}-seen`,
    chronology: `pack-child-${index}-chronology`,
  };
  const update = (change: (c: PackChild) => PackChild) => updateChild(index, change);
  const focusHeading = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

  const removeSeen = (row: number) => {
    update((c) => ({ ...c, seen: c.seen.filter((_, i) => i !== row) }));
    focusHeading(ids.seen);
  };
  const removeEvent = (row: number) => {
    update((c) => ({ ...c, chronology: c.chronology.filter((_, i) => i !== row) }));
    focusHeading(ids.chronology);
  };

  return (
    <section className="pack-child" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className="pack-child__name">
        {child.childName}
      </h2>
      <p className="pack-child__marked">{markedText(markedPassages(child))}</p>

      <h3 className="pack-child__heading">Details</h3>
      <DetailsEditor child={child} index={index} errors={errors} setField={setField} />

      <h3 id={ids.seen} className="pack-child__heading" tabIndex={-1}>
        When {child.childName} was seen
      </h3>
      <SeenEditor child={child} index={index} headingId={ids.seen} errors={errors} setField={setField} onRemove={removeSeen} />

      <h3 className="pack-child__heading">Views, worries and recommendation</h3>
      <SectionsEditor child={child} index={index} errors={errors} setField={setField} updateChild={update} />

      <h3 id={ids.chronology} className="pack-child__heading" tabIndex={-1}>
        Chronology
      </h3>
      <ChronologyEditor child={child} index={index} headingId={ids.chronology} errors={errors} setField={setField} onRemove={removeEvent} />
    </section>
  );
}
