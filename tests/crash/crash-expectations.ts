/**
 * What a crashed store must hold after the writer was killed: every note acknowledged so far (0 … next-1)
 * exactly once with its own text and exactly one audit entry; the note in flight (next) at most once;
 * nothing else. A note "in flight" may have landed without its ack reaching us (killed between commit
 * and print): that is allowed, and counted, because the next writer's retry must then find it.
 */
import type { StoreContents } from './crashed-store';

export interface RunFindings {
  lost: number;
  /** Notes stored more than once or with more than one audit entry, or notes nobody wrote. */
  duplicates: number;
  integrityFailure: boolean;
  auditBreak: boolean;
  /** The in-flight note is in the store although no ack was seen. */
  landedUnacknowledged: boolean;
  problems: string[];
}

/** `ids[n]` and `bodies[n]`: note n as the writers send it. */
export function judgeCrashedStore(contents: StoreContents, next: number, ids: readonly string[], bodies: readonly string[]): RunFindings {
  const problems: string[] = [];
  if (contents.openError) problems.push(`fresh open failed: ${contents.openError}`);
  if (contents.integrity !== 'ok') problems.push(`integrity_check: ${contents.integrity}`);
  if (contents.auditProblem) problems.push(`audit chain: ${contents.auditProblem}`);
  let lost = 0;
  let duplicates = 0;
  for (let seq = 0; seq <= next; seq += 1) {
    const body = contents.notes.get(ids[seq]!);
    const audited = contents.auditedNotes.get(ids[seq]!) ?? 0;
    if (body === undefined) {
      if (seq < next && !contents.openError) {
        lost += 1;
        problems.push(`acknowledged note ${seq} is missing`);
      }
      if (audited > 0) problems.push(`note ${seq} has an audit entry but is not stored`);
      continue;
    }
    if (body !== bodies[seq]) problems.push(`note ${seq} holds other text`);
    if (audited !== 1) {
      duplicates += audited > 1 ? 1 : 0;
      problems.push(`note ${seq} has ${audited} audit entries`);
    }
  }
  // Any note beyond those written so far would be a second copy under another id.
  const extra = contents.notes.size - [...ids.slice(0, next + 1)].filter((id) => contents.notes.has(id)).length;
  if (extra > 0) {
    duplicates += extra;
    problems.push(`${extra} notes that no writer saved`);
  }
  return {
    lost,
    duplicates,
    integrityFailure: contents.openError !== null || contents.integrity !== 'ok',
    auditBreak: contents.auditProblem !== null,
    landedUnacknowledged: contents.notes.has(ids[next]!),
    problems,
  };
}
