import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseSummary, CreatedProfile } from '../../../preload/contract';
import type { Timers } from '../../../main/session/idle-lock';
import { CHECKPOINT_AFTER_MS } from '../../../main/session/idle-checkpoint';
import { PASSPHRASE, testCore } from '../support/temp-profiles';
import { quickNote } from '../support/notes';

/** Timers the test fires by hand: "the practitioner paused" (a short pause: auto-lock does not fire). */
function pausableTimers() {
  let pending = new Map<number, () => void>();
  let nextId = 1;
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      if (ms <= CHECKPOINT_AFTER_MS) pending.set(nextId, fn);
      return nextId++;
    },
    clearTimeout: (id) => void pending.delete(id as number),
  };
  const pause = () => {
    const due = pending;
    pending = new Map();
    due.forEach((fn) => fn());
  };
  return { timers, pause };
}

async function walBytesAfterSaves(pauseBetweenSaves: boolean): Promise<{ first: number; last: number }> {
  const { timers, pause } = pausableTimers();
  const t = testCore({ timers });
  const { profile } = await t.call<CreatedProfile>('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
  const kase = await t.call<CaseSummary>('createCase', { childName: 'Amira Khan' });
  const wal = fs.readdirSync(path.join(t.root, profile.id)).find((f) => f.endsWith('-wal'))!;
  const walSize = () => fs.statSync(path.join(t.root, profile.id, wal)).size;
  let first = 0;
  for (let i = 0; i < 150; i++) {
    await t.call('saveNote', quickNote(`Visit ${i}: Amira showed me her drawings and talked about school.`, kase.id));
    if (pauseBetweenSaves) pause();
    if (i === 4) first = walSize();
  }
  return { first, last: walSize() };
}

describe('WAL checkpoint in quiet moments', () => {
  it('copies the log back when the practitioner pauses; without pauses it grows rather than checkpointing inside a save', async () => {
    expect(CHECKPOINT_AFTER_MS).toBeGreaterThan(1_000); // longer than the draft autosave debounce
    const paused = await walBytesAfterSaves(true);
    const busy = await walBytesAfterSaves(false);
    // With pauses the log is reused from the start: it stays the size of the largest few saves.
    expect(paused.last).toBeLessThan(paused.first * 2);
    expect(busy.last).toBeGreaterThan(paused.last * 5);
  });
});
