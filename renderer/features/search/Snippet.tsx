import { snippetParts } from './snippet-parts';

/** A search snippet with the matched words in <mark>. */
export function Snippet({ text }: { text: string }) {
  return (
    <span className="search-snippet">
      {snippetParts(text).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
