/**
 * The kill campaign: one profile, one child's case, then `kills` writers in turn, each SIGKILLed at a
 * random moment (writer-process.ts). After every kill the store is opened fresh as the writer left it
 * and judged (crash-expectations.ts); every tenth kill, and at the end, it is also unlocked in place
 * through the core as the app would after a crash (stale lock taken over, hot WAL recovered).
 */
import path from 'node:path';
import type { CaseSummary, CreatedProfile } from '../../preload/contract';
import { createRng, type Rng } from '../../main/demo/prng';
import { createCore, type Core } from '../../main/ipc/core';
import { openWithPassphrase } from '../../main/keys/profile-keys';
import { createMemorySettings } from '../../main/settings/settings-port';
import { FAST_KDF } from '../unit/support/kdf';
import { judgeCrashedStore } from './crash-expectations';
import { copyCrashedStore, readCrashedStore } from './crashed-store';
import { noteBodyFor, noteIdFor } from './note-sequence';
import { buildWriter, spawnWriter, type KillPlan } from './writer-process';

const PASSPHRASE = 'crash test passphrase';
const IN_PLACE_EVERY = 10;

export interface CrashReport {
  seed: number;
  kills: number;
  killsBy: Record<KillPlan['kind'], number>;
  /** Notes acknowledged over the whole campaign (all must be in the store). */
  acknowledged: number;
  lost: number;
  duplicates: number;
  integrityFailures: number;
  auditBreaks: number;
  /** Kills after which the in-flight note had landed without its ack (the retry then found it). */
  landedUnacknowledged: number;
  inPlaceOpens: number;
  /** Writers that ended by themselves (a failed unlock or save) or stuck. */
  writerErrors: string[];
  /** Time the writers were alive (spawn to death), against totalMs: the rest is checking. */
  writerMs: number;
  /** The first problems found, for the failure message. */
  problems: string[];
  totalMs: number;
}

export interface CrashOptions {
  kills: number;
  seed: number;
  /** Empty folders owned by the caller: profiles, and scratch space (the writer bundle, store copies). */
  root: string;
  scratch: string;
  progress?: (line: string) => void;
}

/** The kinds in turn (every run covers each: 20 % opening, 40 % acks, 40 % timer), details at random. */
const PLAN_ORDER: ReadonlyArray<KillPlan['kind']> = ['opening', 'acks', 'timer', 'acks', 'timer'];

function planFor(rng: Rng, run: number): KillPlan {
  const kind = PLAN_ORDER[run % PLAN_ORDER.length]!;
  if (kind === 'opening') return { kind, afterMs: rng.int(0, 40) };
  if (kind === 'acks') return { kind, acks: rng.int(1, 30) };
  return { kind, afterMs: rng.int(0, 200) };
}

