/**
 * Keeps the store's copy of a draft at most about a second behind the keyboard, so a crash, a kill, an
 * auto-lock or a closed lid never costs more than the last moment of typing (the complaint about
 * today's systems: "lost work when a session times out").
 *
 *  - Saves 500 ms after typing stops, and at least once a second while typing goes on (debounce with
 *    a maximum wait), so continuous typing is never more than ~1 s behind.
 *  - Saves at once on `flush()`: the composer calls it on blur; Lock and window close reach it through
 *    the flush registry; it also runs on visibilitychange (hidden), pagehide and unmount.
 *  - One request at a time, newest content last, so a slow answer can never overwrite newer text.
 *  - A blank draft is sent only to remove one already stored; main drops blank, unlinked drafts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import { useLatest } from '../../lib/useLatest';
import type { ChildAnswer } from '../capture/child-answers';
import type { TemplateLink } from '../templates/template-text';
import { registerDraftFlusher } from './draft-flush';

export const DRAFT_IDLE_MS = 500;
export const DRAFT_MAX_WAIT_MS = 1000;

export interface DraftSnapshot {
  id: string;
  /** Where the draft was started: a case page, or null for a quick note. */
  caseId: string | null;
  body: string;
  children: readonly ChildAnswer[];
  people: readonly string[];
  dismissed: readonly string[];
  template: TemplateLink | null;
  /** Nothing worth keeping (blank text, nothing linked beyond the page's own child): store nothing. */
  blank: boolean;
}

export interface AutosaveState {
  /** When the store last confirmed the draft; null before the first save. */
  savedAt: Date | null;
  /** Why the last save failed (shown once, cleared by the next success). */
  error: string | null;
}

function payloadOf(s: DraftSnapshot) {
  const state = s.blank
    ? { children: [], people: [], dismissed: [], template: null }
    : { children: [...s.children], people: [...s.people], dismissed: [...s.dismissed], template: s.template };
  return { id: s.id, caseId: s.caseId, body: s.blank ? '' : s.body, state };
}

const keyOf = (s: DraftSnapshot): string => JSON.stringify(payloadOf(s));
const DONE = Promise.resolve();

export interface DraftAutosave {
  flush: () => Promise<void>;
  /** Drops a pending save (the note is being finalised under this id). */
  cancel: () => void;
  /** The snapshot came from the store as it is (a restored draft): nothing to save until it changes. */
  adopt: (snapshot: DraftSnapshot) => void;
  state: AutosaveState;
}

export function useDraftAutosave(
  snapshot: DraftSnapshot,
  paused: boolean,
  /** A draft came into being in the store, or went (for counts and lists). */
  onStoredChange?: (stored: boolean) => void,
): DraftAutosave {
  const latest = useLatest(snapshot);
  const pausedRef = useLatest(paused);
  const onStoredRef = useLatest(onStoredChange);
  const tracked = useRef({ id: snapshot.id, sentKey: keyOf(snapshot), stored: false });
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | null>(null);
  const firstPendingAt = useRef<number | null>(null);
  const [state, setState] = useState<AutosaveState>({ savedAt: null, error: null });

  const track = (id: string) => {
    if (tracked.current.id !== id) tracked.current = { id, sentKey: '', stored: false };
    return tracked.current;
  };

  const send = useCallback((): Promise<void> => {
    if (pausedRef.current) return DONE;
    const s = latest.current;
    const entry = track(s.id);
    const key = keyOf(s);
    if (key === entry.sentKey) return inFlight.current ?? DONE;
    // Wait for the request in flight first: it may be the one that creates the draft a blank must remove.
    if (inFlight.current) return inFlight.current.then(send);
    if (s.blank && !entry.stored) {
      entry.sentKey = key;
      return DONE;
    }
    entry.sentKey = key;
    const request = call('saveDraft', payloadOf(s)).then((result) => {
      if (tracked.current !== entry) return; // finalised or switched meanwhile
      if (result.ok) {
        const stored = result.value !== null;
        if (stored !== entry.stored) onStoredRef.current?.(stored);
        entry.stored = stored;
        setState({ savedAt: stored ? new Date() : null, error: null });
      } else {
        if (entry.sentKey === key) entry.sentKey = ''; // the next change or flush tries again
        if (result.error.code !== 'LOCKED') setState((prev) => ({ ...prev, error: result.error.message }));
      }
    });
    const settled = request.finally(() => {
      if (inFlight.current === settled) inFlight.current = null;
    });
    inFlight.current = settled;
    return settled;
    // `latest`, `pausedRef` and `onStoredRef` are refs: stable.
  }, [latest, pausedRef, onStoredRef]);

  const cancel = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    firstPendingAt.current = null;
  }, []);

  const flush = useCallback((): Promise<void> => {
    cancel();
    return send();
  }, [cancel, send]);

  const adopt = useCallback((s: DraftSnapshot) => {
    cancel();
    tracked.current = { id: s.id, sentKey: keyOf(s), stored: true };
    setState({ savedAt: null, error: null });
  }, [cancel]);

  // Schedule on every change: 500 ms after the last keystroke, but never later than 1 s after the first
  // unsaved one.
  const key = keyOf(snapshot);
  useEffect(() => {
    if (tracked.current.id !== snapshot.id) setState({ savedAt: null, error: null }); // a new draft
    if (paused || key === track(snapshot.id).sentKey) return;
    const now = Date.now();
    firstPendingAt.current ??= now;
    if (timer.current !== null) window.clearTimeout(timer.current);
    const due = Math.min(now + DRAFT_IDLE_MS, firstPendingAt.current + DRAFT_MAX_WAIT_MS);
    timer.current = window.setTimeout(() => {
      timer.current = null;
      firstPendingAt.current = null;
      void send();
    }, Math.max(0, due - now));
    // Only the content matters; the timer is managed by hand across renders.
  }, [key, paused, snapshot.id, send]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    const unregister = registerDraftFlusher(flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      unregister();
      void flush(); // leaving the page: whatever is in the box goes to the store
    };
  }, [flush]);

  return { flush, cancel, adopt, state };
}
