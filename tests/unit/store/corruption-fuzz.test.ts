/**
 * Damage on disk is found on open, every time (docs/reliability.md): FUZZ_MUTATIONS damaged copies of a
 * real, cleanly closed store (default 240: 20 of each kind in mutations.ts) must each be refused as
 * corrupted, in process (a crash would take vitest down with it), a sample of them through the core as
 * STORE_CORRUPTED, and a batch in a child process that must exit 0. FUZZ_SEED replays a run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../../main/demo/prng';
import { openEncryptedStore } from '../../../main/store/open-store';
import { StoreOpenError } from '../../../main/store/store-errors';
import { testCore } from '../support/temp-profiles';
import { buildDamageFixture, FIXTURE_PASSPHRASE, type DamageFixture } from './damage-fixture';
import { MUTATION_KINDS, nthMutation } from './mutations';

const MUTATIONS = Number(process.env.FUZZ_MUTATIONS ?? 20 * MUTATION_KINDS.length);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const CHILD_BATCH = 36;
const THROUGH_CORE_EVERY = 10;

let work: string;
let fixture: DamageFixture;
beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-fuzz-'));
  fixture = await buildDamageFixture(path.join(work, 'profiles'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function writeCopy(file: string, bytes: Buffer): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  fs.writeFileSync(file, bytes);
}

function openProblem(file: string): StoreOpenError | 'opened' | unknown {
  try {
    openEncryptedStore(file, fixture.dataKey).close();
    return 'opened';
  } catch (error) {
    return error;
  }
}

describe('corruption on disk', () => {
  it('the undamaged fixture opens, and has free pages to damage', () => {
    expect(fixture.freePages.length).toBeGreaterThan(10);
    const copy = path.join(work, 'undamaged.db');
    writeCopy(copy, fixture.original);
    expect(openProblem(copy)).toBe('opened');
  });

  it(`${MUTATIONS} damaged copies are each refused as corrupted (seed ${SEED})`, async () => {
    const rng = createRng(SEED);
    const copy = path.join(work, 'damaged.db');
    const missed: string[] = [];
    const byKind = new Map<string, number>();
    const t = testCore({ profilesRoot: fixture.root });
    for (let n = 0; n < MUTATIONS; n += 1) {
      const mutation = nthMutation(n, rng, fixture);
      const bytes = mutation.apply(fixture.original);
      writeCopy(copy, bytes);
      const problem = openProblem(copy);
      const caught = problem instanceof StoreOpenError && problem.reason === 'corrupted';
      if (!caught) missed.push(`${mutation.kind} (${mutation.where}): ${String(problem)}`);
      byKind.set(mutation.kind, (byKind.get(mutation.kind) ?? 0) + 1);
      if (n % THROUGH_CORE_EVERY === 0) {
        // The practitioner's path: unlock answers STORE_CORRUPTED and leaves the damaged file as it was.
        writeCopy(fixture.storeFile, bytes);
        const answer = await t.core.dispatch('unlock', { profileId: fixture.profileId, passphrase: FIXTURE_PASSPHRASE });
        if (answer.ok || answer.error.code !== 'STORE_CORRUPTED') missed.push(`${mutation.kind} (${mutation.where}) through the core: ${JSON.stringify(answer)}`);
        if (!fs.readFileSync(fixture.storeFile).equals(bytes)) missed.push(`${mutation.kind} (${mutation.where}): unlock changed the damaged file`);
        writeCopy(fixture.storeFile, fixture.original);
      }
    }
    console.log(`corruption fuzz: ${MUTATIONS - missed.length}/${MUTATIONS} detected, seed ${SEED}, ${JSON.stringify(Object.fromEntries(byKind))}`);
    expect(missed).toEqual([]);
  });

  it('a batch of damaged copies opened in a child process: every one refused, exit code 0', () => {
    const rng = createRng(SEED + 1);
    const dir = path.join(work, 'batch');
    fs.mkdirSync(dir);
    for (let n = 0; n < CHILD_BATCH; n += 1) {
      const mutation = nthMutation(n, rng, fixture);
      const slug = mutation.kind.toLowerCase().replace(/[^a-z]+/gu, '-');
      fs.writeFileSync(path.join(dir, `${String(n).padStart(3, '0')}-${slug}.db`), mutation.apply(fixture.original));
    }
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures/open-damaged.ts'), dir, fixture.dataKey.toString('hex')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status, child.stderr).toBe(0);
    const result = JSON.parse(child.stdout.trim()) as { total: number; refused: number; sqliteAlone: number; missedBySqlite: string[] };
    console.log(
      `child batch: ${result.refused}/${result.total} refused by the page check; SQLite alone (quick_check) noticed ` +
        `${result.sqliteAlone}/${result.total}, missing: ${result.missedBySqlite.join(', ')}`,
    );
    expect(result).toMatchObject({ total: CHILD_BATCH, refused: CHILD_BATCH });
  });
});