export async function runCrashCampaign(options: CrashOptions): Promise<CrashReport> {
  const started = Date.now();
  const rng = createRng(options.seed);
  const { profileId, caseId } = await createProfileWithCase(options.root);
  const storeFile = path.join(options.root, profileId, 'store.db');
  const dataKey = await openWithPassphrase(path.join(options.root, profileId, 'keys.json'), profileId, PASSPHRASE);
  if (!dataKey) throw new Error('could not unwrap the data key');
  const script = buildWriter(options.scratch);
  const ids: string[] = [];
  const bodies: string[] = [];
  const report: CrashReport = {
    seed: options.seed, kills: 0, killsBy: { opening: 0, acks: 0, timer: 0 }, acknowledged: 0, lost: 0, duplicates: 0,
    integrityFailures: 0, auditBreaks: 0, landedUnacknowledged: 0, inPlaceOpens: 0, writerErrors: [], writerMs: 0, problems: [], totalMs: 0,
  };
  let next = 0; // the first note not yet acknowledged: the next writer retries it first
  let planned = 0;
  const startWriter = () => {
    const plan = planFor(rng, planned++);
    const walPages = rng.chance(0.5) ? 8 : 0;
    const args = [options.root, profileId, PASSPHRASE, caseId, String(options.seed), String(next), String(walPages)];
    return { plan, writer: spawnWriter(script, args, plan) };
  };
  let pending = startWriter();
  for (let run = 1; run <= options.kills; run += 1) {
    const { plan, writer } = pending;
    const result = await writer.go();
    report.kills += 1;
    report.killsBy[plan.kind] += 1;
    report.writerMs += result.ms;
    if (result.error) report.writerErrors.push(`kill ${run}: ${result.error}`);
    if (result.lastAck !== null) next = result.lastAck + 1;
    while (ids.length <= next) {
      ids.push(noteIdFor(options.seed, ids.length));
      bodies.push(noteBodyFor(options.seed, bodies.length));
    }
    const crashed = copyCrashedStore(storeFile, options.scratch);
    // The next writer loads its code (~0.5 s) while this crash is judged; it waits for go() before
    // touching the store, so the in-place unlock below still has the store to itself.
    if (run < options.kills) pending = startWriter();
    const findings = judgeCrashedStore(readCrashedStore(crashed, dataKey), next, ids, bodies);
    report.lost += findings.lost;
    report.duplicates += findings.duplicates;
    report.integrityFailures += findings.integrityFailure ? 1 : 0;
    report.auditBreaks += findings.auditBreak ? 1 : 0;
    report.landedUnacknowledged += findings.landedUnacknowledged ? 1 : 0;
    report.problems.push(...findings.problems.slice(0, 3).map((p) => `kill ${run} (${plan.kind}): ${p}`));
    if (run % IN_PLACE_EVERY === 0 || run === options.kills) {
      const problem = await openInPlace(options.root, profileId, caseId, next);
      report.inPlaceOpens += 1;
      if (problem) report.problems.push(`kill ${run}, in-place unlock: ${problem}`);
    }
    if (run % 50 === 0) options.progress?.(`${run} kills, ${next} notes acknowledged, ${Math.round((Date.now() - started) / run)} ms per kill`);
  }
  dataKey.fill(0);
  report.acknowledged = next;
  report.problems = report.problems.slice(0, 20);
  report.totalMs = Date.now() - started;
  return report;
}

function parentCore(root: string): Core {
  return createCore({ profilesRoot: root, settings: createMemorySettings(), emit: () => {}, kdf: FAST_KDF });
}

async function call<T>(core: Core, channel: string, payload: unknown = {}): Promise<T> {
  const answer = await core.dispatch(channel, payload);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

async function createProfileWithCase(root: string): Promise<{ profileId: string; caseId: string }> {
  const core = parentCore(root);
  try {
    const { profile } = await call<CreatedProfile>(core, 'createProfile', { displayName: 'Sam Crash', passphrase: PASSPHRASE });
    const kase = await call<CaseSummary>(core, 'createCase', { childName: 'Amira Khan' });
    return { profileId: profile.id, caseId: kase.id };
  } finally {
    core.shutdown();
  }
}

/** Unlocks the real profile as the app would after the crash; returns a problem or null. */
async function openInPlace(root: string, profileId: string, caseId: string, acknowledged: number): Promise<string | null> {
  const core = parentCore(root);
  try {
    await call(core, 'unlock', { profileId, passphrase: PASSPHRASE });
    const audit = await call<{ intact: boolean; problem: { message: string } | null }>(core, 'verifyAuditLog');
    if (!audit.intact) return `audit chain: ${audit.problem?.message}`;
    const notes = await call<unknown[]>(core, 'listNotes', { caseId });
    if (notes.length < acknowledged || notes.length > acknowledged + 1) return `${notes.length} notes listed, ${acknowledged} acknowledged`;
    return null;
  } catch (error) {
    return String(error);
  } finally {
    core.shutdown();
  }
}
