import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_QUIET_MS, BackupSchedule, HOURLY_BACKUP_MS, isHourlyBackupDue } from '../../../main/backup/backup-schedule';
import { CHECKPOINT_AFTER_MS } from '../../../main/session/idle-checkpoint';
import { profileWithCase, timersByDelay } from './backup-fixture';

afterEach(() => {
  vi.useRealTimers();
});

describe('when the hourly backup is due', () => {
  const t0 = Date.parse('2026-11-27T09:00:00Z');
  it('only after a change, and only when the newest backup is an hour old (or there is none)', () => {
    expect(isHourlyBackupDue(false, null, t0)).toBe(false);
    expect(isHourlyBackupDue(true, null, t0)).toBe(true);
    expect(isHourlyBackupDue(true, t0, t0 + HOURLY_BACKUP_MS - 1)).toBe(false);
    expect(isHourlyBackupDue(true, t0, t0 + HOURLY_BACKUP_MS)).toBe(true);
    expect(isHourlyBackupDue(false, t0, t0 + 5 * HOURLY_BACKUP_MS)).toBe(false);
  });
});

describe('the quiet moment', () => {
  it('runs once the practitioner pauses, never while requests keep coming', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const schedule = new BackupSchedule(run);
    expect(BACKUP_QUIET_MS).toBeGreaterThan(CHECKPOINT_AFTER_MS);
    for (let i = 0; i < 20; i += 1) {
      schedule.touch();
      vi.advanceTimersByTime(BACKUP_QUIET_MS - 1);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    schedule.touch();
    schedule.cancel();
    vi.advanceTimersByTime(BACKUP_QUIET_MS * 2);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('hourly backups while in use', () => {
  it('in a quiet moment, a backup at most hourly and only when something changed', async () => {
    let now = Date.parse('2026-11-27T09:00:00Z');
    const { timers, fire } = timersByDelay();
    const p = await profileWithCase({ clock: { now: () => now }, timers });
    const reasons = async () => (await p.listBackups()).map((b) => b.reason);

    fire(BACKUP_QUIET_MS); // creating the case changed the store and there is no backup yet
    expect(await reasons()).toEqual(['hourly']);

    now += 30 * 60_000;
    await p.saveNote('Visit note at half past.');
    fire(BACKUP_QUIET_MS);
    expect(await reasons()).toEqual(['hourly']); // the newest backup is only 30 minutes old

    now += 31 * 60_000;
    fire(BACKUP_QUIET_MS);
    expect(await reasons()).toEqual(['hourly', 'hourly']);

    now += 3 * HOURLY_BACKUP_MS;
    await p.call('getSession'); // a request that changes nothing
    fire(BACKUP_QUIET_MS);
    expect(await reasons()).toEqual(['hourly', 'hourly']);

    // The lock backup is not limited to hourly; after it the hour starts again.
    await p.saveNote('Another note.');
    await p.call('lock');
    expect(await reasons()).toEqual(['lock', 'hourly', 'hourly']);
    fire(BACKUP_QUIET_MS); // locked: nothing to back up
    expect(await reasons()).toHaveLength(3);
  });
});
