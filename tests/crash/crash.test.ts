/**
 * Durability under SIGKILL (docs/reliability.md): writers saving notes through the real core are killed
 * at random moments; after each kill nothing acknowledged is lost, nothing is duplicated by the retry,
 * the store passes integrity_check and the audit chain verifies. CRASH_KILLS sets the number of kills
 * (npm test: 50; `npm run test:crash`: 500); CRASH_SEED replays a campaign's choices.
 */
import { describe, expect, it } from 'vitest';
import { tempDir } from '../unit/support/temp-profiles';
import { runCrashCampaign } from './crash-harness';

const KILLS = Number(process.env.CRASH_KILLS ?? 50);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);

describe('durability under kill -9', () => {
  it(`${KILLS} kills while saving notes: nothing acknowledged lost or duplicated, store and audit chain intact`, async () => {
    const report = await runCrashCampaign({
      kills: KILLS,
      seed: SEED,
      root: tempDir('casework-crash-'),
      scratch: tempDir('casework-crash-scratch-'),
      progress: (line) => console.log(line),
    });
    const { problems, writerErrors, ...figures } = report;
    console.log(`crash campaign: ${JSON.stringify({ ...figures, msPerKill: Math.round(report.totalMs / report.kills) })}`);
    expect(writerErrors).toEqual([]);
    expect(problems).toEqual([]);
    expect(report.kills).toBe(KILLS);
    expect(report.lost).toBe(0);
    expect(report.duplicates).toBe(0);
    expect(report.integrityFailures).toBe(0);
    expect(report.auditBreaks).toBe(0);
    expect(report.acknowledged).toBeGreaterThan(0);
  }, KILLS * 10_000 + 60_000);
});
