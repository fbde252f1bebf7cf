import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../../main/keys/recovery-key';

describe('recovery key', () => {
  it('is 32 random bytes shown as 13 groups of four base32 characters', () => {
    const { bytes, formatted } = generateRecoveryKey();
    expect(bytes).toHaveLength(32);
    expect(formatted).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/u);
    expect(generateRecoveryKey().formatted).not.toBe(formatted);
  });

  it('reads back as typed: lower case, spaces instead of dashes, 0/1/8 look-alikes', () => {
    const { bytes, formatted } = generateRecoveryKey();
    expect(parseRecoveryKey(formatted)).toEqual(bytes);
    expect(parseRecoveryKey(formatted.toLowerCase().replaceAll('-', ' '))).toEqual(bytes);
    const typo = formatted.replaceAll('O', '0').replaceAll('I', '1').replaceAll('B', '8');
    expect(parseRecoveryKey(typo)).toEqual(bytes);
  });

  it('refuses text that cannot be a recovery key', () => {
    expect(parseRecoveryKey('')).toBeNull();
    expect(parseRecoveryKey('ABCD-EFGH')).toBeNull();
    expect(parseRecoveryKey(`${generateRecoveryKey().formatted}-AAAA`)).toBeNull();
    expect(parseRecoveryKey('!'.repeat(52))).toBeNull();
  });

  it('decodes with GNU base32 exactly as docs/store-format.md says', () => {
    const bytes = Buffer.from('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex');
    const typed = formatRecoveryKey(bytes).replaceAll('-', '');
    const decoded = execFileSync('base32', ['-d'], { input: `${typed}====\n` });
    expect(decoded).toEqual(bytes);
  });
});
