/**
 * The props of a child's editable tables in the pack builder (ChronologyEditor, SeenEditor). Apart from
 * pack-fields.ts, which the unit tests also compile without the DOM.
 */
import type { PackChild } from '../../../preload/contract/packs';
import type { FormError } from '../../ui/form-errors';
import type { FieldRef } from './pack-fields';

/** What the builder gives each of a child's editable tables (the chronology, the visits seen). */
export interface PackTableEditorProps {
  child: PackChild;
  /** The child's place in the pack, for field ids. */
  index: number;
  /** Id of the heading that names the table (focus returns there after a row is removed). */
  headingId: string;
  errors: readonly FormError[];
  setField: (ref: FieldRef, value: string) => void;
  onRemove: (row: number) => void;
}
