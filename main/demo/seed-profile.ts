/**
 * Builds the demo/training profile through the app's own front door: a core made with createCore, and
 * only dispatch (profile, cases, notes, then each family's people). No SQL here, so the demo exercises
 * the same validation, key slots, encryption and repositories a practitioner's real profile does.
 */
import type { CaseSummary, CreatedProfile, Envelope } from '../../preload/contract';
import { createCore } from '../ipc/core';
import type { KdfSettings } from '../keys/profile-keys';
import { createMemorySettings } from '../settings/settings-port';
import { planDemo } from './demo-plan';
import { DEMO_FAMILIES, DEMO_PRACTITIONER } from './families';
import { demoNoteStructure } from './note-structure';
import { seedFamilyPeople } from './seed-people';

export interface SeedOptions {
  /** Folder holding profile folders (created if missing). */
  profilesRoot: string;
  passphrase: string;
  /** The demo's notes cover the 18 months before this moment. */
  now: Date;
  seed?: number;
  /** Tests pass a cheaper scrypt cost; the CLI uses the app's defaults. */
  kdf?: KdfSettings;
}

export interface SeedResult {
  profileId: string;
  displayName: string;
  caseCount: number;
  noteCount: number;
  /** Printed by the CLI: this is a training profile, so the trainer may keep it with the course notes. */
  recoveryKey: string;
}

/** A request the core refused; `message` is the core's own plain-language message (e.g. the passphrase rule). */
export class DemoSeedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DemoSeedError';
  }
}

function valueOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new DemoSeedError(envelope.error.code, envelope.error.message);
  return envelope.value as T;
}

export async function seedDemoProfile(options: SeedOptions): Promise<SeedResult> {
  const plan = planDemo({ now: options.now, seed: options.seed });
  // The contract has no field for when a contact happened: the store stamps createdAt from the core's
  // clock. So the demo injects a clock and sets it to each planned moment before the call that should
  // carry it, spreading 18 months of recording as if it had really been written over time. This is
  // the clock's intended seam (tests move time the same way); nothing else about the write changes.
  let clockNow = plan.profileCreatedAt;
  const core = createCore({
    profilesRoot: options.profilesRoot,
    settings: createMemorySettings(),
    emit: () => {},
    clock: { now: () => clockNow },
    ...(options.kdf ? { kdf: options.kdf } : {}),
  });
  try {
    const created = valueOf<CreatedProfile>(
      await core.dispatch('createProfile', { displayName: plan.displayName, passphrase: options.passphrase }),
    );
    const caseIds = new Map<string, string>();
    const pendingCases = [...plan.cases].sort((a, b) => a.openedAt - b.openedAt);
    for (const [index, note] of plan.notes.entries()) {
      // Cases are opened in time order, just before their family's first note.
      while (pendingCases.length && pendingCases[0]!.openedAt <= note.at) {
        const kase = pendingCases.shift()!;
        clockNow = kase.openedAt;
        const summary = valueOf<CaseSummary>(
          await core.dispatch('createCase', {
            childName: kase.childName,
            dateOfBirth: kase.dateOfBirth,
            caseReference: kase.caseReference,
          }),
        );
        caseIds.set(kase.key, summary.id);
      }
      clockNow = note.at;
      const caseId = caseIds.get(note.caseKey);
      if (!caseId) throw new Error('A demo note was planned before its case was opened');
      valueOf(await core.dispatch('saveNote', { id: note.id, body: note.body, structure: demoNoteStructure(note, caseId, index) }));
    }
    for (const family of DEMO_FAMILIES) {
      const cases = plan.cases.filter((c) => c.familyKey === family.key);
      clockNow = Math.min(...cases.map((c) => c.openedAt));
      const ids = cases.map((c) => caseIds.get(c.key)!);
      await seedFamilyPeople((channel, payload) => core.dispatch(channel, payload), valueOf, family, ids, `${DEMO_PRACTITIONER.firstName} ${DEMO_PRACTITIONER.surname}`);
    }
    return {
      profileId: created.profile.id,
      displayName: created.profile.displayName,
      caseCount: caseIds.size,
      noteCount: plan.notes.length,
      recoveryKey: created.recoveryKey,
    };
  } finally {
    // Locks the store, zeroes the key and stops the idle timer, so the process can exit.
    core.shutdown();
  }
}
