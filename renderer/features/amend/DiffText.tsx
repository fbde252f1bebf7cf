import type { DiffPart } from './word-diff';

/**
 * Words added and removed between two versions, as <ins>/<del>. Screen readers do not announce those
 * elements by default, so each change also says what it is in visually hidden text.
 */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <div className="amend-diff">
      {parts.map((part, i) => {
        if (part.kind === 'same') return <span key={i}>{part.text}</span>;
        const Tag = part.kind === 'added' ? 'ins' : 'del';
        // The space after the last changed word is not part of the change (and is not struck through).
        const words = part.text.trimEnd();
        return (
          <span key={i}>
            <Tag className={`amend-diff__${part.kind}`}>
              <span className="visually-hidden">[{part.kind}: </span>
              {words}
              <span className="visually-hidden">]</span>
            </Tag>
            {part.text.slice(words.length)}
          </span>
        );
      })}
    </div>
  );
}
