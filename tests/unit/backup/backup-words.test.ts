import { describe, expect, it } from 'vitest';
import { formatBytes, timeAgo } from '../../../renderer/features/backups/backup-words';

describe('how a backup is described', () => {
  const now = new Date('2026-11-27T14:00:00Z');
  it('says how long ago in minutes, hours or days', () => {
    expect(timeAgo('2026-11-27T13:59:40Z', now)).toBe('just now');
    expect(timeAgo('2026-11-27T13:59:00Z', now)).toBe('1 minute ago');
    expect(timeAgo('2026-11-27T13:35:00Z', now)).toBe('25 minutes ago');
    expect(timeAgo('2026-11-27T12:59:00Z', now)).toBe('1 hour ago');
    expect(timeAgo('2026-11-26T15:00:00Z', now)).toBe('23 hours ago');
    expect(timeAgo('2026-11-24T14:00:00Z', now)).toBe('3 days ago');
    expect(timeAgo('2026-11-27T14:05:00Z', now)).toBe('just now'); // a clock that runs behind
  });

  it('gives sizes in the units file managers use', () => {
    expect(formatBytes(120)).toBe('1 KB');
    expect(formatBytes(319_488)).toBe('319 KB');
    expect(formatBytes(19_922_944)).toBe('19.9 MB');
    expect(formatBytes(1_234_000_000)).toBe('1.2 GB');
  });
});
