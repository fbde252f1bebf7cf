/**
 * "Lose nothing": a process saving drafts as the practitioner types is killed with SIGKILL at random
 * moments; reopening the store must show a draft holding at least everything acknowledged before the
 * kill, and never text that was not typed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, CreatedProfile, Draft } from '../../../preload/contract';
import { PASSPHRASE, testCore } from '../support/temp-profiles';

const TYPIST = path.join(__dirname, 'fixtures/draft-typist.ts');
const TEXT = 'Home visit. Amira showed me her room and said "I like it here". Mum was calm and the house was warm. '.repeat(3);
const KILLS = 5;

function typeUntilKilled(args: string[], ackTarget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', TYPIST, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = 0;
    let acks = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('ack ')) return;
      lastAck = Number(line.slice(4));
      acks += 1;
      if (acks === ackTarget) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(lastAck) : reject(new Error(`typist exited: ${stderr}`))));
  });
}

describe('draft durability', () => {
  it(`after ${KILLS} kills mid-typing, the reopened draft holds everything acknowledged`, async () => {
    const t = testCore();
    const { profile } = await t.call<CreatedProfile>('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
    const kase = await t.call<CaseSummary>('createCase', { childName: 'Amira Khan' });
    await t.call('lock');
    for (let run = 0; run < KILLS; run += 1) {
      const draftId = uuidv7();
      const acked = await typeUntilKilled([t.root, profile.id, PASSPHRASE, kase.id, draftId, TEXT], 5 + Math.floor(Math.random() * 30));
      // Reopen as the app would after a crash: the dead process's lock is stale and taken over.
      await t.call('unlock', { profileId: profile.id, passphrase: PASSPHRASE });
      const draft = (await t.call<Draft[]>('listDrafts', { caseId: kase.id })).find((d) => d.id === draftId);
      expect(draft, `run ${run}: draft missing`).toBeDefined();
      expect(TEXT.startsWith(draft!.body), `run ${run}: draft holds text never typed`).toBe(true);
      // A save may land without its ack (killed in between), so the draft can be one save ahead, never behind.
      expect(draft!.body.length).toBeGreaterThanOrEqual(acked);
      await t.call('lock');
    }
  });
});
