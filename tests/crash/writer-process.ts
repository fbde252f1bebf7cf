/**
 * Starts a note writer (note-writer.ts) and kills it with SIGKILL according to a plan. The writer is
 * bundled once with esbuild (as the app's main process is) and run with plain node: starting it through
 * tsx cost ~2.5 s per kill here, the bundle ~0.5 s. The code inside is the same source.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { buildSync } from 'esbuild';

const REPO = path.resolve(__dirname, '../..');
/** A writer that has not been killed by then is stuck: stop it and report it. */
const RUN_LIMIT_MS = 30_000;

export type KillPlan =
  /** A moment after the writer starts unlocking: scrypt, the store check, WAL recovery, the audit
   *  entry for the unlock, the retry of the note in flight. */
  | { kind: 'opening'; afterMs: number }
  /** As soon as the n-th ack arrives: the writer is already inside the next save. */
  | { kind: 'acks'; acks: number }
  /** A random moment after the writer is ready: almost always inside a save (fsync, checkpoint). */
  | { kind: 'timer'; afterMs: number };

export interface WriterRun {
  /** The highest note number acknowledged in this run, or null if none was. */
  lastAck: number | null;
  acks: number;
  /** From go() to the writer's death. */
  ms: number;
  /** Set if the writer ended other than by our SIGKILL (a failed unlock or save): the test fails. */
  error: string | null;
}

/** Bundles the writer into `outDir`; returns the script to run. */
export function buildWriter(outDir: string): string {
  const outfile = path.join(outDir, 'note-writer.cjs');
  buildSync({
    entryPoints: [path.join(__dirname, 'note-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The native driver stays the installed one (resolved through NODE_PATH below).
    external: ['better-sqlite3-multiple-ciphers'],
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

export interface Writer {
  /** Lets the loaded writer start (unlock, then save); resolves once it is dead. */
  go(): Promise<WriterRun>;
}

/**
 * Starts loading a writer now; it waits for go(). The caller can do its own checking meanwhile: the
 * kill plan only starts at go(), so a busy caller cannot let the writer run on unwatched.
 */
export function spawnWriter(script: string, args: readonly string[], plan: KillPlan): Writer {
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
  });
  let lastAck: number | null = null;
  let acks = 0;
  let stderr = '';
  let started = 0;
  const timers: NodeJS.Timeout[] = [];
  const kill = () => child.kill('SIGKILL');
  const after = (ms: number, fn: () => void) => timers.push(setTimeout(fn, ms));
  child.stderr.on('data', (d) => (stderr += String(d)));
  // Every ack line is read, including those written between our decision and the kill landing.
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'unlocking' && plan.kind === 'opening') after(plan.afterMs, kill);
    if (line === 'ready' && plan.kind === 'timer') after(plan.afterMs, kill);
    if (!line.startsWith('ack ')) return;
    lastAck = Number(line.slice(4));
    acks += 1;
    if (plan.kind === 'acks' && acks === plan.acks) kill();
  });
  const ended = new Promise<WriterRun>((resolve) => {
    child.on('close', (code, signal) => {
      timers.forEach(clearTimeout);
      const ms = Date.now() - started;
      const stuck = ms >= RUN_LIMIT_MS ? `writer still running after ${RUN_LIMIT_MS} ms. ` : '';
      const error = signal === 'SIGKILL' && !stuck ? null : `${stuck}writer ended (code ${code}, signal ${signal}): ${stderr.trim()}`;
      resolve({ lastAck, acks, ms, error });
    });
  });
  return {
    go: () => {
      started = Date.now();
      after(RUN_LIMIT_MS, kill);
      child.stdin.write('go\n');
      return ended;
    },
  };
}
