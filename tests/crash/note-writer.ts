/**
 * The crash test's child: a practitioner saving notes, in a process the parent kills with SIGKILL.
 * It unlocks through the real core (createCore + dispatch, FAST_KDF), then saves note `start`, `start+1`…
 * with `saveNote` (the note and its audit entry in one transaction, exactly as the app does) and prints
 * `ack <n>` only after the save has answered ok. Note `start` is the one the previous writer had in
 * flight: it is retried first with the same id and text.
 *
 * It starts only when the parent writes a line to its stdin (go), and exits if stdin closes.
 * Arguments: <profilesRoot> <profileId> <passphrase> <caseId> <seed> <start> <walAutoCheckpointPages|0>
 * A small wal_autocheckpoint makes SQLite copy the WAL into the store inside commits, so kills also land
 * in the middle of checkpoints (the app does the same copy in quiet moments).
 */
import { createCore } from '../../main/ipc/core';
import { createMemorySettings } from '../../main/settings/settings-port';
import { FAST_KDF } from '../unit/support/kdf';
import { noteBodyFor, noteIdFor } from './note-sequence';

const [root, profileId, passphrase, caseId, seedText, startText, checkpointText] = process.argv.slice(2) as string[];
const seed = Number(seedText);
const walPages = Number(checkpointText);

const core = createCore({
  profilesRoot: root!,
  settings: createMemorySettings(),
  emit: () => {},
  kdf: FAST_KDF,
  onStoreOpened: walPages > 0 ? (db) => db.pragma(`wal_autocheckpoint = ${walPages}`) : undefined,
});

function fail(step: string, error: { code: string; message: string }): never {
  process.stderr.write(`${step} failed: ${error.code} ${error.message}\n`);
  process.exit(1);
}

/** Waits for the parent's go: it starts us early, so our loading overlaps its checking. */
function goSignal(): Promise<void> {
  return new Promise((resolve) => process.stdin.once('data', () => resolve()));
}

// A parent that went away (a cancelled test run) must not leave a writer running for ever.
process.stdin.on('end', () => process.exit(2));

async function main(): Promise<void> {
  await goSignal();
  process.stdout.write('unlocking\n');
  const unlocked = await core.dispatch('unlock', { profileId, passphrase });
  if (!unlocked.ok) fail('unlock', unlocked.error);
  // stdout is a pipe: writes are synchronous on POSIX, so an ack is out before the next save starts.
  process.stdout.write('ready\n');
  for (let seq = Number(startText); ; seq += 1) {
    const structure = { children: [{ caseId }] };
    const saved = await core.dispatch('saveNote', { id: noteIdFor(seed, seq), body: noteBodyFor(seed, seq), structure });
    if (!saved.ok) fail(`saveNote ${seq}`, saved.error);
    process.stdout.write(`ack ${seq}\n`);
  }
}

void main();
