/**
 * The audit chain's head hash: 64 hex digits a manager or IT may copy and keep, or compare with the one
 * in an export's metadata. Monospace, selectable, and allowed to wrap so it never forces a scrollbar.
 */
export function HeadHash({ hash }: { hash: string }) {
  return <code className="audit-hash">{hash}</code>;
}
