/**
 * The key hint under the chips while a child is linked: the Alt keys that answer from the note box, or,
 * while a child's chip has focus, that chip's own keys. One line, two texts: switching them never moves
 * the buttons below (no click lands elsewhere).
 */
interface ChildKeysHelpProps {
  /** The note box's aria-describedby points here. */
  id: string;
  linked: boolean;
  chipFocused: boolean;
}

export function ChildKeysHelp({ id, linked, chipFocused }: ChildKeysHelpProps) {
  if (!linked) return null;
  if (chipFocused) {
    return (
      <p className="composer__keys composer__keys--chip" aria-hidden="true">
        On this child: <kbd>S</kbd> seen, <kbd>A</kbd> seen alone, <kbd>N</kbd> not seen, <kbd>B</kbd> bedroom seen,{' '}
        <kbd>Delete</kbd> unlink.
      </p>
    );
  }
  return (
    <p id={id} className="composer__keys muted">
      From the note: <kbd>Alt+S</kbd> seen, <kbd>Alt+A</kbd> seen alone, <kbd>Alt+N</kbd> not seen, for the next child without
      an answer.
    </p>
  );
}
